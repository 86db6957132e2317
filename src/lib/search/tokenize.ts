// The tokenizer of the instant layer, the same at index and at query time: Chinese runs become
// character bigrams (single characters only for one-character runs) plus the site's own
// vocabulary terms found in them; Latin and digit runs stay whole words.

/** Finds the site's vocabulary terms inside a text, longest first at each position. */
export class Vocabulary {
  private readonly byFirst = new Map<string, string[]>();

  /** `terms`: the words of titles, keywords and synonyms (two or more characters). */
  constructor(terms: Iterable<string>) {
    for (const t of terms) {
      const first = t[0];
      if (!first || t.length < 2) continue;
      const list = this.byFirst.get(first) ?? [];
      if (!list.includes(t)) list.push(t);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Is `term` one of the site's words? */
  has(term: string): boolean {
    return this.byFirst.get(term[0] ?? '')?.includes(term) ?? false;
  }

  /** Every vocabulary term occurring in `text`, with where it starts. */
  find(text: string): { term: string; at: number }[] {
    const out: { term: string; at: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const t of this.byFirst.get(text[i] ?? '') ?? []) {
        if (text.startsWith(t, i)) out.push({ term: t, at: i });
      }
    }
    return out;
  }
}

const han = /\p{Script=Han}/u;

/** Is this character Chinese? */
export const isHan = (ch: string): boolean => han.test(ch);

// A Latin run is letters and digits that are not Chinese (\p{L} alone would take in 钱包).
const latinChars = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])+';
const runPattern = new RegExp(`(\\p{Script=Han}+)|(${latinChars}(?:[-']${latinChars})*)`, 'gu');

/** Splits normalised text into runs of Chinese and of Latin letters/digits; the rest separates. */
export function runs(text: string): { text: string; han: boolean }[] {
  const out: { text: string; han: boolean }[] = [];
  for (const m of text.matchAll(runPattern)) {
    if (m[1]) out.push({ text: m[1], han: true });
    else if (m[2]) out.push({ text: m[2], han: false });
  }
  return out;
}

/** Character bigrams of a Chinese run; a one-character run is its own token. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Single characters of a Chinese run, indexed so that one-character queries (骗, 丢) match. */
export const unigrams = (run: string): string[] => Array.from(run);

/**
 * Tokens of a text for the instant index (lower-cased): bigrams, single characters and
 * vocabulary terms of each Chinese run, whole Latin/digit words, and terms that join both scripts (工银e钱包, e-cny).
 */
export function tokenize(text: string, vocab: Vocabulary): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const r of runs(lower)) out.push(...(r.han ? [...bigrams(r.text), ...unigrams(r.text)] : [r.text]));
  for (const { term } of vocab.find(lower)) out.push(term);
  return out;
}
