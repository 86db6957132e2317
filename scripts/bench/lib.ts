// Shared pieces of the benchmark scripts: build, serve dist/, launch Chromium, throttle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';

/** Lighthouse's mobile throttling: slow 4G and a 4× slower CPU. */
export const mobileThrottling = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs the production build (with the search index) unless `--no-build` was given. */
export function build(args: string[], env: NodeJS.ProcessEnv = {}): number {
  if (args.includes('--no-build') && existsSync('dist/index.html')) return 0;
  const start = performance.now();
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error('build failed');
  return performance.now() - start;
}

export { serve } from '../serve.ts';

/** Chromium as the tests launch it. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Applies Lighthouse's mobile network and CPU throttling to a page. */
export async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: mobileThrottling.latency,
    downloadThroughput: mobileThrottling.downloadThroughput,
    uploadThroughput: mobileThrottling.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobileThrottling.cpu });
  return cdp;
}

/** Median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Writes a JSON report under reports/ (git-ignored). */
export function report(name: string, data: unknown): string {
  mkdirSync('reports', { recursive: true });
  const file = `reports/${name}.json`;
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

/** Kilobytes with one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
