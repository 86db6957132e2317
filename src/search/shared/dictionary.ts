// The data the query layer needs in the browser. Built once at build time
// (src/search/build/content.ts, into /search-instant.js) from content/synonyms.yaml and the articles.

/** Search dictionary shipped to the browser as JSON. */
export interface SearchDictionary {
  /** Reader's word → the word the articles use. */
  synonyms: Record<string, string>;
  /** Traditional character → Simplified, only for characters this site's vocabulary uses. */
  t2s: Record<string, string>;
}

/** Turns `{ 账户: ['账号', '帐号'] }` entries into a variant → canonical map. */
export function synonymMap(entries: readonly { id: string; variants: readonly string[] }[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { id, variants } of entries) {
    for (const v of variants) map[v.toLowerCase()] = id.toLowerCase();
  }
  return map;
}
