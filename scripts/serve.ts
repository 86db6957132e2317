// The preview server: serves a built site as the production nginx does (deploy/nginx.conf) —
// the header policy of src/lib/build/header-policy.ts, the build's .br/.gz copies, folders as
// their index.html, the 404 page with status 404, 405 for anything but GET and HEAD — with
// sirv doing the file serving. Used by `npm start`, `npm run preview` and the benchmarks.
//   tsx scripts/serve.ts [--port 4321] [--dir dist] [--host 0.0.0.0]
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { allowedMethods, headersFor, isText, kindOf, securityHeaders } from '../src/lib/build/header-policy.ts';
import { options } from './lib/args.ts';

/** Sends the policy's headers for the file sirv serves (sirv's own type and Vary are replaced). */
function policyHeaders(res: ServerResponse, path: string): void {
  for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
  if (!isText(path)) res.removeHeader('Vary');
}

/** A request handler for the built site in `dir`. */
export function handler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(dir);
  const isFolder = (path: string) => statSync(join(root, path), { throwIfNoEntry: false })?.isDirectory() ?? false;
  // dev: looks files up on every request, so a rebuild under a running server is served as is.
  const files = sirv(root, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: [],
    dotfiles: false,
    setHeaders: policyHeaders,
  });
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    // The 404 page with status 404: no conditional or partial answer of it.
    delete req.headers['if-none-match'];
    delete req.headers['range'];
    const writeHead = res.writeHead.bind(res) as (code: number, ...rest: unknown[]) => ServerResponse;
    res.writeHead = (code: number, ...rest: unknown[]) => writeHead(code === 200 ? 404 : code, ...rest);
    req.url = '/404.html';
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
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
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
