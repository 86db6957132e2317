// A query written for the other edition (the issue: "a Chinese query on an English page, or the
// reverse, still helps"): a query mostly in Chinese on an English page is offered the Chinese
// edition's search; an English-only query on a Chinese page that finds nothing or only weak
// matches is offered the English edition's. Pure, so the view and its tests decide alike.

/**
 * How much of a query is Chinese: its Chinese words against all its words, a Chinese word
 * counted as two Han characters, an English word as a run of Latin letters ("ICBC的app打不开"
 * is half Chinese, "what is 数字人民币 used for" and "e-CNY 钱包 frozen" are not). 0 when it has
 * neither.
 */
export function hanShare(query: string): number {
  const han = (query.match(/\p{Script=Han}/gu)?.length ?? 0) / 2;
  const latin = query.match(/[a-z]+/gi)?.length ?? 0;
  return han + latin ? han / (han + latin) : 0;
}

/** Whether a query is written in English letters only (no Han, no other script), with a word of two letters or more. */
export const isLatinOnly = (query: string): boolean =>
  /[a-z]{2,}/i.test(query) && [...query.matchAll(/\p{L}/gu)].every((m) => /[a-z]/i.test(m[0]));

/**
 * The other edition to offer for a query on a page of `lang`, if any: on an English page a query
 * that is Chinese for half or more of its words; on a Chinese page an English-only query whose
 * matches are `weak` (none, none clearly right, or the site has no article on its words), unless
 * the Chinese search read its words as `pinyin` (fukuan shibai: a Chinese reader's query).
 */
export function editionOffer(
  query: string,
  lang: 'zh-CN' | 'en',
  weak: boolean,
  pinyin = false,
): 'zh-CN' | 'en' | undefined {
  if (lang === 'en') return hanShare(query) >= 0.5 ? 'zh-CN' : undefined;
  return weak && !pinyin && isLatinOnly(query) ? 'en' : undefined;
}
