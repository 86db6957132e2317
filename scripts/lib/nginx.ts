// Starts Debian's nginx on loopback with the production server block (plain HTTP) over any
// built folder, and stops it by its pid. Used by the browser tests (e2e/global-setup.ts,
// e2e/serve-dir.ts) and `npm run bench:load`. Where nginx is missing it throws, never skips.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliModulePath, localSite, mainConfig } from '../../src/lib/build/nginx-config.ts';
import { freePort } from './ports.ts';

/** The nginx binary: $NGINX, else the first of the usual places. */
export function nginxBinary(): string {
  const found = [process.env['NGINX'], '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(
    (p) => p && existsSync(p),
  );
  if (!found) {
    throw new Error(
      'nginx is not installed, and the browser tests run on the nginx the project ships a config for. ' +
        'Install it: `apt-get install nginx libnginx-mod-http-brotli-static` (.ci/run does this), or set NGINX=/path/to/nginx.',
    );
  }
  return found;
}

/** Whether the brotli_static module is installed (then the config loads it). */
export const hasBrotli = (): boolean => existsSync(brotliModulePath);

/** A running nginx: its address, port and a stop function. */
export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** Runs `nginx -t` on a whole config file; returns the exit code and output. */
export function testConfig(prefix: string, conf: string): { status: number | null; output: string } {
  const r = spawnSync(nginxBinary(), ['-t', '-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], {
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

// Servers still running when this process exits are stopped with it (a test run cut short).
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((c) => c.kill('SIGTERM')));

function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

/** Serves `root` with nginx on 127.0.0.1 (a free port unless `port` is given). */
export async function startNginx(
  root: string,
  o: { port?: number; workers?: number | 'auto' } = {},
): Promise<RunningServer> {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html does not exist: build the site first (npx astro build).`);
  return runNginx((port) => localSite(dir, `127.0.0.1:${port}`, hasBrotli()), { ...o, brotli: hasBrotli() });
}

/** Runs nginx with `http(port)` inside the http block; resolves once `port` answers. */
export async function runNginx(
  http: (port: number) => string,
  o: { port?: number; workers?: number | 'auto'; brotli: boolean },
): Promise<RunningServer> {
  const bin = nginxBinary();
  for (let attempt = 0; ; attempt++) {
    const port = o.port ?? (await freePort());
    const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(
      conf,
      mainConfig(http(port), { brotli: o.brotli, workers: o.workers ?? 1, asRoot: process.getuid?.() === 0 }),
    );
    const child = spawn(bin, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    let up = false;
    let gone = false;
    void exited.then(() => (gone = true));
    for (let i = 0; i < 100 && !up && !gone; i++) {
      up = await answers(port);
      if (!up) await new Promise((r) => setTimeout(r, 50));
    }
    if (!up) {
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      if (!gone) child.kill('SIGKILL');
      rmSync(prefix, { recursive: true, force: true });
      // Another process took the port between the check and nginx's bind: try another one.
      if (/Address already in use/.test(log + stderr) && o.port === undefined && attempt < 5) continue;
      throw new Error(`nginx did not start on port ${port}:\n${stderr}${log}`);
    }
    const pid = child.pid ?? 0;
    running.add(child);
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      pid,
      async stop() {
        running.delete(child);
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(prefix, { recursive: true, force: true });
      },
    };
  }
}
