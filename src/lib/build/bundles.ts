// Build time only: the browser modules that load on demand (search UI, read-aloud), each
// bundled with esbuild into one ES module at a stable URL fingerprinted by a query string.
// Pages run none of them before the reader asks (src/client/head.js loads them).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { languages, useTranslations, type Lang } from '../i18n';
import { fixedPages, localePath } from '../content/routes';
import { hotline } from '../../data/contacts';
import { searchModule } from '../../search/shared';

/** The UI strings the search module needs, in one language. */
export function searchTexts(lang: Lang = 'zh-CN') {
  const t = useTranslations(lang);
  return {
    loading: t('search.loading'),
    count: t('search.count'),
    none: t('search.none'),
    more: t('search.more'),
    hint: t('search.hint'),
    keywords: t('search.keywords'),
    fullTextUnavailable: t('search.fullTextUnavailable'),
    fullTextGaveUp: t('search.fullTextGaveUp'),
    queryCut: t('search.queryCut'),
    fullTextUnavailableHelp: t('search.fullTextUnavailableHelp'),
    siteUpdated: t('search.siteUpdated'),
    reload: t('search.reload'),
    allArticlesLink: t('search.allArticlesLink'),
    suggestTitle: t('search.suggestTitle'),
    suggestCount: t('search.suggestCount'),
    hotTitle: t('search.hotTitle'),
    noneHelp: t('search.noneHelp'),
    callHelp: t('search.callHelp'),
    hotline: hotline.display,
    hotlineTel: hotline.tel,
    diagnose: t('diagnose.cta'),
    diagnoseHref: localePath(fixedPages.diagnose, lang),
    offSite: t('search.offSite'),
    offSiteHelp: t('search.offSiteHelp'),
    maybeTitle: t('search.maybeTitle'),
    // Read on the other edition's pages (src/search/browser/texts.ts, otherEdition).
    editionOffer: t('search.editionOffer'),
  };
}

/** The UI strings the read-aloud module needs, in one language. */
export function readTexts(lang: Lang = 'zh-CN') {
  const t = useTranslations(lang);
  return { start: t('read.start'), pause: t('read.pause'), resume: t('read.resume'), stop: t('read.stop') };
}

/** Type of the baked-in search strings. */
export type SearchTexts = ReturnType<typeof searchTexts>;
/** Type of the baked-in read-aloud strings. */
export type ReadTexts = ReturnType<typeof readTexts>;

/** The on-demand modules: URL name → entry file and the strings baked into it. */
export const modules = {
  'search-ui': {
    entry: 'src/search/browser/index.ts',
    // Both editions' strings: the module reads the page's <html lang> (src/search/browser/texts.ts).
    define: () => ({ SEARCH_TEXTS: JSON.stringify(Object.fromEntries(languages.map((l) => [l, searchTexts(l)]))) }),
  },
  'read-aloud': {
    entry: 'src/client/read-aloud.ts',
    define: () => ({ READ_TEXTS: JSON.stringify(Object.fromEntries(languages.map((l) => [l, readTexts(l)]))) }),
  },
} as const;

/** Name of an on-demand module. */
export type ModuleName = keyof typeof modules;

/**
 * The version of a module file: the start of its SHA-256. The service worker integration reads
 * it back from the built file (src/integrations/service-worker.ts).
 */
export const versionOf = (code: string) => createHash('sha256').update(code).digest('hex').slice(0, 10);

// The search UI's version is also the version of this deploy's instant file and Pagefind entry
// (src/search/shared/urls.ts, the version rule), so it must change with every build even when
// the UI code does not: the build's start time goes into the file.
const deployStamp = Date.now().toString(36);

/** A bundled module: its code, the URL pages load it from, and the version in that URL. */
export interface Bundle {
  code: string;
  src: string;
  version: string;
}

const built = new Map<ModuleName, Promise<Bundle>>();

/** The bundled module and the URL pages load it from. */
export function bundle(name: ModuleName): Promise<Bundle> {
  let p = built.get(name);
  if (!p) {
    const { entry, define } = modules[name];
    p = esbuild
      .build({
        // Builds run from the project root; import.meta.url would point into the bundled output.
        entryPoints: [join(process.cwd(), entry)],
        bundle: true,
        write: false,
        format: 'esm',
        minify: true,
        target: 'es2022',
        legalComments: 'none',
        define: define(),
      })
      .then((r) => {
        const code = `${r.outputFiles[0]?.text ?? ''}${name === 'search-ui' ? `/* deploy ${deployStamp} */\n` : ''}`;
        const version = versionOf(code);
        return { code, src: name === 'search-ui' ? searchModule(version) : `/${name}.js?v=${version}`, version };
      });
    built.set(name, p);
  }
  return p;
}

/** The search UI bundle. */
export const searchBundle = () => bundle('search-ui');
