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
    await expect(page.getByRole('link', { name: /返回上一步/ })).toHaveCount(0);
    for (let i = 0; i < path.length - 1; i++) {
      const node = tree.nodes[path[i] ?? ''];
      if (!node || !isQuestion(node)) throw new Error(`not a question: ${path[i]}`);
      await expect(page.locator('main')).toContainText(`第 ${i + 1} 步`);
      const answer = node.answers.find((a) => a.next === path[i + 1]);
      const from = new URL(page.url()).pathname;
      await page.getByRole('link', { name: answer?.label ?? '', exact: true }).click();
      // Every later step offers the way back to exactly the step the reader came from.
      await expect(page.getByRole('link', { name: /返回上一步/ })).toHaveAttribute('href', from);
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
      // "Call now" comes before everything else in the main content: 110 for fraud, else 95588.
      const number = outcome.call === 'police-110' ? '110' : '95588';
      const first = page.locator('main section, main h1').first();
      if (outcome.first) {
        // A step before the call whose number the site does not print (the carrier's line) comes first.
        await expect(first.locator('li').first()).toHaveText(outcome.first);
        await expect(first.locator('li').nth(1)).toContainText(`再拨打 ${number}`);
      } else {
        await expect(first).toContainText(`请先拨打 ${number}`);
      }
      await expect(page.locator(`main a[href="tel:${number}"]`).first()).toBeVisible();
    }
  }
});

test('the urgent cases are on the first step, each one tap from its answer', async ({ page }) => {
  const cases = [
    ['有人来电或发短信要验证码、让转账', '先挂断', '/faq/is-it-genuine/'],
    ['已经把钱转给了对方', '先报警', '/fixes/scammed-what-now/'],
    ['手机丢了', '先停手机卡', '/fixes/lost-phone/'],
  ] as const;
  for (const [label, title, article] of cases) {
    await page.goto('/diagnose/');
    await page.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await page.locator(`main a[href="${article}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${article}$`));
  }
});

test('返回上一步 goes back the way the reader came, even to a step several questions lead to', async ({ page }) => {
  for (const [via, label] of [
    ['付款、转账不成功', '手机网络不好，一直转圈'],
    ['App 打不开、登录不上', '打开了但一直加载、转圈'],
  ] as const) {
    await page.goto('/diagnose/');
    await page.getByRole('link', { name: via, exact: true }).click();
    const question = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('很可能是网络的问题');
    await page.getByRole('link', { name: /返回上一步/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question ?? '');
    await page.getByRole('link', { name: /返回上一步/ }).click();
    await expect(page).toHaveURL(/\/diagnose\/$/);
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
    if (path === '/search/')
      await expect(link).toHaveCount(1); // inside the no-results help
    else await expect(link.first()).toBeVisible();
  }
});

test('only the start page of the troubleshooter is in the search index', async ({ page }) => {
  await page.goto('/diagnose/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
  await page.goto('/diagnose/payment/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
});
