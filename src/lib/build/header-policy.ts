// The one header policy of the site, as data. public/_headers (static hosts), deploy/nginx.conf
// (production nginx), the nginx the tests start and the preview server (scripts/serve.ts) are
// all generated from or read this file: change a header here, then run `npm run gen:server`.

/** Sent with every response, error pages included. The page's own script and style policy is a
 *  <meta> in every page (astro.config.mjs); this header adds what a <meta> cannot. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), browsing-topics=()',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// Anything that may change with a deploy is revalidated on every use (a notice or a fix must
// never be served stale); no-transform keeps proxies from rewriting pages the CSP and the
// service worker vouch for.
const revalidate = 'no-cache, no-transform';
// Only files whose name carries a hash of their content may be kept without asking.
const immutable = 'public, max-age=31536000, immutable, no-transform';

/** One kind of file and how it is cached. */
export interface FileKind {
  /** A short name used in tests and reports. */
  name: string;
  /** Served file paths (after /x/ → /x/index.html), in _headers glob syntax: `*` matches anything. */
  paths: readonly string[];
  /** The Cache-Control value. */
  cacheControl: string;
  /** A Content-Type other than the one its extension gives. */
  contentType?: string;
}

/** The kinds of file, the first that matches a path decides. The last one matches everything. */
export const fileKinds: readonly FileKind[] = [
  // Fingerprinted by Vite: a new build gives a new name.
  { name: 'astro', paths: ['/_astro/*'], cacheControl: immutable },
  // Pagefind's entry, script and WebAssembly keep their names between builds.
  { name: 'pagefind', paths: ['/pagefind/*'], cacheControl: revalidate },
  // The browser checks it for updates; a cache in between must not hold an old one.
  { name: 'sw', paths: ['/sw.js'], cacheControl: revalidate },
  // Feed readers poll it for notices.
  { name: 'rss', paths: ['/rss.xml'], cacheControl: revalidate, contentType: 'application/rss+xml' },
  { name: 'sitemap', paths: ['/sitemap-*.xml'], cacheControl: revalidate },
  { name: 'html', paths: ['*.html'], cacheControl: revalidate },
  { name: 'other', paths: ['*'], cacheControl: revalidate },
];

/** Content-Type by extension (both servers use this table, never their own). */
export const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  txt: 'text/plain',
  webmanifest: 'application/manifest+json',
  png: 'image/png',
  ico: 'image/x-icon',
  wasm: 'application/wasm',
};
/** Files of types not in the table (Pagefind's index). */
export const defaultContentType = 'application/octet-stream';

/** Text types: sent with `; charset=utf-8`, precompressed by the build and compressed on the fly. */
export const textTypes: readonly string[] = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'image/svg+xml',
  'application/xml',
  'application/rss+xml',
  'text/plain',
  'application/manifest+json',
];

/** Methods the site answers; anything else gets 405 with an Allow header. */
export const allowedMethods: readonly string[] = ['GET', 'HEAD'];

/** A glob of `paths` as a regular expression source (the same text works in JavaScript and nginx). */
export function globToRegex(glob: string): string {
  return `^${glob
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')}$`;
}

/** The kind of the file served at `path` (a file path such as /fixes/x/index.html). */
export function kindOf(path: string): FileKind {
  const kind = fileKinds.find((k) => k.paths.some((p) => new RegExp(globToRegex(p)).test(path)));
  if (!kind) throw new Error(`no file kind matches ${path}`);
  return kind;
}

/** The Content-Type header of the file at `path`, with the charset for text. */
export function contentTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const type = kindOf(path).contentType ?? contentTypes[ext] ?? defaultContentType;
  return textTypes.includes(type) ? `${type}; charset=utf-8` : type;
}

/** Whether the file at `path` is text, so compressed copies are served (and `Vary` is sent). */
export function isText(path: string): boolean {
  return textTypes.includes(contentTypeOf(path).split(';')[0] ?? '');
}

/**
 * Pagefind's index and WebAssembly, which the build stores inflated (src/search/build/pagefind.ts)
 * so that they travel brotli-compressed and the browser inflates them, not Pagefind's JavaScript.
 */
export const pagefindDataPattern = /^\/pagefind\/(.+\.pf_[a-z]+|wasm\.[\w-]+\.pagefind)$/;

/** Whether the build writes .br/.gz copies of the file at `path` and they are served (with `Vary`). */
export function isCompressible(path: string): boolean {
  return isText(path) || pagefindDataPattern.test(path);
}

/** Every header the policy sends with the file at `path` (security, caching, type, Vary). */
export function headersFor(path: string): Record<string, string> {
  return {
    ...securityHeaders,
    'Cache-Control': kindOf(path).cacheControl,
    'Content-Type': contentTypeOf(path),
    ...(isCompressible(path) ? { Vary: 'Accept-Encoding' } : {}),
  };
}
