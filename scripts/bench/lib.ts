// Shared pieces of the benchmark scripts: build with time and memory, serve dist/ with the
// preview server (the build's .br/.gz and the site's headers), launch Chromium, throttle like
// Lighthouse's mobile preset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { launchOptions } from '../lib/chromium.ts';

export { serve } from '../serve.ts';
export { chromeFlags, chromePath } from '../lib/chromium.ts';
export { freePort } from '../lib/ports.ts';

/** Lighthouse's mobile throttling: slow 4G and a 4× slower CPU. */
export const mobileThrottling = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpu: 4,
};

/** Wall time and peak memory (largest resident set of the build's processes) of one build. */
export interface BuildFigures {
  wallSeconds: number;
  peakMemoryMB: number | null;
}

/** Runs the production build with its index; GNU time reports the peak memory where installed. */
export function build(env: NodeJS.ProcessEnv = {}): BuildFigures {
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', 'npx', 'astro', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      })
    : spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, ...env } });
  const wallSeconds = (performance.now() - start) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error('build failed');
  }
  const peak = /PEAK_KB=(\d+)/.exec(r.stderr ?? '');
  return { wallSeconds, peakMemoryMB: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

/** Chromium as the tests launch it. */
export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions);
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
