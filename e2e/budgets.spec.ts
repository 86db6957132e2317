import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import {
  firstSearchBudget,
  headScriptBudget,
  homeBudget,
  instantFileBudget,
  pageBudget,
} from '../src/lib/build/budgets';
import { sitemapPaths } from './helpers';

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

/** Loads a page and returns the gzip bytes of its HTML and CSS, and every script it ran. */
async function measure(page: Page, path: string) {
  const bodies: { type: string; bytes: number }[] = [];
  const scripts: string[] = [];
  const onResponse = async (r: import('@playwright/test').Response) => {
    const type = r.request().resourceType();
    if (type === 'document' || type === 'stylesheet') bodies.push({ type, bytes: gzipSync(await r.body()).length });
    if (type === 'script') scripts.push(r.url());
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((s) => s.map((x) => x.textContent ?? ''));
  return { htmlCss: bodies.reduce((n, b) => n + b.bytes, 0), scripts, inline: inline.map((s) => gzipSync(s).length) };
}

test('article, section and other pages stay within their byte budgets, with no script before interaction', async ({
  page,
}) => {
  test.setTimeout(240_000); // both editions
  const over: string[] = [];
  for (const path of sitemapPaths()) {
    const { htmlCss, scripts, inline } = await measure(page, path);
    const budget = path === '/' || path === '/en/' ? homeBudget : pageBudget;
    if (htmlCss > budget) over.push(`${path}: HTML + CSS ${kb(htmlCss)} > ${kb(budget)}`);
    // The search page runs the query in its URL on load; every other page runs no script file.
    if (path !== '/search/' && path !== '/en/search/' && scripts.length)
      over.push(`${path}: loads scripts before interaction: ${scripts.join(', ')}`);
    if (inline.length !== 1 || (inline[0] ?? 0) > headScriptBudget) {
      over.push(`${path}: inline scripts ${inline.join(' + ')} bytes gzip (one, ≤ ${headScriptBudget})`);
    }
  }
  expect(over).toEqual([]);
});

test('the first search downloads no more than its budget', async ({ page }) => {
  await page.goto('/fixes/payment-failed/');
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  let instantBytes = 0;
  const sizes: Promise<void>[] = [];
  page.on('requestfinished', (r) =>
    sizes.push(
      r.sizes().then((s) => {
        bytes += s.responseBodySize;
        if (new URL(r.url()).pathname === '/search-instant.js') instantBytes = s.responseBodySize;
      }),
    ),
  );
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('combobox').fill('付款失败');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('找到');
  await page.waitForLoadState('networkidle');
  await Promise.all(sizes);
  console.log(
    `first search: ${kb(bytes)} (budget ${kb(firstSearchBudget)}), of which the instant file ${kb(instantBytes)} (budget ${kb(instantFileBudget)})`,
  );
  expect(instantBytes).toBeGreaterThan(5 * 1024); // the suggestions' file really came
  expect(instantBytes, `instant file ${kb(instantBytes)}`).toBeLessThanOrEqual(instantFileBudget);
  expect(bytes).toBeGreaterThan(50 * 1024); // it really loaded the engine and the index
  expect(bytes, `first search loaded ${kb(bytes)}`).toBeLessThanOrEqual(firstSearchBudget);
});
