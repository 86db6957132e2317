import { expect, test, type Route } from '@playwright/test';
import { settled } from './search-helpers';

// A tab opened before a deploy asks for search files the new deploy no longer has: Pagefind's
// files named by the old index, or the old version's instant file. The server answers 404, and
// search says the site was updated and offers the reload that mends it, not "not working".

/** Answers 404 for the matched requests until `gone.now` is false, then lets them through. */
function goneUntilDeployed(gone: { now: boolean }) {
  return (route: Route) => (gone.now ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue());
}

test('Pagefind index files gone (404): the search page says the site was updated, and its button reloads into working search', async ({
  page,
}) => {
  const gone = { now: true };
  // As after a deploy under nginx: the index chunks and fragments named by the old index are gone.
  await page.route(/\/pagefind\/(?:index|fragment)\//, goneUntilDeployed(gone));
  await page.goto('/search/?q=' + encodeURIComponent('付款失败'));
  await settled(page, '付款失败');
  const status = page.locator('[data-search-page] [role="status"]');
  await expect(status).toHaveText('网站已更新，请刷新页面。');
  await expect(status).not.toContainText('暂时用不了');
  // The suggestions stay; the reload is offered where the full-text results would be.
  await expect(page.locator('[data-search-page] [role="option"]').first()).toBeVisible();
  const reload = page.locator('[data-search-page]').getByRole('button', { name: '刷新页面' });
  await expect(reload).toBeInViewport();
  gone.now = false;
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await settled(page, '付款失败');
  await expect(status).toContainText(/找到 \d+ 篇/);
  await expect(page.locator('[data-search-page] [data-list] > li > a').first()).toBeVisible();
});

test('the instant file of the old version gone (404): the header search says the site was updated', async ({
  page,
}) => {
  await page.route(/\/search-instant\.js/, goneUntilDeployed({ now: true }));
  await page.route(/\/pagefind\//, goneUntilDeployed({ now: true }));
  await page.goto('/fixes/payment-failed/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '搜索帮助文章' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('冻结');
  await settled(page, '冻结', '#search-dialog');
  await expect(dialog.getByRole('status')).toHaveText('网站已更新，请刷新页面。');
  await expect(dialog.getByRole('button', { name: '刷新页面' })).toBeVisible();
});

test('a network failure is not taken for a deploy: it still says search is not working', async ({ page }) => {
  // Nothing answers (no 404 anywhere): the versioned files are not known to be gone.
  const abort = (r: Route) => r.abort();
  await page.route(/\/pagefind\//, abort);
  await page.goto('/search/?q=' + encodeURIComponent('付款失败'));
  await settled(page, '付款失败');
  const status = page.locator('[data-search-page] [role="status"]');
  await expect(status).toContainText('全文搜索暂时用不了');
  await expect(page.getByRole('button', { name: '刷新页面' })).toHaveCount(0);
});
