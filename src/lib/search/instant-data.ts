// The instant layer's data: written once by the build (src/lib/search/instant-build.ts), read
// by the browser (src/lib/search/instant.ts). Compact arrays rather than objects: at 5,000
// articles every repeated key would cost bytes on a phone network.
import type { SearchDictionary } from './dictionary';
import type { PinyinData } from './pinyin';

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

/**
 * The instant file: an ES module whose default export is the data. A module, not a .json fetch,
 * so that the head script and the search module importing the same URL share one download (the
 * module map), whatever the cache headers. The data is a JSON string given to JSON.parse, not an
 * object literal: a JSON parser reads it faster than the JavaScript parser would (at 5,000
 * articles, 0.1 s less on a phone-speed CPU).
 */
export const instantModule = (data: InstantData): string =>
  `export default JSON.parse(${singleQuoted(JSON.stringify(data))});\n`;

/** A JavaScript string literal in single quotes (shorter than JSON's own quoting of a JSON text). */
const singleQuoted = (text: string): string => `'${text.replace(/[\\']/g, '\\$&')}'`;

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
  /** Which fields were kept. */
  level: InstantLevel;
}
