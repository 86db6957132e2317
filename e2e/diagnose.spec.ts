import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { allPaths, isQuestion } from '../src/lib/content/troubleshooter';
import type { Troubleshooter } from '../src/schemas/troubleshooter';

const tree = parse(readFileSync('content/troubleshooter.yaml', 'utf8')) as Troubleshooter;
test.use({ javaScriptEnabled: false });

test('every path from the start reaches its outcome by plain links, with JavaScript off', async ({ page, request }) => {
  test.setTimeout(120_000);
  const paths = allPaths(tree);
  expect(paths.length).toBeGreaterThan(10);
  const checked = new Set<string>();
  for (const path of paths) {
    await page.goto('/diagnose/');
    for (let i = 0; i < path.length - 1; i++) {
      const node = tree.nodes[path[i] ?? ''];
      if (!node || !isQuestion(node)) throw new Error(`not a question: ${path[i]}`);
      await expect(page.locator('main')).toContainText(`第 ${i + 1} 步`);
      const answer = node.answers.find((a) => a.next === path[i + 1]);
      await page.getByRole('link', { name: answer?.label ?? '', exact: true }).click();
    }
    const outcome = tree.nodes[path.at(-1) ?? ''];
    if (!outcome || isQuestion(outcome)) throw new Error('not an outcome');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcome.title);
    await expect(page.getByRole('link', { name: '重新开始' })).toHaveAttribute('href', '/diagnose/');
    // Each outcome links to the articles it names, and they exist.
    for (const ref of outcome.articles) {
      await expect(page.locator(`main a[href="/${ref}/"]`)).toBeVisible();
      if (!checked.has(ref)) {
        expect((await request.get(`/${ref}/`)).status(), ref).toBe(200);
        checked.add(ref);
      }
    }
    if (outcome.urgent) {
      // "Call 95588 now" comes before everything else in the main content.
      const first = page.locator('main section, main h1').first();
      await expect(first).toContainText('请先拨打 95588');
      await expect(page.locator('main a[href="tel:95588"]').first()).toBeVisible();
    }
  }
});

test('a reader who only knows "付款的时候提示失败" reaches the fix in four clicks from home', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /试试自助诊断/ }).click();
  await page.getByRole('link', { name: '付款、转账不成功' }).click();
  await page.getByRole('link', { name: '说不清，就是付不了' }).click();
  await page.locator('main a[href="/fixes/payment-failed/"]').click();
  await expect(page).toHaveURL(/\/fixes\/payment-failed\/$/);
});

test('the troubleshooter is offered where readers get stuck', async ({ page }) => {
  for (const path of ['/', '/fixes/', '/no-such-page/', '/search/']) {
    await page.goto(path);
    const link = page.locator('main a[href="/diagnose/"]');
    if (path === '/search/') await expect(link).toHaveCount(1); // inside the no-results help
    else await expect(link.first()).toBeVisible();
  }
});

test('only the start page of the troubleshooter is in the search index', async ({ page }) => {
  await page.goto('/diagnose/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
  await page.goto('/diagnose/payment/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
});
