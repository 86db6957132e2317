// Serves a built site the way a static host does: the headers of dist/_headers, gzip for
// text, 404.html for unknown paths. Used by `npm start`, the browser tests and the benchmarks.
//   tsx scripts/serve.ts [--port 4321] [--dir dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from '../src/lib/build/headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Starts the server; resolves with its URL and a stop function. */
export async function serve(port: number, dir = 'dist'): Promise<{ url: string; stop: () => void }> {
  const root = resolve(dir);
  const inside = (file: string) => !relative(root, file).startsWith('..');
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(root, `.${path}`);
    if (!inside(file)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        // Redirect with the still-encoded path, and never to another host ("//host").
        res.writeHead(301, { Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) {
      file = join(root, '404.html');
      path = '/404.html';
    }
    const body = readFileSync(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Pagefind's own index files are compressed already.
    const gzip = type !== 'application/octet-stream' && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const out = gzip ? gzipSync(body) : body;
    res.writeHead(found ? 200 : 404, {
      ...Object.fromEntries(headersFor(rules, path)),
      'Content-Type': type,
      'Content-Length': out.length,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : out);
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return { url: `http://localhost:${port}`, stop: () => server.close() };
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const dir = arg('dir', process.env['OUT_DIR'] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html 不存在：请先运行 npm run build。`);
    process.exit(1);
  }
  const { url } = await serve(Number(arg('port', process.env['PORT'] ?? '4321')), dir);
  console.log(`The help center is running at ${url}/ (search included). Press Ctrl+C to stop.`);
}
