// Which of Pagefind's index chunks a query needs, known before Pagefind has loaded. Pagefind
// learns it from its metadata file, in WebAssembly, once its script, entry file and WebAssembly
// have all arrived; only then does it ask for the chunks. The build copies the chunk table
// (first word, last word, file) into the instant file (src/integrations/pagefind.ts), so the
// search module can start the chunks beside Pagefind's own files. Pagefind then takes them from
// the preloads. A wrong guess costs a download, never a result: Pagefind still asks for what it
// needs itself.

/** One index chunk: the words from `from` to `to` (Pagefind's order) are in `/pagefind/index/<hash>.pf_index`. */
export type PagefindChunk = [from: string, to: string, hash: string];

/** The URL Pagefind fetches a chunk from. */
export const chunkUrl = (hash: string): string => `/pagefind/index/${hash}.pf_index`;

/** Pagefind's word order: by code point, as Rust compares strings (not by UTF-16 unit). */
function compare(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

const head = (s: string, n: number) => Array.from(s).slice(0, n).join('');

/**
 * The chunks Pagefind loads for these words, as its `request_indexes` chooses them
 * (pagefind_web/src/lib.rs): every chunk whose range holds the word; if none does, every chunk
 * whose range holds it when both are cut to the shorter length (a prefix of longer words).
 * Chinese has no stemmer in Pagefind, so the word is looked up as it is.
 */
export function chunksFor(words: readonly string[], table: readonly PagefindChunk[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    const strict = table.filter(([from, to]) => compare(word, from) >= 0 && compare(word, to) <= 0);
    const loose = strict.length
      ? strict
      : table.filter(([from, to]) => {
          const n = Array.from(word).length;
          const f = Math.min(n, Array.from(from).length);
          const t = Math.min(n, Array.from(to).length);
          return compare(head(word, f), head(from, f)) >= 0 && compare(head(word, t), head(to, t)) <= 0;
        });
    for (const [, , hash] of loose) out.add(hash);
  }
  return [...out].sort();
}

const punctuation = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind's `normalizeDiacritics`: marks removed (café → cafe), but not the kana voicing marks. */
const withoutMarks = (word: string): string => {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
};

/**
 * The words Pagefind looks up for a query string, as its `search()` makes them for Chinese: the
 * browser's word segments, lower-cased, without punctuation or diacritics.
 */
export function pagefindWords(query: string, segmenter: Intl.Segmenter): string[] {
  const words: string[] = [];
  for (const { segment } of segmenter.segment(query)) {
    const kept = Array.from(segment)
      .filter((ch) => !punctuation.test(ch))
      .map((ch) => ch.toLocaleLowerCase())
      .join('');
    const word = withoutMarks(kept.trim());
    if (word) words.push(word);
  }
  return words;
}

/** Checks the table the build read from Pagefind's metadata; throws when its shape is not a chunk table. */
export function asChunkTable(value: unknown, file: string): PagefindChunk[] {
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((c) => Array.isArray(c) && c.length >= 3 && c.slice(0, 3).every((x) => typeof x === 'string'));
  if (!ok)
    throw new Error(
      `Pagefind integration: ${file} has no chunk table where Pagefind 1.x keeps it (the third field of its metadata). A new Pagefind version changed the format: update src/lib/search/pagefind-chunks.ts and src/integrations/pagefind.ts.`,
    );
  return (value as string[][]).map(([from = '', to = '', hash = '']) => [from, to, hash]);
}
