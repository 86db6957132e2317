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
  return [...own, dictionaries[lang]['site.name']].join(' · ');
}

/** Absolute canonical URL of `path` on `siteUrl`, always with a trailing slash for pages. */
export function canonicalUrl(path: string, siteUrl: URL | string): string {
  const url = new URL(path, siteUrl);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}
