import { articleUrl as routeOfArticle } from '../../lib/content/routes';

// Every URL of search, and its version rule, once. The search module, the search page's
// preloads, the head script (its constants are generated from here: src/lib/build/head-script.ts),
// the service worker (src/client/sw.ts, src/integrations/service-worker.ts) and the build take
// them from here.
//
// The version rule: every search file not named by its content carries this deploy's version,
// the search module's (`?v=` of /search-ui.js; Pagefind's entry takes it as `?ts=`, its
// metaCacheTag), so one deploy's files are asked for, and cached, together.

/** The search module's path (bundled by src/lib/build/bundles.ts under this name). */
export const searchModulePath = '/search-ui.js';

/** The instant file's path in dist/ (src/pages/search-instant.js.ts). */
export const instantFilePath = '/search-instant.js';

/** The instant file of an edition (`<html lang>`): each edition searches its own articles. */
export const instantPathFor = (lang = 'zh-CN'): string =>
  lang.toLowerCase().startsWith('en') ? `/en${instantFilePath}` : instantFilePath;

/** The search module's URL for a deploy version. */
export const searchModule = (version: string) => `${searchModulePath}?v=${version}`;

/** The instant file's URL: the same version as the module's. */
export const instantScript = (version: string, lang = 'zh-CN') => `${instantPathFor(lang)}?v=${version}`;

/** The search page. */
export const searchPage = '/search/';

/** The search page of an edition. */
export const searchPageOf = (lang = 'zh-CN'): string =>
  lang.toLowerCase().startsWith('en') ? `/en${searchPage}` : searchPage;

/** An edition's search page for a query (and a section filter). */
export function searchPageFor(query: string, section = '', lang = 'zh-CN'): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (section) params.set('section', section);
  const qs = params.toString();
  return qs ? `${searchPageOf(lang)}?${qs}` : searchPageOf(lang);
}

// Pagefind's files (its layout: docs/upgrading-pagefind.md says what to check on an upgrade).

/** Pagefind's folder in dist/. */
export const pagefindDir = '/pagefind/';

/** Pagefind's script, under this deploy's version. */
export const pagefindScript = (version: string) => `${pagefindDir}pagefind.js?v=${version}`;

/** Pagefind's entry file, under this deploy's version (Pagefind's `metaCacheTag`). */
export const pagefindEntry = (version: string) => `${pagefindDir}pagefind-entry.json?ts=${version}`;

/**
 * Pagefind's WebAssembly for this index: the file of the index's language, "unknown" when
 * Pagefind has no stemmer for it, as for Chinese.
 */
export const pagefindWasm = `${pagefindDir}wasm.unknown.pagefind`;

/** The WebAssembly of an edition's index: English has Pagefind's English stemmer. */
export const pagefindWasmFor = (lang = 'zh-CN'): string =>
  lang.toLowerCase().startsWith('en') ? `${pagefindDir}wasm.en.pagefind` : pagefindWasm;

/** A language's metadata file, named by the hash Pagefind's entry file gives it. */
export const pagefindMetaUrl = (hash: string) => `${pagefindDir}pagefind.${hash}.pf_meta`;

/** The URL Pagefind fetches an index chunk from. */
export const chunkUrl = (hash: string): string => `${pagefindDir}index/${hash}.pf_index`;

/**
 * The search files whose URL carries the deploy's version, by path in dist/ (no leading slash)
 * → their URL for a version. The service worker precaches them under exactly these URLs.
 */
export const versionedFiles = (version: string): Record<string, string> => ({
  [searchModulePath.slice(1)]: searchModule(version),
  [instantFilePath.slice(1)]: instantScript(version),
  [instantPathFor('en').slice(1)]: instantScript(version, 'en'),
  [pagefindScript('').split('?')[0]?.slice(1) ?? '']: pagefindScript(version),
  [pagefindEntry('').split('?')[0]?.slice(1) ?? '']: pagefindEntry(version),
});

/** The paths of the versioned search files (the service worker serves them cache-first when versioned). */
export const versionedPaths: readonly string[] = /* @__PURE__ */ Object.keys(versionedFiles(''));

/** Is this a versioned URL's query string (`?v=…` or `?ts=…`)? */
export const isVersionQuery = (search: string): boolean => /^\?(v|ts)=\w+$/.test(search);

/** Pagefind's files named by their content (index chunks, fragments, filters, metadata). */
export const isPagefindContentPath = (path: string): boolean =>
  /^\/pagefind\/((index|fragment|filter)\/|pagefind\.[\w-]+\.pf_meta$)/.test(path);

/**
 * The edition a file of dist/ belongs to (path without a leading slash), for the offline copy:
 * pages and the instant file under `en/` are English, Pagefind's files carry their index's
 * language in their name (`en_…`, `zh-cn_…`, `pagefind.en_….pf_meta`, the WebAssembly of
 * `pagefindWasmFor`), every other page is Chinese. `undefined`: a file both editions use.
 */
export function editionOfFile(path: string): 'zh-CN' | 'en' | undefined {
  if (path.startsWith('en/')) return 'en';
  const name = path.startsWith(pagefindDir.slice(1)) ? (path.split('/').pop() ?? '') : '';
  if (name) {
    if (`/${path}` === pagefindWasmFor('en')) return 'en';
    if (`/${path}` === pagefindWasmFor('zh-CN')) return 'zh-CN';
    const tag = /^(?:pagefind\.)?([a-z-]+)_/.exec(name)?.[1];
    return tag === undefined ? undefined : tag.startsWith('en') ? 'en' : 'zh-CN';
  }
  return path.endsWith('.html') || `/${path}` === instantFilePath ? 'zh-CN' : undefined;
}

/** The edition of the page search runs on (`<html lang>`); Chinese outside a browser. */
export const pageLang = (): 'zh-CN' | 'en' =>
  globalThis.document?.documentElement.lang.startsWith('en') ? 'en' : 'zh-CN';

/**
 * The page of an article id, as search results link to it: in the edition of the page search
 * runs on (each edition's instant file lists its own articles). The shape src/lib/content/routes.ts owns.
 */
export const articleUrl = (id: string): string => routeOfArticle(id, pageLang());
