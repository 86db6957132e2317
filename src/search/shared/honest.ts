// What the search may claim (issue 23): when the words a query is about appear nowhere on the
// site, it says so and names them, instead of "found N articles" over whatever shares a word with
// it; and Enter opens the first suggestion only when the reader can see that it is the answer.
// Pure functions, so every edition's view (and its tests) decides the same way.

/** What the status line says about a query. */
export type Answer =
  /** The reader's situation was recognised: its line and article lead. */
  | { kind: 'situation'; count: number }
  /** The query's distinctive words appear nowhere on the site: say so, name them, offer help. */
  | { kind: 'off-site'; missing: string[] }
  /** Articles found. */
  | { kind: 'found'; count: number }
  /** Nothing found. */
  | { kind: 'none' };

/** The facts of one query the answer is decided from. */
export interface AnswerFacts {
  /** Distinctive words of the query that appear nowhere on the site. */
  missing: readonly string[];
  /** Whether the query describes one of the readers' situations. */
  situation: boolean;
  /** Articles shown (suggestions and full-text results). */
  count: number;
  /** Weight of the query's words the first suggestion matched (0 when none). */
  matched: number;
}

/**
 * A first suggestion matching this much of the query (three whole distinctive words' worth)
 * answers it, whatever other words the query has (老号, 菜市场: the reader's own words for
 * things the site covers). Below it, a word the site never uses means the site has no answer.
 */
export const answeredMatch = 3;

/**
 * The answer for a query. A situation wins (the reader may be in danger; the site does answer
 * it). Otherwise a distinctive word the site never uses means the site has no answer, whatever
 * else shares a word with the query: what follows is only "possibly related".
 */
export function answerOf(f: AnswerFacts): Answer {
  if (f.situation) return { kind: 'situation', count: f.count };
  if (f.missing.length && f.matched < answeredMatch) return { kind: 'off-site', missing: [...f.missing] };
  return f.count ? { kind: 'found', count: f.count } : { kind: 'none' };
}

/** What the instant engine knows of its best suggestion. */
export interface TopFacts {
  /** Score of the first suggestion (0 when another article was put first). */
  first: number;
  /** Score of the second (0 when there is none). */
  second: number;
  /** Weight of the query's words the first matched (a whole distinctive word is 1 or more). */
  matched: number;
  /** How many distinctive words of the query the site never uses. */
  missing: number;
}

/** How far ahead of the second the first must be to be a clear best match. */
export const clearLead = 1.3;
/** The least matched weight of a clear best match: one whole distinctive word. */
export const clearMatch = 1;

/** Whether the first suggestion is clearly the one (Enter may open it). */
export function isConfident(t: TopFacts): boolean {
  return t.missing === 0 && t.first > 0 && t.matched >= clearMatch && t.first >= t.second * clearLead;
}
