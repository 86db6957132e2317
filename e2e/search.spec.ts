import { expect, test, type Page } from '@playwright/test';
import { searchQueries } from './search-queries';

const topLinks = (page: Page) => page.locator('[data-search-page] [data-list] > li > a');

async function searchOnPage(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: '输入你遇到的问题' });
  await input.fill(query);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query.trim());
  const status = page.locator('[data-search-page] [role="status"]');
  await expect(status).not.toHaveText('正在搜索…');
  await expect(status).not.toHaveText('');
  return (await topLinks(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).map((p) =>
    p.replace(/^\/|\/$/g, ''),
  );
}

test('the home search form opens the search page with results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('付款失败');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search-page] [role="status"]')).toContainText('找到');
  await expect(topLinks(page).first()).toHaveAttribute('href', /\/fixes\/payment-failed\//);
});

test('a deep link runs the query on load, with highlighted excerpts and no keyword lists', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('账号被冻结'));
  await expect(topLinks(page).first()).toHaveAttribute('href', '/fixes/account-restricted/');
  await expect(page.locator('[data-search-page] mark').first()).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '输入你遇到的问题' })).toHaveValue('账号被冻结');
  // Frontmatter keywords are indexed but never shown as an excerpt or a sub-result.
  await expect(page.locator('[data-search-page] a[href*="#search-keywords"]')).toHaveCount(0);
});

test('the section filter narrows results and is kept in the URL', async ({ page }) => {
  const status = page.locator('[data-search-page] [role="status"]');
  // The count is announced after the last result is drawn; wait for it, then count.
  const settled = async () => {
    await expect(status).toHaveText(/找到 \d+ 篇/);
    const n = Number(/找到 (\d+) 篇/.exec((await status.textContent()) ?? '')?.[1]);
    await expect(topLinks(page)).toHaveCount(n);
    return n;
  };
  await page.goto('/search/?q=' + encodeURIComponent('密码'));
  const before = await settled();
  await page.getByLabel('只看栏目').selectOption('预防措施');
  await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBe('预防措施');
  await expect(topLinks(page).first()).toHaveAttribute('href', /^\/prevention\//);
  const after = await settled();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  const hrefs = await topLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^\/prevention\//);
});

test('a query with no match says so and offers the sections', async ({ page }) => {
  await page.goto('/search/?q=zzzqqq');
  await expect(page.locator('[data-search-page] [role="status"]')).toContainText('没有找到与“zzzqqq”相关的文章');
  const help = page.locator('[data-empty]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: '解决步骤' })).toBeVisible();
});

test('a Traditional-Chinese query finds the Simplified article', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('帳號被凍結怎麼辦'));
  await expect(topLinks(page).first()).toHaveAttribute('href', '/fixes/account-restricted/');
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
  await expect(page.getByRole('searchbox', { name: '输入你遇到的问题' })).toHaveValue(payload);
  await expect(page.locator('[data-search-page] [role="status"]')).not.toHaveText(/^$|正在搜索/);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script:not([type="module"])')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('no search JavaScript loads until the reader asks for search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/fixes/payment-failed/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p === '/search-ui.js')).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: '搜索帮助文章' })).toBeVisible();
  await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
});

test('the search dialog works from the keyboard alone', async ({ page }) => {
  await page.goto('/causes/');
  const opener = page.getByRole('link', { name: '搜索' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '搜索帮助文章' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('付不了款');
  const status = dialog.getByRole('status');
  await expect(status).toContainText(/找到 \d+ 篇/);
  const links = dialog.locator('[data-list] > li > a');
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await expect(links.first()).toBeVisible();
  const href = await links.first().getAttribute('href');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test(`colloquial queries find the right article in the top 3 (${searchQueries.length} queries)`, async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const misses: string[] = [];
  const empty: string[] = [];
  for (const [query, expected] of searchQueries) {
    const top = (await searchOnPage(page, query)).slice(0, 3);
    if (top.length === 0) empty.push(query);
    if (!top.some((id) => expected.includes(id))) misses.push(`${query} → ${top.join(', ') || '（无结果）'}`);
  }
  const recall = (searchQueries.length - misses.length) / searchQueries.length;
  console.log(`recall@3 = ${(recall * 100).toFixed(1)}% (${searchQueries.length - misses.length}/${searchQueries.length})`);
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
  expect(searchQueries.length).toBeGreaterThanOrEqual(60);
  expect(empty).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(0.95);
});
