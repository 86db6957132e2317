// The service worker, bundled by src/integrations/service-worker.ts into dist/sw.js with this
// deploy's precache list and UI text. Its promises to the reader:
// - Online, every page comes from the network first (precached or not), so a returning reader
//   sees the deployed version on the first load; after SW_TIMEOUT seconds without an answer, or
//   with no network, the saved copy is shown instead: the one kept when the reader last opened
//   the page, else the one precached at install, else /offline/. A saved copy says so, with the
//   date it was saved (the SW writes a [data-saved] note into the page; no script, CSP stays strict).
// - Search is one deploy's set: the UI module, the instant file and Pagefind's entry are requested
//   with this deploy's version in the URL (?v= / ?ts=, src/search/shared/urls.ts) and precached
//   under exactly those URLs;
//   Pagefind's other files are named by their content. So the SW never hands a page another
//   deploy's search UI or index, and versioned files can be served cache-first forever.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { isPagefindContentPath, isVersionQuery, versionedPaths } from '../search/shared';

declare const self: { skipWaiting(): Promise<void>; location: Location };
/** Precache entries of this deploy (replaced at build time). */
declare const SW_MANIFEST: { url: string; revision: string | null }[];
/** The saved-copy note, with `{date}`, and the one for a copy of unknown date. */
declare const SW_TEXTS: { saved: string; savedUndated: string };
/** Seconds a navigation waits for the network before the saved copy is shown. */
declare const SW_TIMEOUT: number;
/** The precached page shown for a page that was never saved, with no network. */
declare const SW_OFFLINE: string;

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

/** Keeps a cache to its newest `maxEntries` entries. */
// Workbox's class declares optional callbacks as `| undefined`, which this project's
// exactOptionalPropertyTypes does not accept for the plugin interface; it is one.
const expire = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;

const when = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeStyle: 'short' });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The page with a [data-saved] note below its header: saved when its Date header says. */
async function markSaved(page: Response): Promise<Response> {
  if (!page.headers.get('content-type')?.includes('text/html')) return page;
  const date = new Date(page.headers.get('date') ?? '');
  const note = Number.isNaN(date.getTime())
    ? SW_TEXTS.savedUndated
    : SW_TEXTS.saved.replace('{date}', when.format(date));
  // Below the header, styled like a warning notice (classes the notices' markup also uses, so
  // every page's stylesheet has them).
  const html = (await page.text()).replace(
    '</header>',
    () =>
      `</header><div data-saved class="mx-auto w-full max-w-5xl px-4 pt-3"><p class="rounded-lg border-l-4 border-warning bg-warning-bg p-3">${escape(note)}</p></div>`,
  );
  const headers = new Headers(page.headers);
  // The body is decoded and longer now.
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { status: page.status, statusText: page.statusText, headers });
}

/** The copy precached at install for a page URL (/a/b/?q=x → /a/b/index.html). */
function precachedPage(url: string): Promise<Response | undefined> {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  if (u.pathname.endsWith('/')) u.pathname += 'index.html';
  return matchPrecache(u.href);
}

const pages = new NetworkFirst({
  cacheName: 'pages',
  networkTimeoutSeconds: SW_TIMEOUT,
  plugins: [
    expire(200),
    {
      // Runs only when the answer comes from the cache (no network, or too slow).
      cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
        const saved = cachedResponse ?? (await precachedPage(request.url));
        return saved && markSaved(saved);
      },
    },
  ],
});

// Registered before the precache's own route, so a precached page is not answered from the
// precache while the network may have a newer one.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return (await matchPrecache(SW_OFFLINE)) ?? Response.error();
    }
  },
);

precacheAndRoute(SW_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^utm_/] });

/** True for a file whose URL changes whenever its content does. */
function immutable(url: URL): boolean {
  if (url.origin !== self.location.origin) return false;
  const path = url.pathname.slice(1);
  if (path === 'read-aloud.js' || versionedPaths.includes(path)) return isVersionQuery(url.search);
  return path.startsWith('_astro/') || isPagefindContentPath(url.pathname);
}

// Files of another deploy (a page from the network while this worker is still the old one) and
// search files not precached on a large site: kept as they are fetched, so they work offline.
registerRoute(({ url }) => immutable(url), new CacheFirst({ cacheName: 'immutable', plugins: [expire(1000)] }));
