// The service worker, bundled by src/integrations/service-worker.ts into dist/sw.js with this
// deploy's precache list and UI text. Its promises to the reader:
// - It installs with a small core (the offline page, the styles, the home page) and the pages
//   the reader has open, fetched side by side, and takes control at once: on a 2 s / 250 kbit
//   line that is one round trip, not 150 files one after another. Every page the reader opens
//   is kept as they read it. The rest of the offline copy (SW_REST: the pages and search files
//   of the edition(s) the reader reads, never the other) then fills in the background, SW_BATCH files at a time, and not at all while the browser asks
//   to save data (Save-Data, 2G); a fill cut short resumes on the next request.
// - Online, every page comes from the network first (saved or not), so a returning reader
//   sees the deployed version on the first load; after SW_TIMEOUT seconds without an answer, or
//   with no network, the saved copy is shown instead: the one kept when the reader last opened
//   the page, else the one of the offline copy, else /offline/ with the list of saved articles.
//   A saved copy says so, with the date it was saved (the SW writes a [data-saved] note into
//   the page; no script, CSP stays strict).
// - Search is one deploy's set: the UI module, the instant file and Pagefind's entry are requested
//   with this deploy's version in the URL (?v= / ?ts=, src/search/shared/urls.ts) and precached under exactly those URLs;
//   Pagefind's other files are named by their content. So the SW never hands a page another
//   deploy's search UI or index, and versioned files can be served cache-first forever.
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { isPagefindContentPath, isVersionQuery, versionedPaths } from '../search/shared';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  skipWaiting(): Promise<void>;
  location: Location;
  clients: {
    claim(): Promise<void>;
    matchAll(o: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]>;
  };
  addEventListener(type: 'install' | 'activate' | 'fetch', listener: (e: ExtendableEvent) => void): void;
  navigator: Navigator & { connection?: { saveData?: boolean; effectiveType?: string } };
};
/** Files installed with the worker: the offline page, the styles, the shell (replaced at build time). */
declare const SW_CORE: string[];
/** The rest of the offline copy, filled after the worker took control: the files both editions use, each edition's own. */
declare const SW_REST: Record<Edition | 'shared', string[]>;
/** This deploy's version of the two lists (names its caches). */
declare const SW_VERSION: string;
/** How many files of the offline copy are fetched at a time. */
declare const SW_BATCH: number;
/** The saved-copy note, with `{date}`, the one for a copy of unknown date, the saved-articles heading. */
declare const SW_TEXTS: Record<Edition, { saved: string; savedUndated: string; savedList: string }>;
/** Seconds a navigation waits for the network before the saved copy is shown. */
declare const SW_TIMEOUT: number;
/** The page shown for a page that was never saved, with no network, by edition. */
declare const SW_OFFLINE: Record<Edition, string>;

/** The site's editions: Chinese at the root, English under /en/. */
type Edition = 'zh-CN' | 'en';
/** The edition of a URL or path. */
const editionOf = (url: string): Edition =>
  /^\/en\//.test(new URL(url, self.location.href).pathname) ? 'en' : 'zh-CN';

const coreCache = `core-${SW_VERSION}`;
const copyCache = `offline-copy-${SW_VERSION}`;
const pagesCache = 'pages';

/** Keeps a cache to its newest `maxEntries` entries. */
// Workbox's class declares optional callbacks as `| undefined`, which this project's
// exactOptionalPropertyTypes does not accept for the plugin interface; it is one.
const expire = (maxEntries: number) => new ExpirationPlugin({ maxEntries }) as WorkboxPlugin;

const here = (url: string) => new URL(url, self.location.origin).href;

// Install: the core and the pages open in the reader's tabs, side by side (cache.addAll).
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await (await caches.open(coreCache)).addAll(SW_CORE);
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const pages = await caches.open(pagesCache);
      await Promise.all(
        open.map(async ({ url }) => {
          const u = new URL(url);
          if (u.origin !== self.location.origin) return;
          const page = await fetch(u.pathname, { cache: 'no-cache' }).catch(() => undefined);
          if (page?.ok) await pages.put(u.pathname, page);
        }),
      );
    })(),
  );
  void self.skipWaiting();
});

// Activate: take the open tabs at once; drop older deploys' cores (their offline copy stays
// until this one's is whole) and the caches of the worker before this one (workbox precache).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      for (const name of await caches.keys())
        if ((name.startsWith('core-') && name !== coreCache) || name.startsWith('workbox-precache'))
          await caches.delete(name);
    })(),
  );
  void fillOfflineCopy();
});

let filling: Promise<void> | undefined;

/**
 * The editions this reader reads: those of the open tabs and of the pages kept as read. The
 * offline copy holds these only (a Chinese reader never downloads the English pages; opening
 * one adds the English edition on the next fill).
 */
async function editionsRead(): Promise<Edition[]> {
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const read = await (await caches.open(pagesCache)).keys();
  const seen = new Set([...open.map((c) => c.url), ...read.map((r) => r.url)].map(editionOf));
  return (['zh-CN', 'en'] as const).filter((lang) => seen.has(lang));
}

/** Whether the browser asks to save data (Save-Data, or a 2G connection). */
function savingData(): boolean {
  const c = self.navigator.connection;
  return Boolean(c?.saveData) || /2g/.test(c?.effectiveType ?? '');
}

/** Fetches what the offline copy still lacks, SW_BATCH at a time; resumes where it stopped. */
function fillOfflineCopy(): Promise<void> {
  if (filling || savingData()) return filling ?? Promise.resolve();
  filling = (async () => {
    const cache = await caches.open(copyCache);
    const have = new Set((await cache.keys()).map((r) => r.url));
    const wanted = [...SW_REST.shared, ...(await editionsRead()).flatMap((lang) => SW_REST[lang])];
    const todo = wanted.filter((url) => !have.has(here(url)));
    let next = 0;
    let failed = 0;
    const worker = async () => {
      while (next < todo.length && !savingData()) {
        const url = todo[next++] ?? '';
        const answer = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
        if (answer?.ok) await cache.put(url, answer);
        else failed++;
      }
    };
    await Promise.all(Array.from({ length: SW_BATCH }, worker));
    if (failed === 0 && next >= todo.length) {
      for (const name of await caches.keys())
        if (name.startsWith('offline-copy-') && name !== copyCache) await caches.delete(name);
    }
  })().finally(() => (filling = undefined));
  return filling;
}

// Any request of a page keeps the worker alive while the copy fills (a fill cut short resumes).
self.addEventListener('fetch', (event) => {
  if (!filling && !savingData()) event.waitUntil(fillOfflineCopy());
});

const when = (lang: Edition) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The page with a [data-saved] note below its header: saved when its Date header says. */
async function markSaved(page: Response, url: string): Promise<Response> {
  if (!page.headers.get('content-type')?.includes('text/html')) return page;
  const lang = editionOf(url);
  const date = new Date(page.headers.get('date') ?? '');
  const note = Number.isNaN(date.getTime())
    ? SW_TEXTS[lang].savedUndated
    : SW_TEXTS[lang].saved.replace('{date}', when(lang).format(date));
  // Below the header, styled like a warning notice (classes the notices' markup also uses, so
  // every page's stylesheet has them).
  const html = (await page.text()).replace(
    '</header>',
    () =>
      `</header><div data-saved class="mx-auto w-full max-w-5xl px-4 pt-3"><p class="rounded-lg border-l-4 border-warning bg-warning-bg p-3">${escape(note)}</p></div>`,
  );
  return rewritten(page, html);
}

/** `page` with `html` as its body (decoded, so its length and encoding headers go). */
function rewritten(page: Response, html: string): Response {
  const headers = new Headers(page.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { status: page.status, statusText: page.statusText, headers });
}

/** The saved file for a URL: the core, this deploy's offline copy, else any cache (a page read, an older copy). */
async function savedFile(url: string): Promise<Response | undefined> {
  const u = new URL(url);
  u.hash = '';
  const lookup = async (href: string) =>
    (await (await caches.open(coreCache)).match(href)) ??
    (await (await caches.open(copyCache)).match(href)) ??
    (await caches.match(href));
  const found = await lookup(u.href);
  if (found || !u.pathname.endsWith('/')) return found;
  // A folder is its index.html: /a/b/?q=x → /a/b/index.html.
  u.search = '';
  u.pathname += 'index.html';
  return lookup(u.href);
}

/** The articles of an edition saved on this phone (read or in the offline copy): path and title. */
async function savedArticles(lang: Edition): Promise<{ path: string; title: string }[]> {
  const article = lang === 'en' ? /^\/en\/[a-z0-9-]+\/[a-z0-9-]+\/$/ : /^\/(?!en\/)[a-z0-9-]+\/[a-z0-9-]+\/$/;
  const found = new Map<string, Response>();
  for (const name of [pagesCache, copyCache]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname.replace(/index\.html$/, '');
      if (!article.test(path) || /^(\/en)?\/diagnose\//.test(path) || found.has(path)) continue;
      const page = await cache.match(request);
      if (page) found.set(path, page);
    }
  }
  const out = await Promise.all(
    [...found].map(async ([path, page]) => {
      const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(await page.text())?.[1] ?? path;
      return { path, title };
    }),
  );
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The offline page of the URL's edition with the list of its saved articles under its lead. */
async function offlinePage(url: string): Promise<Response> {
  const lang = editionOf(url);
  const page = await savedFile(here(SW_OFFLINE[lang]));
  if (!page) return Response.error();
  const list = await savedArticles(lang);
  if (list.length === 0) return page;
  const items = list
    .map(({ path, title }) => `<li><a href="${escape(path)}" class="text-lg">${title}</a></li>`)
    .join('');
  const html = (await page.text()).replace(
    '</main>',
    () =>
      `<section data-saved-list class="mt-6"><h2 class="text-2xl font-bold">${escape(SW_TEXTS[lang].savedList)}</h2><ul class="mt-2 list-disc space-y-2 pl-6">${items}</ul></section></main>`,
  );
  return rewritten(page, html);
}

const pages = new NetworkFirst({
  cacheName: pagesCache,
  networkTimeoutSeconds: SW_TIMEOUT,
  plugins: [
    expire(200),
    {
      // Runs only when the answer comes from the cache (no network, or too slow).
      cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
        const saved = cachedResponse ?? (await savedFile(request.url));
        return saved && markSaved(saved, request.url);
      },
    },
  ],
});

// Pages: from the network first, kept as they are read (see above).
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return offlinePage(options.request.url);
    }
  },
);

// The core and the offline copy: from the cache when there, else the network.
const listed = new Set([...SW_CORE, ...Object.values(SW_REST).flat()].map(here));
registerRoute(
  ({ url, request }) => request.method === 'GET' && listed.has(url.href),
  async ({ request }) => (await savedFile(request.url)) ?? fetch(request),
);

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
