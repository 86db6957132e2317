// The instant file (/search-instant.js), owned here: its type, its writer, its reader and its
// budget. The build writes it in two steps through `writeInstantFile`: the instant layer's data
// (src/search/build/content.ts), then the names and chunk table of Pagefind's index once that
// is written (src/search/build/integration.ts). The browser engine, the benchmarks and the
// tests read it through `readInstantFile` / `instantFileOf`; nothing else knows its layout.
// Compact arrays rather than objects: at 5,000 articles every repeated key would cost bytes on
// a phone network.
import type { SearchDictionary } from './dictionary';
import type { PinyinData } from './pinyin';
import type { CompiledSituations } from './situations';

/** One article: [id, title, section index, keywords, headings, description] ('' when left out). */
export type InstantDoc = [string, string, number, string, string, string];

/**
 * One article as the file carries it: the id without its section (the section index says it),
 * and no trailing empty fields: [slug, title, section, keywords?, headings?, description?].
 */
export type PackedDoc = [string, string, number, ...string[]];

/**
 * How much of each article the file carries; the build drops fields, then (at thousands of
 * articles) the least prominent articles' titles, to stay within budget. Pagefind still finds those.
 */
export type InstantLevel = 'full' | 'no-body-words' | 'no-description' | 'no-headings' | 'titles' | 'some-titles';

/**
 * One of Pagefind's index chunks as the file carries it: the words from `from` to `to`
 * (Pagefind's order) are in the chunk file named by `hash` (src/search/shared/urls.ts, chunkUrl).
 */
export type PagefindChunk = [from: string, to: string, hash: string];

/** Packs a doc for the file. */
export function packDoc([id, title, section, ...rest]: InstantDoc): PackedDoc {
  while (rest.length && !rest[rest.length - 1]) rest.pop();
  return [id.slice(id.indexOf('/') + 1), title, section, ...rest];
}

/** Unpacks a doc read from the file. */
export function unpackDoc(
  [slug, title, section, k = '', h = '', d = '']: PackedDoc,
  sections: readonly { id: string }[],
): InstantDoc {
  return [`${sections[section]?.id ?? ''}/${slug}`, title, section, k, h, d];
}

/** Everything the instant layer needs, in one file requested with the search module. */
export interface InstantData {
  /** Articles, hot questions first, then in site order. */
  docs: PackedDoc[];
  /** Section ids and names, indexed by `InstantDoc[2]`. */
  sections: { id: string; name: string }[];
  /** The site's vocabulary: keywords, synonyms, words of titles and headings, fillers, intent cues. */
  terms: string[];
  /** Words only the article bodies use: reachable by pinyin and IME slips, not index words. */
  bodyTerms: string[];
  /**
   * Pinyin of the terms read otherwise in context than character by character (工行 → gong hang),
   * by index into `terms` then `bodyTerms`; space-separated syllables.
   */
  spoken: Record<number, string>;
  /** Readings of the common characters. */
  pinyin: PinyinData;
  /** Synonyms and Traditional → Simplified. */
  dict: SearchDictionary;
  /** Hot questions: article ids. */
  hot: string[];
  /** The readers' situations (content/situations.yaml), tried in order. */
  situations?: CompiledSituations;
  /** Which fields were kept. */
  level: InstantLevel;
}

/**
 * What the Pagefind build step adds once the index is written: the URLs of the index's
 * metadata files (so the browser need not wait for Pagefind's entry file to start them), and
 * the index chunk table of each language (the page's lang, lower-cased), so the first
 * keystroke starts the chunks it needs.
 */
export interface PagefindNames {
  meta: string[];
  chunks: Record<string, PagefindChunk[]>;
}

/** The whole file: the instant layer's data and, after the Pagefind step, Pagefind's names. */
export interface InstantFile extends InstantData {
  pagefind?: PagefindNames;
}

/** The instant file's budget (gzip), issue 13: one request of at most 40 KB, even at 5,000 articles. */
export const instantFileBudget = 40 * 1024;

/**
 * Of that, what the Pagefind step adds after the instant layer is written: the names of
 * Pagefind's metadata file and its index chunk table (3.5 KB gzip at 5,000 articles).
 */
export const pagefindNamesReserve = 5 * 1024;

/** What the instant layer's data may take (gzip), leaving room for Pagefind's names. */
export const instantDataBudget = instantFileBudget - pagefindNamesReserve;

/** The build's message when the whole file is over its budget; null within it. */
export function overBudget(gzipBytes: number): string | null {
  return gzipBytes > instantFileBudget
    ? `${instantFilePathForMessages} is ${gzipBytes} B gzip with Pagefind's names, over its budget of ${instantFileBudget} B. Raise pagefindNamesReserve in src/search/shared/instant-file.ts, so that the instant layer leaves them more room.`
    : null;
}
const instantFilePathForMessages = 'search-instant.js';

const marker = "export default JSON.parse('";

/**
 * The file's code: an ES module whose default export is the data. A module, not a .json fetch,
 * so that the head script and the search module importing the same URL share one download (the
 * module map), whatever the cache headers. The data is a JSON string given to JSON.parse, not an
 * object literal: a JSON parser reads it faster than the JavaScript parser would (at 5,000
 * articles, 0.1 s less on a phone-speed CPU).
 */
export function writeInstantFile(file: InstantFile): string {
  return `${marker}${JSON.stringify(file).replace(/[\\']/g, '\\$&')}');\n`;
}

/** Reads the file's code back (the build's Pagefind step, benchmarks, tests). Throws when it is not one. */
export function readInstantFile(code: string): InstantFile {
  const start = code.indexOf(marker);
  const end = code.lastIndexOf("');");
  if (start !== 0 || end < marker.length) throw new Error('not an instant file (src/search/shared/instant-file.ts)');
  const literal = code.slice(marker.length, end).replace(/\\([\\'])/g, '$1');
  return JSON.parse(literal) as InstantFile;
}

/** The file as the browser imported it (its module namespace). */
export const instantFileOf = (module: unknown): InstantFile => (module as { default: InstantFile }).default;
