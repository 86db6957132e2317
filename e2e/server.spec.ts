// The two servers: nginx (the production server block) and the preview server send the header
// policy for every kind of file, serve the build's .br/.gz copies, answer folders, unknown
// paths and other methods alike, and keep answering after malformed requests.
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileKinds, headersFor, kindOf, securityHeaders } from '../src/lib/build/header-policy';
import { headersFromFile, parseHeaders } from '../src/lib/build/headers-file';
import { hasBrotli } from '../scripts/lib/nginx';
import { serve } from '../scripts/serve';
import { get } from './http';

/** Writes raw bytes to the server and returns its status line ("" when it just closes). */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (d: Buffer) => {
      got += d.toString('latin1');
      if (got.includes('\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(got.split('\r\n')[0] ?? ''));
    socket.on('error', () => resolve(got.split('\r\n')[0] ?? ''));
    socket.setTimeout(5000, () => socket.destroy());
    // Not end(): nginx drops a request whose client has already half-closed.
    socket.write(text);
  });
}

const first = (dir: string, ext: string) => `${dir}/${readdirSync(join('dist', dir)).find((f) => f.endsWith(ext))}`;

/** A real file of every kind (URL, and the file it is): the test fails when a kind has none. */
function samples(): { url: string; file: string }[] {
  const css = first('_astro', '.css');
  return [
    { url: '/fixes/payment-failed/', file: '/fixes/payment-failed/index.html' },
    { url: '/', file: '/index.html' },
    { url: '/no-such-page/', file: '/404.html' },
    { url: `/${css}`, file: `/${css}` },
    { url: '/pagefind/pagefind.js', file: '/pagefind/pagefind.js' },
    { url: `/${first('pagefind/index', '.pf_index')}`, file: `/${first('pagefind/index', '.pf_index')}` },
    { url: '/pagefind/pagefind-entry.json', file: '/pagefind/pagefind-entry.json' },
    { url: '/sw.js', file: '/sw.js' },
    { url: '/rss.xml', file: '/rss.xml' },
    { url: '/sitemap-index.xml', file: '/sitemap-index.xml' },
    { url: '/sitemap-0.xml', file: '/sitemap-0.xml' },
    { url: '/favicon.svg', file: '/favicon.svg' },
    { url: '/og.png', file: '/og.png' },
    { url: '/robots.txt', file: '/robots.txt' },
    { url: '/search-ui.js', file: '/search-ui.js' },
  ];
}

// Headers the policy decides; Date, ETag, Server and the like may differ between servers.
const compared = [...Object.keys(securityHeaders), 'Cache-Control', 'Content-Type', 'Vary', 'Content-Encoding'].map(
  (h) => h.toLowerCase(),
);
const pick = (h: Record<string, string>) => Object.fromEntries(compared.filter((k) => k in h).map((k) => [k, h[k]]));

let preview: Awaited<ReturnType<typeof serve>>;
test.beforeAll(async () => {
  preview = await serve(0, 'dist');
});
test.afterAll(async () => {
  await preview.stop();
});

test('nginx and the preview server send the header policy for every kind of file, as public/_headers does', async ({
  baseURL,
}) => {
  const nginx = baseURL ?? '';
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const seen = new Set<string>();
  for (const { url, file } of samples()) {
    seen.add(kindOf(file).name);
    for (const accept of [{}, { 'accept-encoding': 'gzip' }, { 'accept-encoding': 'br, gzip' }]) {
      const [a, b] = await Promise.all([get(nginx, url, accept), get(preview.url, url, accept)]);
      expect(a.status, url).toBe(url === '/no-such-page/' ? 404 : 200);
      expect(b.status, url).toBe(a.status);
      const want = Object.fromEntries(Object.entries(headersFor(file)).map(([k, v]) => [k.toLowerCase(), v]));
      const { 'content-encoding': encoding, ...sent } = pick(a.headers);
      expect(sent, `${url} ${JSON.stringify(accept)} from nginx`).toEqual(want);
      expect(pick(b.headers), `${url} ${JSON.stringify(accept)}: preview server = nginx`).toEqual(pick(a.headers));
      expect(encoding, url).toBe(
        want['vary'] && 'accept-encoding' in accept
          ? accept['accept-encoding'].includes('br') && hasBrotli()
            ? 'br'
            : 'gzip'
          : undefined,
      );
    }
    // A static host reading public/_headers sends the same security and caching headers.
    const host = headersFromFile(rules, url);
    for (const name of [...Object.keys(securityHeaders), 'Cache-Control'])
      expect(host.get(name.toLowerCase()), `${url} ${name} in _headers`).toBe(headersFor(file)[name]);
  }
  expect([...seen].sort()).toEqual(fileKinds.map((k) => k.name).sort());
});

test("Pagefind's index is stored inflated and sent compressed, so the browser inflates it, not Pagefind's script", async ({
  baseURL,
}) => {
  const fragment = `/${first('pagefind/fragment', '.pf_fragment')}`;
  for (const file of ['/pagefind/wasm.unknown.pagefind', `/${first('pagefind/index', '.pf_index')}`, fragment]) {
    // Pagefind skips its own inflating when a file starts with its mark.
    expect(readFileSync(`dist${file}`).subarray(0, 12).toString(), file).toBe('pagefind_dcd');
    for (const base of [baseURL ?? '', preview.url]) {
      const res = await get(base, file, { 'accept-encoding': 'br, gzip' });
      expect(res.headers['content-encoding'], `${base}${file}`).toBe(
        hasBrotli() || base === preview.url ? 'br' : 'gzip',
      );
      expect(res.body.length, `${base}${file} travels smaller than stored`).toBeLessThan(
        readFileSync(`dist${file}`).length,
      );
    }
  }
});

test("both servers send the build's own .br and .gz files, and the service worker never lists them", async ({
  baseURL,
}) => {
  for (const base of [baseURL ?? '', preview.url]) {
    const br = await get(base, '/fixes/payment-failed/', { 'accept-encoding': 'br' });
    if (base === preview.url || hasBrotli())
      expect(br.body.equals(readFileSync('dist/fixes/payment-failed/index.html.br')), `${base} br`).toBe(true);
    // nginx's on-the-fly gzip (level 1) would give other bytes than the build's level 9.
    const gz = await get(base, '/rss.xml', { 'accept-encoding': 'gzip' });
    expect(gz.body.equals(readFileSync('dist/rss.xml.gz')), `${base} gz`).toBe(true);
    const plain = await get(base, '/rss.xml');
    expect(plain.body.equals(readFileSync('dist/rss.xml')), `${base} plain`).toBe(true);
  }
  expect(readFileSync('dist/sw.js', 'utf8')).not.toMatch(/\.(br|gz)["']/);
});

test('both servers: folders redirect to their slash on this host, 404 with the 404 page, 405 for other methods', async ({
  baseURL,
}) => {
  const notFound = readFileSync('dist/404.html');
  for (const base of [baseURL ?? '', preview.url]) {
    const r = await get(base, '/fixes?x=1');
    expect([r.status, r.headers['location']], base).toEqual([301, '/fixes/?x=1']);
    for (const path of ['/_astro/', '/pagefind/', '/no/such/page/', '/fixes/nothing.html', '/404']) {
      const n = await get(base, path);
      expect(n.status, `${base}${path}`).toBe(404);
      expect(n.body.equals(notFound), `${base}${path} body`).toBe(true);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const m = await get(base, '/', {}, method);
      expect([m.status, m.headers['allow']], `${base} ${method}`).toEqual([405, 'GET, HEAD']);
      expect(m.headers['x-frame-options']).toBe('DENY');
    }
  }
});

test('malformed requests get a 4xx and leave both servers running; and the preview server follows files removed or added under it', async ({
  baseURL,
}) => {
  const nginxPort = Number(new URL(baseURL ?? '').port);
  const bad = [
    'GET //a:99999/ HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /fixes/%E4%B8 HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /a%00b HTTP/1.1\r\nHost: x\r\n\r\n',
    `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(70_000)}\r\n\r\n`,
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello',
    'BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n',
    'GARBAGE\r\n\r\n',
  ];
  for (const port of [nginxPort, preview.port]) {
    for (const request of bad) {
      const line = await raw(port, request);
      expect(line, `${port}: ${request.slice(0, 40)}`).toMatch(/^HTTP\/1\.[01] 4\d\d /);
    }
    expect((await get(`http://127.0.0.1:${port}`, '/')).status, `${port} still answers`).toBe(200);
  }
  // Files that disappear or appear under a running preview server (a rebuild under it).
  const copy = join(mkdtempSync(join(tmpdir(), 'dist-')), 'dist');
  cpSync('dist', copy, { recursive: true });
  const server = await serve(0, copy);
  try {
    expect((await get(server.url, '/faq/', { 'accept-encoding': 'br' })).status).toBe(200);
    for (const f of ['index.html', 'index.html.br', 'index.html.gz']) rmSync(join(copy, 'faq', f));
    expect((await get(server.url, '/faq/', { 'accept-encoding': 'br' })).status).toBe(404);
    writeFileSync(join(copy, 'new.txt'), 'new');
    expect((await get(server.url, '/new.txt')).body.toString()).toBe('new');
    expect((await get(server.url, '/')).status).toBe(200);
  } finally {
    await server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
});

/** Writes raw bytes and returns the whole head of the answer (status line and header lines). */
function rawHead(port: number, text: string): Promise<string[]> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    const done = () => resolve((got.split('\r\n\r\n')[0] ?? '').split('\r\n'));
    socket.on('data', (d: Buffer) => {
      got += d.toString('latin1');
      if (got.includes('\r\n\r\n')) socket.destroy();
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.setTimeout(5000, () => socket.destroy());
    socket.write(text);
  });
}

test('ranges, refused encodings, long names and the rules file: both servers answer alike, each header once', async ({
  baseURL,
}) => {
  const nginxPort = Number(new URL(baseURL ?? '').port);
  const robots = readFileSync('dist/robots.txt');
  const plain = { 'accept-encoding': 'identity' };
  for (const [base, port] of [
    [baseURL ?? '', nginxPort],
    [preview.url, preview.port],
  ] as const) {
    // The static hosts' rules file is not served.
    expect((await get(base, '/_headers')).status, `${base} /_headers`).toBe(404);
    // A suffix range is the last bytes; an inverted one and one past the end are 416.
    const last = await get(base, '/robots.txt', { ...plain, range: 'bytes=-5' });
    expect([last.status, last.body.toString()], `${base} bytes=-5`).toEqual([206, robots.subarray(-5).toString()]);
    expect(last.headers['content-range']).toBe(`bytes ${robots.length - 5}-${robots.length - 1}/${robots.length}`);
    for (const range of ['bytes=5-2', 'bytes=999999-']) {
      const r = await get(base, '/robots.txt', { ...plain, range });
      expect([r.status, r.headers['content-range']], `${base} ${range}`).toEqual([416, `bytes */${robots.length}`]);
      // Every header of the policy exactly once.
      const head = await rawHead(port, `GET /robots.txt HTTP/1.1\r\nHost: x\r\nRange: ${range}\r\n\r\n`);
      expect(head[0]).toMatch(/^HTTP\/1\.1 416 /);
      for (const name of [...Object.keys(securityHeaders), 'Cache-Control']) {
        const lines = head.filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
        expect(lines, `${base} ${range} ${name}`).toHaveLength(1);
      }
    }
    // A coding refused with q=0 is never sent.
    const gz = await get(base, '/', { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding'], `${base} br;q=0`).toBe('gzip');
    const none = await get(base, '/', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(none.headers['content-encoding'], `${base} all refused`).toBeUndefined();
    // A name longer than the file system allows is not found, not a server error.
    expect((await get(base, `/${'a'.repeat(300)}/`)).status, `${base} long segment`).toBe(404);
  }
  // The preview server's own 400 carries the security headers, as nginx's does.
  for (const port of [nginxPort, preview.port]) {
    const head = await rawHead(port, 'GARBAGE\r\n\r\n');
    expect(head[0], `${port}`).toMatch(/^HTTP\/1\.[01] 400 /);
    expect(head, `${port}`).toContain('X-Frame-Options: DENY');
  }
});
