// A query written for the other edition still helps (the issue: "a Chinese query on an English
// page, or the reverse"): the English search offers the Chinese edition's search for a query in
// Chinese, in Chinese, at the top; the Chinese search offers the English edition's for an
// English-only query it has only weak matches for, in English. The link carries the query
// encoded, and the other edition's search page runs it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zhCN } from '../src/lib/i18n/zh-CN';
import { settled } from './search-helpers';

/** The query a link's `?q=` carries, and its path. */
async function target(link: Locator): Promise<{ path: string; q: string | null; raw: string }> {
  const raw = (await link.getAttribute('href')) ?? '';
  const url = new URL(raw, 'http://site.invalid');
  return { path: url.pathname, q: url.searchParams.get('q'), raw };
}

async function openDialog(page: Page, path: string, name: string, title: string) {
  await page.goto(path);
  await page.getByRole('link', { name }).first().click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a Chinese query in the English dialog: the Chinese edition’s search offered first, in Chinese, and it runs there', async ({
  page,
}) => {
  const q = '钱包被冻结了&怎么办?';
  const dialog = await openDialog(page, '/en/causes/', en['search.title'], en['search.dialogTitle']);
  await dialog.getByRole('combobox').fill(q);
  await settled(page, q, '#search-dialog');
  const offer = dialog.locator('[data-edition-offer]');
  const link = offer.getByRole('link');
  await expect(link).toHaveText(zhCN['search.editionOffer'].replace('{query}', q));
  await expect(link).toHaveAttribute('lang', 'zh-CN');
  await expect(offer).toHaveAttribute('aria-live', 'polite');
  // Encoded: & and ? stay part of the query, the Chinese characters are percent-encoded.
  const { path, q: carried, raw } = await target(link);
  expect(path).toBe('/search/');
  expect(carried).toBe(q);
  expect(raw).not.toMatch(/[\u4e00-\u9fff]/);
  expect(raw).toContain('%26');
  expect(raw.split('?')).toHaveLength(2);
  // At the top: above whatever the English edition still finds.
  const first = dialog.getByRole('listbox').getByRole('option').first();
  if (await first.isVisible()) {
    const [a, b] = [await offer.boundingBox(), await first.boundingBox()];
    expect(a && b && a.y + a.height <= b.y).toBe(true);
  }
  await link.click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await settled(page, q);
  await expect(page.locator('[data-search-page] [role="status"]')).toHaveAttribute('data-done', q);
  await expect(page.locator('[data-search-page]').getByRole('listbox').getByRole('option').first()).toHaveAttribute(
    'data-id',
    /account-restricted|frozen/,
  );
});

test('the offer is text: markup in the query is shown as characters, never run', async ({ page }) => {
  const q = '<b>客服让我把验证码念给他</b>';
  await page.goto('/en/search/?q=' + encodeURIComponent(q));
  await settled(page, q);
  const offer = page.locator('[data-search-page] [data-edition-offer]');
  await expect(offer.getByRole('link')).toContainText(q);
  await expect(offer.locator('b')).toHaveCount(0);
});

test('an English-only query with weak matches on the Chinese search page: the English edition offered, and it runs there', async ({
  page,
}) => {
  const q = 'how do I exchange leftover money at the airport';
  await page.goto('/search/?q=' + encodeURIComponent(q));
  await settled(page, q);
  const link = page.locator('[data-search-page] [data-edition-offer]').getByRole('link');
  await expect(link).toHaveText(en['search.editionOffer'].replace('{query}', q));
  await expect(link).toHaveAttribute('lang', 'en');
  const { path, q: carried, raw } = await target(link);
  expect(path).toBe('/en/search/');
  expect(carried).toBe(q);
  expect(raw).not.toContain(' ');
  await link.click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await settled(page, q);
});

test('no offer for a query in the page’s own language', async ({ page }) => {
  for (const [path, q] of [
    ['/search/', '付款失败'],
    ['/en/search/', 'payment failed'],
  ] as const) {
    await page.goto(`${path}?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    await expect(page.locator('[data-search-page] [data-edition-offer]')).toBeEmpty();
  }
});
