// The English query layer, the one place search knows English: what the instant engine does with
// an English reader's words before the shared stages (./query.ts). Question words and "my" are
// dropped ("how do I unlock my wallet" → "unlock wallet"), and every word also brings its stem
// (payments → payment, locked → lock), the same rule at build time for the English articles'
// keywords (src/search/build/content.ts) and at query time, so both sides meet. A short suffix
// rule, not a stemming package: the English articles are few and their words plain, and the
// full-text side (Pagefind's English index) stems with its own Snowball stemmer already.

/** A language's part of the query layer. */
export interface QueryLanguage {
  /** The query as the shared stages should see it (after synonyms). */
  prepare(query: string): string;
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

/** The English query layer. */
export const english: QueryLanguage = {
  prepare(query) {
    let text = ` ${query.toLowerCase()} `;
    for (const p of fillerPhrases) text = text.split(` ${p} `).join(' ');
    const kept = text
      .split(/\s+/)
      .filter((w) => w && !englishFillers.has(w.replace(/[?!.,]+$/, '')))
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
