// Build time only: the browser modules that load on demand (search UI, read-aloud), each
// bundled with esbuild into one ES module at a stable URL fingerprinted by a query string.
// Pages run none of them before the reader asks (src/client/head.js loads them).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { t } from '../i18n';
import { hotline } from '../../data/contacts';
import { instantFile } from './instant';

/** The UI strings the search module needs. */
export function searchTexts() {
  return {
    loading: t('search.loading'),
    count: t('search.count'),
    none: t('search.none'),
    dialogTitle: t('search.dialogTitle'),
    close: t('search.close'),
    label: t('search.label'),
    placeholder: t('search.placeholder'),
    button: t('search.button'),
    more: t('search.more'),
    hint: t('search.hint'),
    keywords: t('search.keywords'),
    fullTextUnavailable: t('search.fullTextUnavailable'),
    fullTextUnavailableHelp: t('search.fullTextUnavailableHelp'),
    allArticlesLink: t('search.allArticlesLink'),
    suggestTitle: t('search.suggestTitle'),
    suggestCount: t('search.suggestCount'),
    hotTitle: t('search.hotTitle'),
    noneHelp: t('search.noneHelp'),
    callHelp: t('search.callHelp'),
    hotline: hotline.display,
    hotlineTel: hotline.tel,
    diagnose: t('diagnose.cta'),
  };
}

/** The UI strings the read-aloud module needs. */
export function readTexts() {
  return { start: t('read.start'), pause: t('read.pause'), resume: t('read.resume'), stop: t('read.stop') };
}

/** Type of the baked-in search strings. */
export type SearchTexts = ReturnType<typeof searchTexts>;
/** Type of the baked-in read-aloud strings. */
export type ReadTexts = ReturnType<typeof readTexts>;

/**
 * The on-demand modules: URL name → entry file, the strings baked into it, and what else its
 * fingerprint covers (the search module's covers the instant file, served under the same ?v=).
 */
export const modules: Record<'search-ui' | 'read-aloud', { entry: string; define: () => Record<string, string>; salt?: () => Promise<string> }> = {
  'search-ui': {
    entry: 'src/client/search/ui.ts',
    define: () => ({ SEARCH_TEXTS: JSON.stringify(searchTexts()) }),
    salt: async () => (await instantFile()).json,
  },
  'read-aloud': { entry: 'src/client/read-aloud.ts', define: () => ({ READ_TEXTS: JSON.stringify(readTexts()) }) },
};

/** Name of an on-demand module. */
export type ModuleName = keyof typeof modules;

const built = new Map<ModuleName, Promise<{ code: string; src: string }>>();

/** The bundled module and the URL pages load it from. */
export function bundle(name: ModuleName): Promise<{ code: string; src: string }> {
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
      .then(async (r) => {
        const code = r.outputFiles[0]?.text ?? '';
        const salt = (await modules[name].salt?.()) ?? '';
        const hash = createHash('sha256').update(code).update(salt).digest('hex').slice(0, 10);
        return { code, src: `/${name}.js?v=${hash}` };
      });
    built.set(name, p);
  }
  return p;
}

/** The search UI bundle. */
export const searchBundle = () => bundle('search-ui');
