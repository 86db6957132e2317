// The preview server: serves a built site as the production nginx does (deploy/nginx.conf) —
// the header policy of src/lib/build/header-policy.ts, the build's .br/.gz copies, folders as
// their index.html, the 404 page with status 404, 405 for anything but GET and HEAD — with
// sirv doing the file serving. Used by `npm start`, `npm run preview` and the benchmarks.
//   tsx scripts/serve.ts [--port 4321] [--dir dist] [--host 0.0.0.0]
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { allowedMethods, headersFor, isCompressible, kindOf, securityHeaders } from '../src/lib/build/header-policy.ts';
import { options } from './lib/args.ts';
import { notFoundPageFor } from '../src/lib/build/nginx-config.ts';

/** Sends the policy's headers for the file sirv serves (sirv's own type and Vary are replaced). */
function policyHeaders(res: ServerResponse, path: string): void {
  for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
  if (!isCompressible(path)) res.removeHeader('Vary');
}

/**
 * The Accept-Encoding header without the codings it refuses (`br;q=0`): sirv looks for the
 * names alone, so `br;q=0, gzip` would still get brotli.
 */
export function acceptedEncodings(header: string): string {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => {
      const q = /;\s*q=([\d.]+)/i.exec(part)?.[1];
      return part && (q === undefined || Number(q) > 0);
    })
    .join(', ');
}

/**
 * The Range header as sirv reads it, for a file of `size` bytes (the copy sirv chose, .br or
 * not): sirv reads `bytes=a-b` only, so a suffix `bytes=-5` becomes the last five bytes, an
 * unsatisfiable `bytes=5-2` or `bytes=-0` becomes a start past the end (sirv's 416), and what
 * nginx ignores (several ranges, other units, garbage) is dropped for the whole file.
 */
export function rangeForSirv(range: string, size: number): string | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const unsatisfiable = `bytes=${size}-`;
  if (m[1] === '') {
    const last = Number(m[2]);
    return last === 0 ? unsatisfiable : `bytes=${Math.max(0, size - last)}-${size - 1}`;
  }
  if (m[2] !== '' && Number(m[2]) < Number(m[1])) return unsatisfiable;
  return range.trim();
}

/** A request handler for the built site in `dir`. */
export function handler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(dir);
  const isFolder = (path: string) => {
    try {
      return statSync(join(root, path), { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      // A name too long for the file system (ENAMETOOLONG) is no folder: nginx answers 404.
      return false;
    }
  };
  // dev: looks files up on every request, so a rebuild under a running server is served as is.
  const files = sirv(root, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: [],
    dotfiles: false,
    // Called with the file sirv chose, before it reads Range: the range is made one sirv
    // answers as nginx would.
    setHeaders: (res, path, stats) => {
      policyHeaders(res, path.replace(/\.(br|gz)$/, ''));
      const range = res.req.headers.range;
      if (range === undefined) return;
      const fixed = rangeForSirv(range, stats.size);
      if (fixed === undefined) delete res.req.headers.range;
      else res.req.headers.range = fixed;
    },
  });
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    // The 404 page with status 404: no conditional or partial answer of it.
    delete req.headers['if-none-match'];
    delete req.headers['range'];
    const writeHead = res.writeHead.bind(res) as (code: number, ...rest: unknown[]) => ServerResponse;
    res.writeHead = (code: number, ...rest: unknown[]) => writeHead(code === 200 ? 404 : code, ...rest);
    req.url = notFoundPageFor(req.url ?? '/');
    files(req, res, () => void res.writeHead(404).end());
  };
  return (req, res) => {
    // A file that vanishes after the lookup (a rebuild under a running server) ends that one
    // response, never the process.
    res.on('pipe', (source) => source.once('error', () => res.destroy()));
    // Answers without a body, with the headers nginx adds to its own answers.
    const end = (code: number, at = '/', headers: Record<string, string> = {}) => {
      res.writeHead(code, { ...securityHeaders, 'Cache-Control': kindOf(at).cacheControl, ...headers }).end();
    };
    try {
      if (!allowedMethods.includes(req.method ?? '')) return end(405, '/', { Allow: allowedMethods.join(', ') });
      const raw = req.url ?? '';
      const path = raw.split('?')[0] ?? '';
      const query = raw.slice(path.length);
      let decoded: string;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        return end(400);
      }
      if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.split('/').includes('..')) return end(400);
      // As nginx's merge_slashes: //a/ is /a/.
      const clean = decoded.replace(/\/{2,}/g, '/');
      if (!clean.endsWith('/') && isFolder(clean)) {
        // Redirect with the still-encoded path, never to another host ("//host").
        return end(301, clean, { Location: `/${path.replace(/^\/+/, '')}/${query}` });
      }
      const file = clean.endsWith('/') ? `${clean}index.html` : clean;
      // The static hosts' rules file is for them, not for readers (as nginx).
      if (file === '/_headers') return notFound(req, res);
      req.headers['accept-encoding'] = acceptedEncodings(req.headers['accept-encoding'] ?? '');
      // Before sirv answers, so a 304 carries them too.
      policyHeaders(res, file);
      req.url = encodeURI(file) + query;
      files(req, res, () => notFound(req, res));
    } catch {
      if (!res.headersSent) end(500);
      else res.destroy();
    }
  };
}

/** Starts the server on `host`:`port` (0: any free port); resolves with its URL and a stop function. */
export async function serve(
  port: number,
  dir = 'dist',
  host = '127.0.0.1',
): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  const server = createServer(handler(dir));
  // Requests Node cannot parse (huge headers, bad request lines) get Node's 400/431; the
  // server keeps running.
  // Its own answers carry the security headers, as nginx's do.
  const security = Object.entries({ ...securityHeaders, 'Cache-Control': kindOf('/').cacheControl })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\n${security}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, host, done));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    stop: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const args = options({
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    dir: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' },
    // 0.0.0.0 opens it to phones on the same network; by default only this computer sees it.
    host: { type: 'string', default: '127.0.0.1' },
  });
  if (!existsSync(join(args.dir, 'index.html'))) {
    console.error(`${args.dir}/index.html 不存在：请先运行 npm run build。`);
    process.exit(1);
  }
  const { port } = await serve(Number(args.port), args.dir, args.host);
  console.log(`The help center is running at http://localhost:${port}/ (search included). Press Ctrl+C to stop.`);
}
