import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { isArticlePath } from '../lib/content/routes';

/**
 * What the first visit may download in the background for offline reading (raw bytes; about a
 * third of that over the wire). PRECACHE_BUDGET_KB overrides it, e.g. for the scale benchmark.
 */
export const precacheBudget = Number(process.env['PRECACHE_BUDGET_KB'] ?? 2560) * 1024;

/**
 * Writes dist/sw.js after the build (and after the search index): it precaches every page,
 * the styles, the search UI and the whole Pagefind index, so a reader who visited once can read
 * and search with no network. Pages the reader opens are kept too (network first); other
 * navigations fall back to /offline/ when the network fails. On a site too big for the budget,
 * the shell, the index and as many articles as fit are precached, the rest as they are read,
 * and the build says so.
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
        // Over budget: keep everything but article pages, then articles in build order until full.
        const all = await getManifest({ globDirectory: dist, globPatterns, globIgnores, maximumFileSizeToCacheInBytes: 512 * 1024 });
        // Optional entries: article pages and search-result fragments, dropped last-first.
        const optional = (url: string) =>
          url.startsWith('pagefind/fragment/') ||
          isArticlePath(url);
        if (all.size > precacheBudget) {
          const candidates = (all.manifestEntries ?? []).map((e) => e.url).filter(optional).reverse();
          let used = all.size;
          const dropped: string[] = [];
          for (const url of candidates) {
            if (used <= precacheBudget) break;
            used -= statSync(`${dist}${url}`).size;
            dropped.push(url);
          }
          globIgnores.push(...dropped);
          logger.warn(`离线缓存超出预算：${dropped.length} 个文章页和搜索片段不预存，读者打开过之后才能离线使用。`);
        }
        const { count, size, warnings } = await generateSW({
          globDirectory: dist,
          globPatterns,
          globIgnores,
          swDest: `${dist}sw.js`,
          directoryIndex: 'index.html',
          // ?ts= is Pagefind's cache buster, ?v= the search UI's fingerprint: same files.
          ignoreURLParametersMatching: [/^utm_/, /^ts$/, /^v$/, /^q$/, /^section$/],
          maximumFileSizeToCacheInBytes: 512 * 1024,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          runtimeCaching: [
            {
              urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/fragment/'),
              handler: 'CacheFirst',
              options: { cacheName: 'search-fragments', expiration: { maxEntries: 500 } },
            },
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: 'pages',
                expiration: { maxEntries: 200 },
                precacheFallback: { fallbackURL: '/offline/index.html' },
              },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB (budget ${(precacheBudget / 1024).toFixed(0)} KB)`);
        if (size > precacheBudget) {
          throw new Error(`离线缓存 ${(size / 1024).toFixed(0)} KB 超出预算 ${(precacheBudget / 1024).toFixed(0)} KB：请检查是否有过大的文件进入了 dist/。`);
        }
      },
    },
  };
}
