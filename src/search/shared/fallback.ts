// The full-text engine's fallback: all words, then all but one, then any, merged and re-ranked.
import type { FullTextWords } from './query';

/** A result as the search engine ranks it. */
export interface RankedResult {
  id: string;
  score: number;
}

/** Runs one query against the index and returns results best first. */
export type Engine = (query: string) => Promise<RankedResult[]>;

/** How the results were found, for the message above them. */
export type MatchMode = 'all' | 'most' | 'any' | 'none';

/**
 * Merges ranked lists by weighted reciprocal rank. With `byCount`, results found by more
 * (weighted) lists come first, as when each list is one word of the query.
 */
export function mergeRanked(
  lists: readonly RankedResult[][],
  weights: readonly number[] = [],
  byCount = false,
): RankedResult[] {
  const acc = new Map<string, { hits: number; score: number }>();
  lists.forEach((list, li) => {
    const w = weights[li] ?? 1;
    list.forEach((r, rank) => {
      const e = acc.get(r.id) ?? { hits: 0, score: 0 };
      e.hits += w;
      e.score += w / (rank + 1);
      acc.set(r.id, e);
    });
  });
  return [...acc.entries()]
    .sort(([, a], [, b]) => (byCount ? b.hits - a.hits : 0) || b.score - a.score)
    .map(([id, e]) => ({ id, score: e.score }));
}

/** Every subset of `words` with one word left out. */
function dropOne(words: string[]): string[][] {
  return words.map((_, i) => words.filter((__, j) => j !== i));
}

/**
 * The word lists the fallback may ask the engine for, stage by stage: all words (the articles'
 * words, then the reader's own), all but one (for 3 to 6 words), any one word.
 */
export function fallbackStages(q: FullTextWords): { all: string[][]; most: string[][]; any: string[][] } {
  return {
    all: [q.terms, ...(q.original.length ? [q.original] : [])],
    most: q.terms.length >= 3 && q.terms.length <= 6 ? dropOne(q.terms) : [],
    any: [...new Set([...q.terms, ...q.original])].map((t) => [t]),
  };
}

/**
 * Searches with graceful fallback: all words (with synonyms, then the reader's own words);
 * if nothing matches, all but one word; if still nothing, any single word, merged and
 * re-ranked so that results matching more (and longer) words come first.
 */
export async function searchWithFallback(
  q: FullTextWords,
  engine: Engine,
  sameQuery: (query: string) => string = (query) => query,
): Promise<{ results: RankedResult[]; mode: MatchMode } & FullTextWords> {
  if (q.terms.length === 0) return { results: [], mode: 'none', ...q };
  // Word lists the engine reads as one query are asked once (`sameQuery` names the query the
  // engine will run): a full-text search at 5,000 articles is 0.2 s of a phone's CPU.
  const asked = new Map<string, Promise<RankedResult[]>>();
  const run = (words: string[]) => {
    const query = words.join(' ');
    const key = sameQuery(query);
    const answer = asked.get(key) ?? engine(query);
    asked.set(key, answer);
    return answer;
  };

  const stages = fallbackStages(q);
  const full = await Promise.all(stages.all.map(run));
  // The query in the articles' words leads; the reader's own words add what it misses.
  if (full.some((l) => l.length > 0)) return { results: mergeRanked(full, [2, 1]), mode: 'all', ...q };

  if (stages.most.length) {
    const subsets = stages.most;
    const most = await Promise.all(subsets.map(run));
    if (most.some((l) => l.length > 0)) {
      const weights = subsets.map((s) => s.join('').length);
      return { results: mergeRanked(most, weights, true), mode: 'most', ...q };
    }
  }

  const any = await Promise.all(stages.any.map(run));
  const results = mergeRanked(
    any,
    stages.any.map(([t = '']) => Math.min(t.length, 4)),
    true,
  );
  return { results, mode: results.length ? 'any' : 'none', ...q };
}
