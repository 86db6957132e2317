import { site } from '../../data/site';
import { dictionaries, type Lang } from '../i18n';

/** The `<title>` of a page: its own title, then its section, then the site name. */
export function pageTitle(...parts: (string | undefined)[]): string {
  const own = parts.filter((p): p is string => Boolean(p));
  return [...own, site.name].join(' · ');
}

/** The `<title>` of a page of an edition: its own title, then its section, then the edition's site name. */
export function pageTitleIn(lang: Lang, ...parts: (string | undefined)[]): string {
  const own = parts.filter((p): p is string => Boolean(p));
  const site = dictionaries[lang]['site.name'];
  if (lang !== 'en') return [...own, site].join(' · ');
  // English titles are long: the longest of these that fits in 70 characters (html-validate's
  // long-title, what search engines show): all parts, the page's own and the site, its own alone.
  const [first, ...rest] = own;
  const candidates = [
    [...own, site],
    [first, site],
    [first, dictionaries.en['site.shortName']],
    [first, ...rest],
    [first],
  ].map((c) => c.filter(Boolean).join(' · '));
  // Counted as written in the page (html-validate counts ' as &#39;).
  const written = (c: string) =>
    c
      .replace(/'/g, '&#39;')
      .replace(/"/g, '&quot;')
      .replace(/&(?!#39;|quot;)/g, '&amp;');
  return candidates.find((c) => written(c).length <= titleMax) ?? candidates.at(-1) ?? site;
}

/** The longest `<title>` an English page gets when its own title allows (html-validate's limit). */
export const titleMax = 70;

/**
 * A description made from longer text: within 160 characters, cut at a word (English) with "…".
 * Chinese text passes as it is (its outcome summaries are written to fit).
 */
export function summaryDescription(text: string, lang: Lang, max = 160): string {
  if (lang !== 'en' || text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** Absolute canonical URL of `path` on `siteUrl`, always with a trailing slash for pages. */
export function canonicalUrl(path: string, siteUrl: URL | string): string {
  const url = new URL(path, siteUrl);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}
