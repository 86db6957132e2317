// Every URL shape of the site, once. Pages, RSS, the sitemap, the service worker, the search
// page, the content checks and the tests ask this module; nothing else spells a path.
import { sections } from '../../data/sections';
import type { Lang } from '../i18n';

/** The path prefix of an edition: Chinese at the root, English under /en. */
export function langPrefix(lang: Lang = 'zh-CN'): string {
  return lang === 'en' ? '/en' : '';
}

/** A root-relative site path in an edition (`/search/` → `/en/search/`). */
export function localePath(path: string, lang: Lang = 'zh-CN'): string {
  return `${langPrefix(lang)}${path}`;
}

/** The edition of a site path: English under /en/, Chinese everywhere else. */
export function langOfPath(path: string): Lang {
  return /^\/?en(\/|$)/.test(path) ? 'en' : 'zh-CN';
}

/** The path with its edition prefix removed (`/en/fixes/x/` → `/fixes/x/`). */
export function withoutLangPrefix(path: string): string {
  return langOfPath(path) === 'en' ? path.replace(/^\/?en(?=\/|$)/, '') || '/' : path;
}

/** Pages that exist besides articles, sections and the troubleshooter. */
export const fixedPages = {
  home: '/',
  search: '/search/',
  notices: '/notices/',
  accessibility: '/accessibility/',
  offline: '/offline/',
  diagnose: '/diagnose/',
} as const;

/** The site path of an article (`fixes/payment-failed` → `/fixes/payment-failed/`). */
export function articleUrl(id: string, lang: Lang = 'zh-CN'): string {
  return `${langPrefix(lang)}/${id}/`;
}

/** Where a notice is on the notices page (its file name is the anchor). */
export function noticeUrl(id: string, lang: Lang = 'zh-CN'): string {
  return `${localePath(fixedPages.notices, lang)}#${id}`;
}

/** The site path of a section index. */
export function sectionUrl(section: { id: string }, lang: Lang = 'zh-CN'): string {
  return `${langPrefix(lang)}/${section.id}/`;
}

/**
 * The page of a troubleshooter walk (node ids from the start): /diagnose/payment/network/ is
 * "network, reached from payment", so every step's 返回上一步 is the URL one level up, with no
 * script, even for a node several questions lead to. The start lives at /diagnose/ itself.
 */
export function diagnoseUrl(path: readonly string[], lang: Lang = 'zh-CN'): string {
  return `${localePath(fixedPages.diagnose, lang)}${path
    .slice(1)
    .map((id) => `${id}/`)
    .join('')}`;
}

const sectionIds = /* @__PURE__ */ new Set<string>(/* @__PURE__ */ sections.map((s) => s.id));

/**
 * The article id of a site path, or undefined when the path is not an article page.
 * Accepts `/fixes/payment-failed/` and the built file `fixes/payment-failed/index.html`;
 * English pages (`/en/fixes/…`) give the id within their edition (see langOfPath).
 */
export function articleIdOfPath(path: string): string | undefined {
  const m = /^\/?(?:en\/)?([a-z0-9-]+)\/([a-z0-9-]+)\/(?:index\.html)?$/.exec(path);
  return m && sectionIds.has(m[1] ?? '') ? `${m[1]}/${m[2]}` : undefined;
}

/** True when the site path (or built file path) is an article page. */
export function isArticlePath(path: string): boolean {
  return articleIdOfPath(path) !== undefined;
}
