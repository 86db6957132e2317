// The instant layer's data: written once by the build (src/lib/search/instant-build.ts), read
// by the browser (src/lib/search/instant.ts). Compact arrays rather than objects: at 5,000
// articles every repeated key would cost bytes on a phone network.
import type { SearchDictionary } from './dictionary';
import type { PinyinData } from './pinyin';

/** One article: [id, title, section index, keywords, headings, description] ('' when left out). */
export type InstantDoc = [string, string, number, string, string, string];

/** How much of each article the file carries; the build drops fields to stay within budget. */
export type InstantLevel = 'full' | 'no-body-words' | 'no-description' | 'no-headings' | 'titles';

/** Everything the instant layer needs, in one file requested with the search module. */
export interface InstantData {
  /** Articles in site order. */
  docs: InstantDoc[];
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
