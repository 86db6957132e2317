// Which page is the same page in the other edition, from the source files: the sitemap's
// xhtml:link alternates (astro.config.mjs). The pages declare the same pairs in their <head>
// (BaseLayout's `alternate`), from the content collections; e2e/english.spec.ts checks both agree.
import { sections } from '../../data/sections';
import type { RawArticle } from '../content/disk';
import { articleUrl, diagnoseUrl, fixedPages, localePath, sectionUrl } from '../content/routes';

/** One alternate of a page: its language and path; x-default is the Chinese page. */
export interface Alternate {
  lang: 'zh-CN' | 'en' | 'x-default';
  path: string;
}

/**
 * A function giving a path's alternates (itself included), or undefined when the page has no
 * counterpart. English articles name their counterpart (`counterpart:`); Chinese ones are found
 * in reverse; fixed pages, sections and the troubleshooter's start pair by path.
 */
export function sitemapAlternates(
  chinese: readonly RawArticle[],
  english: readonly RawArticle[],
): (path: string) => Alternate[] | undefined {
  const pairs = new Map<string, string>();
  const pair = (zh: string, en: string) => {
    pairs.set(zh, zh);
    pairs.set(en, zh);
    pairs.set(`en:${zh}`, en);
  };
  for (const p of [fixedPages.home, fixedPages.search, fixedPages.notices, fixedPages.accessibility])
    pair(p, localePath(p, 'en'));
  pair(diagnoseUrl([]), diagnoseUrl([], 'en'));
  for (const s of sections) pair(sectionUrl(s), sectionUrl(s, 'en'));
  const chineseIds = new Set(chinese.filter((a) => a.data?.['draft'] !== true).map((a) => a.id));
  for (const a of english) {
    const ref = a.data?.['counterpart'];
    if (typeof ref === 'string' && chineseIds.has(ref) && a.data?.['draft'] !== true)
      pair(articleUrl(ref), articleUrl(a.id, 'en'));
  }
  return (path) => {
    const zh = pairs.get(path);
    const en = zh && pairs.get(`en:${zh}`);
    if (!zh || !en) return undefined;
    return [
      { lang: 'zh-CN', path: zh },
      { lang: 'en', path: en },
      { lang: 'x-default', path: zh },
    ];
  };
}
