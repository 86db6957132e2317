// The tokenizer of the instant layer, the same at index and at query time: Chinese runs become
// character bigrams (single characters only for one-character runs) plus the site's own
// vocabulary terms found in them; Latin and digit runs stay whole words.

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A node of the vocabulary's character trie: the term that ends here, and what may follow. */
interface TrieNode {
  term?: string;
  next: Map<string, TrieNode>;
}

/** A vocabulary term found in a text: where it starts, in code units (`at`) and in characters (`char`). */
export interface VocabularyMatch {
  term: string;
  at: number;
  char: number;
}

/** Finds the site's vocabulary terms inside a text, longest first at each position. */
export class Vocabulary {
  private readonly root: TrieNode = { next: new Map() };

  /** `terms`: the words of titles, keywords and synonyms (two or more characters). */
  constructor(terms: Iterable<string>) {
    for (const t of terms) {
      if (t.length < 2) continue;
      let node = this.root;
      // By code unit, as find() walks (a character outside the BMP is two steps).
      for (let i = 0; i < t.length; i++) {
        const ch = t[i] ?? '';
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.term = t;
    }
  }

  /** Is `term` one of the site's words? */
  has(term: string): boolean {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; node && i < term.length; i++) node = node.next.get(term[i] ?? '');
    return node?.term === term;
  }

  /**
   * Every vocabulary term occurring in `text`, longest first at each start, with where it starts:
   * `at` in code units, `char` in characters (code points). A walk down the trie from each
   * position: most stop after a character or two, and no substring is made. Linear in the text
   * (times the longest term): a pasted page costs no more per character than a short query.
   */
  find(text: string): VocabularyMatch[] {
    const out: VocabularyMatch[] = [];
    const here: VocabularyMatch[] = [];
    let char = 0;
    for (let i = 0; i < text.length; i++) {
      // The second half of a surrogate pair does not begin a character.
      if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) continue;
      let node = this.root.next.get(text[i] ?? '');
      for (let j = i + 1; node; j++) {
        if (node.term) here.push({ term: node.term, at: i, char });
        node = j < text.length ? node.next.get(text[j] ?? '') : undefined;
      }
      for (let k = here.length - 1; k >= 0; k--) out.push(here[k] as VocabularyMatch);
      here.length = 0;
      char++;
    }
    return out;
  }
}

const han = /\p{Script=Han}/u;

/** Is this character Chinese? */
export const isHan = (ch: string): boolean => han.test(ch);

// A Latin run is letters and digits that are not Chinese (\p{L} alone would take in 钱包).
const latinChars = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])+';
const runPattern = /* @__PURE__ */ new RegExp(`(\\p{Script=Han}+)|(${latinChars}(?:[-']${latinChars})*)`, 'gu');

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

/**
 * The last character of a Chinese run of two or more. With the bigrams, every character of the
 * run begins a token, so a one-character query (骗, 丢) finds it by prefix (src/search/shared/engine.ts)
 * while the index holds one token per character instead of two.
 */
export const lastChar = (run: string): string[] => {
  const chars = Array.from(run);
  return chars.length > 1 ? chars.slice(-1) : [];
};

/**
 * Tokens of a text for the instant index (lower-cased): bigrams, the last character (unless
 * `singles` is false) and vocabulary terms of each Chinese run, whole Latin/digit words, and terms that join both scripts (工银e钱包, e-cny).
 */
export function tokenize(text: string, vocab: Vocabulary, singles = true): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const r of runs(lower))
    out.push(...(r.han ? [...bigrams(r.text), ...(singles ? lastChar(r.text) : [])] : [r.text]));
  for (const { term } of vocab.find(lower)) out.push(term);
  return out;
}
