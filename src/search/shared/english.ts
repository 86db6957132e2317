// The English query layer, the one place search knows English: what the instant engine does with
// an English reader's words before the shared stages (./query.ts). Question words and "my" are
// dropped ("how do I unlock my wallet" → "unlock wallet"), and every word also brings its stem
// (payments → payment, locked → lock), the same rule at build time for the English articles'
// keywords (src/search/build/content.ts) and at query time, so both sides meet. A short suffix
// rule, not a stemming package: the English articles are few and their words plain, and the
// full-text side (Pagefind's English index) stems with its own Snowball stemmer already.

/** A language's part of the query layer. */
export interface QueryLanguage {
  /**
   * The query as the shared stages should see it (after synonyms). `keep`: words that stay even
   * when they only ask or join (the words of the articles' own phrases: "not arriving", "log in").
   */
  prepare(query: string, keep?: ReadonlySet<string>): string;
  /** An index text with the forms its words should also be found by. */
  expand(text: string): string;
}

/** Phrases that only ask: dropped whole, longest first, before the single words. */
const fillerPhrases = [
  'what should i do',
  'what can i do',
  'what do i do',
  'what to do',
  'how do i',
  'how can i',
  'how to',
  'is it possible to',
  'i want to',
  'i need to',
  'help me',
];

/** Words that carry no meaning for the search (never part of a synonym phrase). */
export const englishFillers: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'a',
  'an',
  'the',
  'i',
  'me',
  'my',
  'mine',
  'is',
  'are',
  'was',
  'do',
  'does',
  'did',
  'how',
  'why',
  'what',
  'please',
  'help',
  'should',
  'would',
  'there',
  'it',
  'its',
  'to',
  'of',
  'so',
]);

/**
 * The stem of an English word by a short suffix rule (ies → y, sses → ss, s, ing, ed), or the
 * word itself when it is short, a number or has no such ending.
 */
export function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** stopped → stopp → stop (a doubled last consonant of a short stem goes). */
function undouble(s: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(s) && !/(ll|ss)$/.test(s) ? s.slice(0, -1) : s;
}

/** The words of `text` followed by the stems that differ from them. */
function withStems(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const stems = words.map(stem).filter((s, i) => s !== words[i]);
  return [...words, ...stems].join(' ');
}

/** English words that only ask or join (beyond the fillers): no search word, no distinctive word. */
export const englishQuiet: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'and or but for with from into onto in on at by as be been can could will shall may might must ' +
    'this that these those you your yours he she they them their we our us who whom which when where ' +
    'not no yes any some all more most much many very just also than then there here about after before ' +
    'get got getting today now best good need want way ways anyone someone something thing things still ' +
    'else other again really even if else ever am has have had let lets ' +
    'dont didnt doesnt cant cannot wont isnt arent wasnt werent havent hasnt im ive ill id'
  ).split(' '),
);

/**
 * Words every English article is about (the wallet, its currency, the bank): a reader's word
 * among them says little about which article answers (the English side of the generic words).
 */
export const englishGeneric: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'wallet',
  'e-cny',
  'cny',
  'app',
  'money',
  'icbc',
  'bank',
  'yuan',
  'rmb',
  'china',
]);

/** A word as the quiet lists spell it: no apostrophes, no end punctuation (didn't → didnt). */
const bare = (w: string) => w.replace(/['’]/g, '').replace(/[?!.,;:]+$/, '');

/** QWERTY rows: a slip to a neighbouring key is the commonest typing error on a phone. */
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const keyAt = new Map<string, [number, number]>();
rows.forEach((r, y) => Array.from(r).forEach((c, x) => keyAt.set(c, [y, x])));
/** Whether two letters are neighbours on the keyboard (same row or the row above or below). */
function neighbours(a: string, b: string): boolean {
  const [p, q] = [keyAt.get(a), keyAt.get(b)];
  if (!p || !q || a === b) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] + p[0] * 0.5 - (q[1] + q[0] * 0.5)) <= 1;
}

/**
 * The edits a word of this length may be off by and still be the reader's slip of a site word:
 * none under four letters (tax is not tap), one up to seven, two from eight.
 */
export const slipLimit = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * The typing distance of two words (Damerau–Levenshtein: a swap of two letters is one edit,
 * paymnet; recieved), or Infinity when over `limit`. A four-letter word may only be one
 * neighbouring key or one swap off (lpst → lost, form → from), not any letter (fees is not feed).
 */
export function slipDistance(a: string, b: string, limit = slipLimit(Math.min(a.length, b.length))): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      row.push(v);
    }
    if (Math.min(...row) > limit) return Infinity;
    before = prev;
    prev = row;
  }
  const d = prev[b.length] ?? Infinity;
  if (d > limit) return Infinity;
  if (d === 1 && Math.min(a.length, b.length) < 5 && a.length === b.length) {
    const diff = Array.from(a).flatMap((c, i) => (c === b[i] ? [] : [i]));
    const swap = diff.length === 2 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0];
    if (!swap && !(diff.length === 1 && neighbours(a[diff[0] ?? 0] ?? '', b[diff[0] ?? 0] ?? ''))) return Infinity;
  } else if (d === 1 && Math.min(a.length, b.length) < 5) return Infinity;
  return d;
}

/**
 * The site word `word` is a slip of: the nearest of `words` (fewest edits; among equals, the
 * one that begins like it, up to three letters: a slip is seldom in the first letters; then
 * the first in `words`). Undefined when none is near.
 */
export function nearestWord(word: string, words: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const w of words) {
    const d = slipDistance(word, w);
    if (d === Infinity) continue;
    let same = 0;
    while (same < 3 && w[same] === word[same]) same++;
    const score = d * 4 + (3 - same);
    if (score < bestScore) [best, bestScore] = [w, score];
  }
  return best;
}

/**
 * The query with every English word the site does not use replaced by the site word it is a
 * slip of (frozed → frozen, loggin → login, acount → account), before the synonyms are read.
 * `nearest` answers undefined for a site word and for a word near none.
 */
export function correctTypos(text: string, nearest: (word: string) => string | undefined): string {
  return text.replace(/[a-z]+/g, (w) => (w.length < 4 ? w : (nearest(w) ?? w)));
}

/** The English query layer. */
export const english: QueryLanguage = {
  prepare(query, keep = new Set()) {
    let text = ` ${query.toLowerCase()} `;
    for (const p of fillerPhrases) text = text.split(` ${p} `).join(' ');
    const kept = text
      .split(/\s+/)
      .filter((w) => {
        const b = bare(w);
        return w && (keep.has(b) || !(englishFillers.has(b) || englishQuiet.has(b)));
      })
      .join(' ');
    // A query of nothing but fillers keeps its words: an empty search helps no one.
    return withStems(kept || query.toLowerCase().trim());
  },
  expand: withStems,
};

/** `text` in lower case, apostrophes inside words dropped ("Didn't" → "didnt"). */
export const englishWords = (text: string): string => text.toLowerCase().replace(/(?<=[a-z])['’](?=[a-z])/g, '');

/**
 * Every word of `text` by its stem, everything else kept where it was ("wants the codes" →
 * "want the code"; "didn't" → "didnt"): the form the English situations are matched in
 * (./situations.ts), their words compiled the same way at build time.
 */
export const stemWords = (text: string): string => englishWords(text).replace(/[a-z]+/g, stem);
