import { expect, test } from '@playwright/test';

test('the home search form opens the search page with results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('付款失败');
  await page.getByRole('button', { name: '搜索' }).last().click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByRole('status')).toContainText('找到');
  await expect(page.locator('[data-list] a').first()).toHaveAttribute('href', /\/fixes\/payment-failed\//);
});

test('a query with no match says so and offers the sections', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('zzzqqq'));
  await expect(page.getByRole('status')).toContainText('没有找到与“zzzqqq”相关的文章');
  await expect(page.locator('[data-empty]')).toBeVisible();
});

test('without JavaScript the search page lists every article', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('heading', { name: '全部文章' })).toBeVisible();
  expect(await page.locator('#all-articles li a').count()).toBeGreaterThanOrEqual(30);
  await context.close();
});

test('an XSS payload in ?q= stays text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto('/search/?q=' + encodeURIComponent(payload));
  await expect(page.getByRole('status')).not.toHaveText('');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script:not([type="module"])')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
