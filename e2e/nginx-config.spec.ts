// The shipped production config: it loads on the installed nginx, speaks HTTP/2 over TLS with
// the header policy, and its port-80 server redirects to the configured name only.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as http2Connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headersFor } from '../src/lib/build/header-policy';
import { brotliModulePath, mainConfig, production, productionConfig } from '../src/lib/build/nginx-config';
import { serverLimits } from '../src/lib/build/server-limits';
import { hasBrotli, runNginx, testConfig } from '../scripts/lib/nginx';
import { freePort } from '../scripts/lib/ports';
import { get } from './http';

/** A throwaway certificate for help.example.org (the production file's TLS lines need one). */
function certificate(dir: string): { certificate: string; key: string } {
  const out = { certificate: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=help.example.org',
      '-keyout',
      out.key,
      '-out',
      out.certificate,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0)
    throw new Error(`openssl is needed to test the TLS server (apt-get install openssl): ${r.stderr ?? r.error}`);
  return out;
}

test('the shipped deploy/nginx.conf passes nginx -t on the installed nginx, without warnings', () => {
  expect(hasBrotli(), 'deploy/nginx.conf uses brotli_static: apt-get install libnginx-mod-http-brotli-static').toBe(
    true,
  );
  const dir = mkdtempSync(join(tmpdir(), 'nginx-t-'));
  const tls = certificate(dir);
  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(production.certificate, tls.certificate)
    .replace(production.key, tls.key);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(`include ${join(dir, 'site.conf')};`, { brotli: true }));
  const { status, output } = testConfig(dir, join(dir, 'nginx.conf'));
  rmSync(dir, { recursive: true, force: true });
  expect(status, output).toBe(0);
  expect(output).toContain('test is successful');
  expect(output).not.toMatch(/\[(warn|emerg|alert)\]/);
});

test('the shipped deploy/nginx-main.conf with the site file passes nginx -t, without warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-main-t-'));
  const tls = certificate(dir);
  writeFileSync(
    join(dir, 'site.conf'),
    readFileSync('deploy/nginx.conf', 'utf8')
      .replace(production.certificate, tls.certificate)
      .replace(production.key, tls.key),
  );
  // Debian's paths for the includes it shares with the stock file; the site and logs in the test folder.
  const main = readFileSync('deploy/nginx-main.conf', 'utf8')
    .replace('include /etc/nginx/sites-enabled/*;', `include ${join(dir, 'site.conf')};`)
    .replace('/run/nginx.pid', join(dir, 'nginx.pid'))
    .replace(/\/var\/log\/nginx\//g, `${dir}/`)
    .replace('include /etc/nginx/conf.d/*.conf;', '')
    // Debian's module snippets name the module relative to the prefix, which -p moves.
    .replace('include /etc/nginx/modules-enabled/*.conf;', `load_module ${brotliModulePath};`);
  expect(main).toContain(`worker_connections ${serverLimits.workerConnections};`);
  writeFileSync(join(dir, 'nginx.conf'), main);
  const { status, output } = testConfig(dir, join(dir, 'nginx.conf'));
  rmSync(dir, { recursive: true, force: true });
  expect(status, output).toBe(0);
  expect(output).not.toMatch(/\[(warn|emerg|alert)\]/);
});

test('the production server: HTTP/2 over TLS with the policy, and port 80 redirects to the configured name, whatever Host says', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-tls-'));
  const tls = certificate(dir);
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const server = await runNginx(
    () => productionConfig({ ...tls, root: join(process.cwd(), 'dist'), httpsPort, httpPort, address: '127.0.0.1' }),
    { port: httpsPort, brotli: true },
  );
  try {
    const r = await get(`http://127.0.0.1:${httpPort}`, '/fixes/?q=1', { host: 'evil.example' });
    expect([r.status, r.headers['location']]).toEqual([
      301,
      `https://${production.serverName}:${httpsPort}/fixes/?q=1`,
    ]);
    const session = http2Connect(`https://127.0.0.1:${httpsPort}`, {
      rejectUnauthorized: false,
      servername: production.serverName,
    });
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const s = session.request({ ':path': '/fixes/payment-failed/', 'accept-encoding': 'br' });
      s.on('response', (h) => resolve(h));
      s.on('error', reject);
      s.resume();
    });
    session.close();
    expect(headers[':status']).toBe(200);
    expect(headers['content-encoding']).toBe('br');
    for (const [name, value] of Object.entries(headersFor('/fixes/payment-failed/index.html')))
      expect(headers[name.toLowerCase()], name).toBe(value);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
