// The reader's situation (issue 23): editors describe, in content/situations.yaml, the
// situations that matter most as concepts that occur together (who, what they ask, what is asked
// for, whether it has already happened). The build compiles them into the instant file
// (`CompiledSituations`, every word in the query's normal form and in toneless pinyin); the
// browser matches a query against them in one pass over its text. The English edition's file
// (content/en/situations.yaml) is compiled with `lang: 'en'`: its concept words, and the query,
// are read word by word in their stems (the English query layer's rule, ./english.ts), so
// "codes" is "code" and "app" stays a whole word (never inside "happen"). Its "already" words
// and negations are read as written: a stem would make "transferred" say "transfer".
import { englishWords, stemWords } from './english';

/**
 * A part of a situation's line: plain text, or a number from src/data/contacts.ts (with its
 * tel: number when it can be called; a warning SMS sender cannot).
 */
export type LinePart = string | { display: string; tel?: string };

/** Whether a situation needs the thing to have happened already. */
export type Already = 'yes' | 'no' | 'any';

/** One situation as the instant file carries it. */
export interface CompiledSituation {
  id: string;
  /** The article that must come first. */
  article: string;
  /** The line shown above the suggestions. */
  line: LinePart[];
  already: Already;
  /** Concept groups: each must have one of its words in the query. */
  groups: string[][];
  /** Words that rule the situation out (子钱包: not theft, a sub-wallet's balance). */
  unless: string[];
}

/** Every situation, in the order they are tried, with the shared "already" and negation words. */
export interface CompiledSituations {
  /** Words saying it has happened (已经, 转了, 说了 …). */
  already: string[];
  /** Words that take it back when they come just before (没有给, 没说, 还没 …). */
  negations: string[];
  list: CompiledSituation[];
  /** 'en': the words are English stems, and a query is read in its stems too. */
  lang?: 'en';
}

/** A situation a query matched. */
export interface SituationMatch {
  id: string;
  article: string;
  line: LinePart[];
}

/** How far before an "already" word a negation still takes it back (characters, same clause). */
const negationReach = 3;

/** Where one clause ends: a question or a new sentence starts another thing. */
const clauseEnd = /[,.!?;:，。！？；：、\n]/;

interface Node {
  ends: number[];
  next: Map<string, Node>;
}

/** Ids of the words: group words, "already" words, negations. */
interface Lexicon {
  root: Node;
  /** Word id → whether it is Latin (then it must stand as whole words). */
  latin: boolean[];
  /** Word id → its length in code units. */
  length: number[];
}

function lexicon(words: readonly string[]): Lexicon {
  const root: Node = { ends: [], next: new Map() };
  words.forEach((w, id) => {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { ends: [], next: new Map() }));
      node = child;
    }
    node.ends.push(id);
  });
  return { root, latin: words.map((w) => /^[a-z]/.test(w)), length: words.map((w) => w.length) };
}

/** Longest word, in code units: the walk from each position is at most this long. */
const maxWordLength = 24;

/** Every word of the lexicon in `text`: [word id, start]. Linear in the text's length. */
function hits(text: string, lex: Lexicon): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[a-z]/.test(text[i] ?? '') && /[a-z]/.test(text[i - 1] ?? '')) {
      // Latin words start at a word edge only; Chinese words anywhere.
      let node = lex.root.next.get(text[i] ?? '');
      for (let j = i + 1; node && j - i <= maxWordLength; j++) {
        for (const id of node.ends) if (!lex.latin[id]) out.push([id, i]);
        node = node.next.get(text[j] ?? '');
      }
      continue;
    }
    let node = lex.root.next.get(text[i] ?? '');
    for (let j = i + 1; node && j - i <= maxWordLength; j++) {
      for (const id of node.ends) {
        if (lex.latin[id] && /[a-z]/.test(text[j] ?? '')) continue;
        out.push([id, i]);
      }
      node = node.next.get(text[j] ?? '');
    }
  }
  return out;
}

/** A matcher over compiled situations; build once per instant file. */
export interface SituationMatcher {
  /** The first situation (in the file's order) that the texts of one query match, if any. */
  match(texts: readonly string[]): SituationMatch | undefined;
}

/** Builds the matcher: one trie of every word, walked once per text. */
export function situationMatcher(data: CompiledSituations | undefined): SituationMatcher {
  if (!data || data.list.length === 0) return { match: () => undefined };
  const words: string[] = [];
  const idOf = new Map<string, number>();
  const id = (w: string) => {
    let i = idOf.get(w);
    if (i === undefined) idOf.set(w, (i = words.push(w) - 1));
    return i;
  };
  const groups = data.list.map((s) => s.groups.map((g) => new Set(g.map(id))));
  const unless = data.list.map((s) => new Set(s.unless.map(id)));
  const already = new Set(data.already.map(id));
  const negations = new Set(data.negations.map(id));
  const lex = lexicon(words);
  // An English query is read twice: in its stems (concepts) and as written ("already" words).
  const forms = data.lang === 'en' ? (t: string) => [stemWords(t), englishWords(t)] : (t: string) => [t];

  /** The word ids found in a text, and whether it says "already" (an "already" word no negation takes back). */
  const read = (text: string): { found: Set<number>; done: boolean } => {
    const all = hits(text, lex);
    const found = new Set(all.map(([w]) => w));
    // Clause number of each position, for the negation's reach.
    const clause: number[] = [];
    let c = 0;
    for (let i = 0; i < text.length; i++) {
      if (clauseEnd.test(text[i] ?? '')) c++;
      clause.push(c);
    }
    const negs = all.filter(([w]) => negations.has(w));
    const done = all.some(([w, at]) => {
      if (!already.has(w)) return false;
      const end = at + (lex.length[w] ?? 0);
      // Taken back by a negation that ends at most `negationReach` before it or overlaps it.
      return !negs.some(([n, nAt]) => {
        const nEnd = nAt + (lex.length[n] ?? 0);
        return clause[nAt] === clause[at] && nAt < end && nEnd >= at - negationReach;
      });
    });
    return { found, done };
  };

  return {
    match(texts) {
      const reads = texts.filter(Boolean).flatMap(forms).map(read);
      const found = new Set(reads.flatMap((r) => [...r.found]));
      const done = reads.some((r) => r.done);
      for (const [i, s] of data.list.entries()) {
        if (s.already === 'yes' && !done) continue;
        if (s.already === 'no' && done) continue;
        if ([...(unless[i] ?? [])].some((w) => found.has(w))) continue;
        if (!(groups[i] ?? []).every((g) => [...g].some((w) => found.has(w)))) continue;
        return { id: s.id, article: s.article, line: s.line };
      }
      return undefined;
    },
  };
}

/** The line as plain text (the status line, tests). */
export const lineText = (line: readonly LinePart[]): string =>
  line.map((p) => (typeof p === 'string' ? p : p.display)).join('');
