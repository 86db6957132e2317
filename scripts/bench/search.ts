// npm run bench:search — cold time to first result, warm per-query time and bytes loaded by
// the first search, in Chromium, unthrottled and with Lighthouse's mobile throttling.
// A script, not a test: times vary from machine to machine.
import type { Browser } from '@playwright/test';
import { build, freePort, kb, launch, median, report, serve, throttle } from './lib.ts';
import { options } from '../lib/args.ts';

export { cold, warm };

const queries = ['付款失败', '账号被冻结了怎么办', '收不到验证码', '帳號被凍結', '银行不处理找谁', '钱包里的钱少了', '红包过期', '会不会上征信', '工行客服电话是多少', '我的钱包付款的时候一直提示失败是怎么回事'];

interface Cold {
  firstResultMs: number;
  requests: number;
  rawBytes: number;
  gzipBytes: number;
}

/** Opens /search/?q= in a fresh context and times navigation start → first result on screen. */
async function cold(browser: Browser, url: string, throttled: boolean, query = '付款失败'): Promise<Cold> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttled) await throttle(page);
  const bodies: Promise<Buffer | null>[] = [];
  const wire: Promise<number>[] = [];
  page.on('requestfinished', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/pagefind/') && !path.startsWith('/search-')) return;
    bodies.push(r.response().then((res) => res?.body() ?? null).catch(() => null));
    wire.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await page.locator('[data-search-page] [data-list] > li').first().waitFor({ timeout: 60_000 });
  const firstResultMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const got = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  const transferred = (await Promise.all(wire)).reduce((n, b) => n + b, 0);
  await context.close();
  return {
    firstResultMs,
    requests: got.length,
    rawBytes: got.reduce((n, b) => n + b.length, 0),
    gzipBytes: transferred,
  };
}

/** Median time of one query through the query layer and Pagefind, index already loaded. */
async function warm(browser: Browser, url: string, throttled: boolean): Promise<number> {
  const page = await browser.newPage();
  if (throttled) await throttle(page);
  await page.goto(`${url}/search/`);
  const times = await page.evaluate(async (qs) => {
    const m = await import(document.documentElement.dataset['searchSrc'] ?? '');
    await m.search('钱包');
    const out: number[] = [];
    for (const q of qs) {
      const t0 = performance.now();
      await m.search(q);
      out.push(performance.now() - t0);
    }
    return out;
  }, queries);
  await page.close();
  return median(times);
}

/** Cold and warm search figures, unthrottled and with mobile throttling. */
export async function searchFigures(browser: Browser, url: string) {
  const rows = [];
  for (const throttled of [false, true]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await cold(browser, url, throttled));
    const c = runs.sort((a, b) => a.firstResultMs - b.firstResultMs)[1] ?? runs[0];
    rows.push({
      condition: throttled ? 'mobile (slow 4G, 4× CPU)' : 'unthrottled',
      coldFirstResultMs: Math.round(c?.firstResultMs ?? 0),
      warmQueryMs: Math.round(await warm(browser, url, throttled)),
      firstSearchRequests: c?.requests ?? 0,
      firstSearchRaw: c?.rawBytes ?? 0,
      firstSearchGzip: c?.gzipBytes ?? 0,
    });
  }
  return rows;
}

/** Prints the search table. */
export function printSearch(rows: Awaited<ReturnType<typeof searchFigures>>): void {
  console.log('\nSearch (median of 3 cold runs, median of 10 warm queries)');
  console.table(
    rows.map((r) => ({
      condition: r.condition,
      'cold: first result': `${r.coldFirstResultMs} ms`,
      'warm: per query': `${r.warmQueryMs} ms`,
      'first search: requests': r.firstSearchRequests,
      'first search: raw': kb(r.firstSearchRaw),
      'first search: gzip': kb(r.firstSearchGzip),
    })),
  );
}

if (process.argv[1]?.endsWith('search.ts')) {
  if (!options({ 'no-build': { type: 'boolean', default: false } })['no-build']) build();
  const server = await serve(await freePort());
  const browser = await launch();
  try {
    const rows = await searchFigures(browser, server.url);
    printSearch(rows);
    console.log(`target: cold first result ≤ 1500 ms with mobile throttling → ${(rows[1]?.coldFirstResultMs ?? Infinity) <= 1500 ? 'met' : 'MISSED'}`);
    console.log(`written: ${report('bench-search', { date: new Date().toISOString(), rows })}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
