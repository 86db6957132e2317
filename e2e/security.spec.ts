import { expect, test, type Page } from '@playwright/test';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve-dir';
import { articlePaths, buildSite, copyOfContent, sitemapPaths } from './helpers';

test('the test server (nginx) really sends those headers', async ({ request }) => {
  const r = await request.get('/faq/');
  expect(r.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(r.headers()['x-content-type-options']).toBe('nosniff');
});

/** Collects CSP violations and requests to other origins while `run` uses the page. */
async function watch(page: Page, run: () => Promise<void>): Promise<{ violations: string[]; foreign: string[] }> {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(u.hostname) && u.protocol !== 'data:') foreign.push(r.url());
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await run();
  return { violations, foreign };
}

test('every page runs under the CSP without a single violation and loads nothing from elsewhere', async ({ page }) => {
  test.setTimeout(240_000); // both editions
  const { violations, foreign } = await watch(page, async () => {
    for (const path of [...sitemapPaths(), '/404/', '/offline/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // While searching: the dialog and the search page (WebAssembly, index, fragments).
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('combobox').fill('账户冻结');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('找到');
    await page.goto('/search/?q=' + encodeURIComponent('收不到验证码'));
    await expect(page.locator('[data-search-page] [role="status"]')).toHaveAttribute('data-done', '收不到验证码');
    await page.getByLabel('只看栏目').selectOption('解决步骤');
    await page.waitForLoadState('networkidle');
    // And in the troubleshooter.
    await page.goto('/diagnose/');
    await page.getByRole('link', { name: '钱少了，或有不认识的交易' }).click();
  });
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('injected text in a title, a description and keywords stays text, in the page and in search', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const content = copyOfContent();
  cpSync('e2e/fixtures/xss/xss-test.mdx', join(content, 'fixes', 'xss-test.mdx'));
  const { status, output, dist } = buildSite(content);
  expect(status, output).toBe(0);
  const server = await serveDir(dist);
  const page = await browser.newPage({ baseURL: server.url });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  try {
    await page.goto('/fixes/xss-test/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<svg onload=alert(1)>付款测试');
    await expect(page.locator('main img, main svg[onload]')).toHaveCount(0);
    expect(
      await page
        .locator('script:not([src])')
        .evaluateAll(
          (s) =>
            s.filter((x) => x.textContent?.includes('alert(2)') && x.getAttribute('type') !== 'application/ld+json')
              .length,
        ),
    ).toBe(0);
    await page.goto('/search/?q=' + encodeURIComponent('付款测试'));
    // The article is suggested above the full-text list (which then leaves it out): as text.
    const hit = page
      .locator('[data-search-page] [role=option], [data-search-page] [data-list] > li > a')
      .filter({ hasText: '付款测试' })
      .first();
    await expect(hit).toContainText('<svg onload=alert(1)>付款测试');
    await expect(page.locator('main svg[onload]')).toHaveCount(0);
    await expect(page.locator('main [data-list] img')).toHaveCount(0);
    await page.goto('/fixes/');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  } finally {
    await page.close();
    await server.stop();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every article is reachable by links from home', async ({ page }) => {
    // Both editions: the English pages are one level deeper (/en/<section>/<slug>/).
    test.setTimeout(180_000);
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const path = queue.shift() as string;
      await page.goto(path);
      const links = await page
        .locator('a[href^="/"]')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const l of links) {
        if (!seen.has(l) && l.split('/').length <= (l.startsWith('/en/') ? 5 : 4) && !l.includes('.')) {
          seen.add(l);
          queue.push(l);
        }
      }
    }
    for (const a of articlePaths()) expect(seen, a).toContain(a);
  });

  test('pages still read: content visible, no dead theme button', async ({ page }) => {
    await page.goto('/fixes/payment-failed/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.prose p').first()).toBeVisible();
    await expect(page.getByRole('button', { name: '深色模式' })).toBeHidden();
  });
});

test('with /pagefind/ blocked, search says so without waiting out a timeout, keeps the suggestions and offers the article list', async ({
  page,
}) => {
  await page.route('**/pagefind/**', (r) => r.abort());
  await page.goto('/search/?q=' + encodeURIComponent('付款失败'));
  // A refused request is known at once; the expectation's own limit is only a backstop for a
  // loaded machine (the give-up time on a hanging line is tested with a fake clock).
  await expect(page.locator('[data-search-page] [role="status"]')).toHaveText(/^全文搜索暂时用不了/, { timeout: 8000 });
  await expect(page.locator('[data-search-page] [role="option"]').first()).toContainText('付款失败');
  await expect(page.getByRole('heading', { name: '全部文章' })).toBeVisible();
  // The dialog says the same.
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('combobox').fill('付款');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^全文搜索暂时用不了/, { timeout: 8000 });
});
