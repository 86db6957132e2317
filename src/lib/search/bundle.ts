// Build time only: the search UI as one ES module at a stable URL, fingerprinted by a query
// string. It is loaded on demand (first focus, click or shortcut), so pages run no search
// JavaScript before the reader asks for it.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { t } from '../i18n';

let bundle: Promise<{ code: string; src: string }> | undefined;

/** The bundled search UI and the URL pages load it from. */
export function searchBundle(): Promise<{ code: string; src: string }> {
  bundle ??= esbuild
    .build({
      // Builds run from the project root; import.meta.url would point into the bundled output.
      entryPoints: [join(process.cwd(), 'src/components/search/ui.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      target: 'es2022',
      legalComments: 'none',
      // The UI's words come from the dictionary, baked in at build time.
      define: { SEARCH_TEXTS: JSON.stringify(searchTexts()) },
    })
    .then((r) => {
      const code = r.outputFiles[0]?.text ?? '';
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
      return { code, src: `/search-ui.js?v=${hash}` };
    });
  return bundle;
}

/** The UI strings the search module needs. */
export function searchTexts() {
  return {
    loading: t('search.loading'),
    count: t('search.count'),
    countPartial: t('search.countPartial'),
    none: t('search.none'),
    unavailable: t('search.unavailable'),
    dialogTitle: t('search.dialogTitle'),
    close: t('search.close'),
    label: t('search.label'),
    placeholder: t('search.placeholder'),
    button: t('search.button'),
    more: t('search.more'),
    hint: t('search.hint'),
    keywords: t('search.keywords'),
  };
}

/** Type of the baked-in strings. */
export type SearchTexts = ReturnType<typeof searchTexts>;
