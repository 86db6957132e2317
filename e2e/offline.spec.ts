import { expect, test } from '@playwright/test';

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
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          (
            await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length))
          ).reduce((a, b) => a + b, 0),
        ),
      { timeout: 30_000 },
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
