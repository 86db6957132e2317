import { expect, test } from '@playwright/test';
import { slowLine } from '../scripts/lib/slow-line.ts';
import { sitemapPaths } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit, another article and search work with no network at all', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  // The service worker installs after load and precaches the site.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return reg.active?.state;
  });
  // The background fill is done when the offline copy stops growing (three readings alike, 0.5 s apart).
  const counts: number[] = [];
  await expect
    .poll(
      async () => {
        counts.push(
          await page.evaluate(async () => {
            let n = 0;
            for (const k of await caches.keys())
              if (k.startsWith('offline-copy-')) n += (await (await caches.open(k)).keys()).length;
            return n;
          }),
        );
        const last = counts.slice(-3);
        return last.length === 3 && last.every((n) => n === last[0]) ? last[0] : 0;
      },
      { timeout: 45_000, intervals: [500] },
    )
    .toBeGreaterThan(100);

  await context.setOffline(true);
  await page.goto('/faq/credit-record/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('钱包出问题会影响征信吗？');
  await page.goto('/search/?q=' + encodeURIComponent('收不到验证码'));
  // The answer is suggested first (the full-text list below then leaves it out), and the
  // full-text list still answers from the saved index.
  await expect(page.locator('[data-search-page] [role=option]').first()).toHaveAttribute(
    'data-id',
    'fixes/sms-code-not-arriving',
  );
  await expect(page.locator('[data-search-page] [data-list] > li > a').first()).toBeVisible();
  // A page that was never built gets the offline page, with the hotline.
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await expect(page.locator('main a[href="tel:95588"]')).toBeVisible();
  await context.setOffline(false);
});

test('on a 2 s / 250 kbit line, an article read opens offline within 10 s of the first visit; an unvisited one shows the offline page with the saved list', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // Everything through the slow line, the service worker's fetches included.
  const line = await slowLine(new URL(baseURL ?? ''));
  try {
    const article = '/fixes/payment-failed/';
    const started = Date.now();
    await page.goto(`${line.url}${article}`, { timeout: 60_000 });
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const loaded = Date.now();
    // The worker takes control and keeps the page being read, without waiting for the rest.
    await expect
      .poll(
        () =>
          page.evaluate(
            async (path) => Boolean(navigator.serviceWorker.controller && (await caches.match(path))),
            article,
          ),
        { timeout: 10_000, intervals: [250] },
      )
      .toBe(true);
    const kept = Date.now();
    expect(kept - loaded).toBeLessThan(10_000);
    // An article not saved yet (the background copy is still filling on this line).
    const articles = ['/faq/credit-record/', '/faq/other-payment-methods/', '/fixes/scammed-what-now/', '/causes/'];
    const saved = await page.evaluate(
      async (paths) => Promise.all(paths.map(async (p) => Boolean(await caches.match(`${p}index.html`)))),
      articles,
    );
    const unvisited = articles.find((_, i) => !saved[i]);
    expect(unvisited, 'every candidate article was already saved: pick others').toBeDefined();

    line.cut();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
    await expect(page.locator('[data-saved]')).toBeVisible();
    await page.goto(`${line.url}${unvisited}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
    const list = page.locator('[data-saved-list]');
    await expect(list.getByRole('heading')).toHaveText('手机上已保存、可以离线阅读的文章');
    await expect(list.locator(`a[href="${article}"]`)).toHaveText(title ?? '');
    console.log(
      `slow line: first visit loaded in ${loaded - started} ms; kept for offline ${kept - loaded} ms after load`,
    );
  } finally {
    await line.stop();
  }
});

test('on a 2G line the background fill of the offline copy does not run; the pages read are still kept; on a faster line it fills', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  // Chromium's network emulation sets navigator.connection (effectiveType 2g) for the page and
  // its service worker alike: the worker's own test of "the browser asks to save data".
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const line = (rtt: number, bytesPerSecond: number) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: rtt,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
  await line(1500, 40_000 / 8);
  const copy = () =>
    page.evaluate(async () => {
      let n = 0;
      for (const k of await caches.keys())
        if (k.startsWith('offline-copy-')) n += (await (await caches.open(k)).keys()).length;
      return n;
    });
  await page.goto('/', { timeout: 60_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  const sw = context.serviceWorkers()[0];
  expect(
    await sw?.evaluate(
      () => (navigator as Navigator & { connection?: { effectiveType?: string } }).connection?.effectiveType,
    ),
  ).toMatch(/2g/);
  // Every request through the worker would start the fill if it were allowed to.
  for (const path of ['/faq/credit-record/', '/fixes/payment-failed/']) {
    await page.goto(path, { timeout: 60_000 });
    // The page read is kept (the worker is at work), yet nothing of the offline copy is fetched.
    await expect.poll(() => page.evaluate((p) => caches.match(p).then(Boolean), path), { timeout: 20_000 }).toBe(true);
    expect(await copy()).toBe(0);
  }
  // Off the 2G line, the next request starts the fill: the check above could have failed.
  await line(0, -1);
  await page.goto('/faq/');
  await expect.poll(copy, { timeout: 30_000 }).toBeGreaterThan(0);
});

test("the offline copy is the reader's edition, whole: every Chinese page after a Chinese visit, the English ones added once the reader opens one", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pages = sitemapPaths();
  const english = pages.filter((p) => p.startsWith('/en/'));
  const chinese = pages.filter((p) => !p.startsWith('/en/'));
  expect(english.length).toBeGreaterThan(10);
  /** The pages in the offline copy, as paths. */
  const saved = () =>
    page.evaluate(async () => {
      const out: string[] = [];
      for (const k of await caches.keys())
        if (k.startsWith('offline-copy-'))
          for (const r of await (await caches.open(k)).keys())
            if (r.url.endsWith('.html')) out.push(new URL(r.url).pathname.replace(/index\.html$/, ''));
      return out;
    });
  const covers = async (wanted: string[]) => {
    const have = new Set([...(await saved()), '/']); // home is in the core, installed with the worker
    return wanted.filter((p) => !have.has(p));
  };
  await page.goto('/faq/credit-record/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Every Chinese page, none of the English ones (the build keeps each edition under budget).
  await expect.poll(() => covers(chinese), { timeout: 60_000 }).toEqual([]);
  expect((await saved()).filter((p) => p.startsWith('/en/'))).toEqual([]);
  // The reader opens an English page: the English edition is added, whole.
  await page.goto('/en/');
  await expect.poll(() => covers(english), { timeout: 60_000 }).toEqual([]);
  // With no network, an English article opens and English search answers from the saved index.
  await page.context().setOffline(true);
  await page.goto('/en/search/?q=' + encodeURIComponent('payment failed'));
  await expect(page.locator('[data-search-page] [role=option]').first()).toHaveAttribute(
    'data-id',
    'fixes/payment-failed',
  );
  await expect(page.locator('[data-search-page] [data-list] > li > a').first()).toHaveAttribute('href', /^\/en\//);
  await page.goto('/en/fixes/payment-failed/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-saved]')).toBeVisible();
  await page.context().setOffline(false);
});
