import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** What the first visit may download in the background for offline reading (raw bytes). */
export const precacheBudget = 2.5 * 1024 * 1024;

/**
 * Writes dist/sw.js after the build (and after the search index): it precaches every page,
 * the styles, the search UI and the whole Pagefind index, so a reader who visited once can read
 * and search with no network. Other navigations fall back to /offline/ when the network fails.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'help-center:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: dist,
          globPatterns: ['**/*.{html,css,js,json,svg,png,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
          globIgnores: [
            '404.html',
            'sw.js',
            'pagefind/pagefind-ui.*',
            'pagefind/pagefind-component-ui.*',
            'pagefind/pagefind-modular-ui.*',
            'pagefind/pagefind-highlight.js',
            'pagefind/pagefind-worker.js',
            'og.png',
          ],
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
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
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
