import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { getManifest } from 'workbox-build';
import { versionOf } from '../lib/build/bundles';
import { fixedPages, isArticlePath, localePath } from '../lib/content/routes';
import { languages, useTranslations, type Lang } from '../lib/i18n';
import { editionOfFile, searchModule, searchModulePath, versionedFiles } from '../search/shared';

/**
 * What the first visit may download in the background for offline reading (raw bytes; about a
 * third of that over the wire). PRECACHE_BUDGET_KB overrides it, e.g. for the scale benchmark.
 */
export const precacheBudget = Number(process.env['PRECACHE_BUDGET_KB'] ?? 2560) * 1024;

/** Files of the offline copy fetched at a time after install (a browser's six per host). */
export const fillBatch = 6;

/** The page shown offline for a page never saved, by edition (Chinese, English). */
const SW_OFFLINE_FILES = Object.fromEntries(
  languages.map((lang) => [lang, `${localePath(fixedPages.offline, lang)}index.html`]),
);

/** Seconds a navigation waits for the network before the saved copy is shown (slow 3G answers in ~2 s). */
export const networkTimeoutSeconds = 3.5;

/**
 * The search files not named by their content, precached under the URL this deploy's pages and
 * search UI request them by (src/search/shared/urls.ts, the version rule): `?v=` of the module,
 * or for the instant file and Pagefind the search UI's version (`?ts=` is Pagefind's metaCacheTag).
 */
function versionedUrls(dist: string): Map<string, string> {
  const v = (file: string) => versionOf(readFileSync(join(dist, file), 'utf8'));
  const search = v(searchModulePath.slice(1));
  // The pages must name the same version the file hashes to, or search would miss its files.
  if (!readFileSync(join(dist, 'index.html'), 'utf8').includes(searchModule(search))) {
    throw new Error('dist/index.html 引用的搜索模块版本与 dist/search-ui.js 不一致：请重新构建。');
  }
  return new Map([
    ...Object.entries(versionedFiles(search)).map(([path, url]) => [path, url.slice(1)] as [string, string]),
    ['read-aloud.js', `read-aloud.js?v=${v('read-aloud.js')}`],
  ]);
}

/**
 * Writes dist/sw.js after the build (and after the search index). The worker installs with a
 * small core (the offline page, the styles, the home page) and the pages the reader has open,
 * takes control at once, and then fills the rest of the offline copy (every page of the edition
 * the reader reads, the search UI and that edition's whole Pagefind index) in the background,
 * `fillBatch` files at a time, except while the browser asks to save data (src/client/sw.ts).
 * The budget holds for each edition's copy. On a site too big for it, the shell, the index and
 * as many articles as fit are in the copy, the rest kept as they are read, and the build says so.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'help-center:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const globPatterns = ['**/*.{html,css,js,json,svg,png,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'];
        const globIgnores = [
          '404.html',
          'sw.js',
          'pagefind/pagefind-ui.*',
          'pagefind/pagefind-component-ui.*',
          'pagefind/pagefind-modular-ui.*',
          'pagefind/pagefind-highlight.js',
          'pagefind/pagefind-worker.js',
          'og.png',
        ];
        const options = { globDirectory: dist, globPatterns, globIgnores, maximumFileSizeToCacheInBytes: 512 * 1024 };
        // The offline copy is one edition's: a reader of the Chinese pages does not download the
        // English ones, and each edition fits the budget whole. Over budget: everything but that
        // edition's article pages and search fragments, then those in build order until full.
        const all = await getManifest(options);
        const sizeOf = (url: string) => statSync(`${dist}${url}`).size;
        const inEdition = (url: string, lang: Lang) => [undefined, lang].includes(editionOfFile(url));
        const optional = (url: string) => url.startsWith('pagefind/fragment/') || isArticlePath(url);
        const dropped: string[] = [];
        for (const lang of languages) {
          const files = (all.manifestEntries ?? []).map((e) => e.url).filter((url) => inEdition(url, lang));
          let used = files.reduce((sum, url) => sum + sizeOf(url), 0);
          if (used <= precacheBudget) continue;
          const before = dropped.length;
          for (const url of files.filter(optional).reverse()) {
            if (used <= precacheBudget) break;
            used -= sizeOf(url);
            dropped.push(url);
          }
          logger.warn(
            `离线缓存超出预算（${lang}）：${dropped.length - before} 个文章页和搜索片段不预存，读者打开过之后才能离线使用。`,
          );
        }
        globIgnores.push(...dropped);
        const versioned = versionedUrls(dist);
        const { manifestEntries, count, warnings } = await getManifest({ ...options, globIgnores });
        const files = (manifestEntries ?? []).map((e) => e.url);
        const urlOf = (file: string) => `/${versioned.get(file) ?? file}`;
        const urls = files.map(urlOf);
        for (const w of warnings) logger.warn(w);
        // The core, installed with the worker: the offline pages, the styles, the home page.
        const offlineFiles = Object.values(SW_OFFLINE_FILES);
        const core = urls.filter(
          (u) => offlineFiles.includes(u) || u === '/index.html' || /^\/_astro\/.+\.css$/.test(u),
        );
        // The rest, by edition: the files both use, then each edition's own.
        const rest = (lang: Lang | undefined) =>
          files
            .filter((f) => editionOfFile(f) === lang)
            .map(urlOf)
            .filter((u) => !core.includes(u));
        const copy: Record<Lang | 'shared', string[]> = {
          shared: rest(undefined),
          'zh-CN': rest('zh-CN'),
          en: rest('en'),
        };
        const editionSize = (lang: Lang) =>
          files.filter((f) => inEdition(f, lang)).reduce((sum, f) => sum + sizeOf(f), 0);
        // Files named by their content or version need no revision; the others change the version.
        const version = createHash('sha256')
          .update(JSON.stringify((manifestEntries ?? []).map((e) => [e.url, e.revision])))
          .digest('hex')
          .slice(0, 12);
        const built = await esbuild.build({
          entryPoints: [join(process.cwd(), 'src/client/sw.ts')],
          bundle: true,
          write: false,
          format: 'iife',
          minify: true,
          target: 'es2020',
          legalComments: 'none',
          define: {
            'process.env.NODE_ENV': '"production"',
            SW_CORE: JSON.stringify(core),
            SW_REST: JSON.stringify(copy),
            SW_VERSION: JSON.stringify(version),
            SW_BATCH: String(fillBatch),
            SW_TEXTS: JSON.stringify(
              Object.fromEntries(
                languages.map((lang) => {
                  const t = useTranslations(lang);
                  return [
                    lang,
                    {
                      saved: t('offline.saved'),
                      savedUndated: t('offline.savedUndated'),
                      savedList: t('offline.savedList'),
                    },
                  ];
                }),
              ),
            ),
            SW_TIMEOUT: String(networkTimeoutSeconds),
            SW_OFFLINE: JSON.stringify(SW_OFFLINE_FILES),
          },
        });
        writeFileSync(join(dist, 'sw.js'), built.outputFiles[0]?.text ?? '');
        logger.info(
          `service worker installs ${core.length} files (${core.join(', ')}), then fills the reader's edition in the background (${count} files in all)`,
        );
        for (const lang of languages) {
          const size = editionSize(lang);
          logger.info(
            `offline copy (${lang}): ${copy.shared.length + copy[lang].length + core.length} files, ${(size / 1024).toFixed(0)} KB (budget ${(precacheBudget / 1024).toFixed(0)} KB)`,
          );
          if (size > precacheBudget) {
            throw new Error(
              `离线缓存（${lang}）${(size / 1024).toFixed(0)} KB 超出预算 ${(precacheBudget / 1024).toFixed(0)} KB：请检查是否有过大的文件进入了 dist/。`,
            );
          }
        }
      },
    },
  };
}
