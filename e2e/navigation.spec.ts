import { expect, test } from '@playwright/test';
import { articlePaths, sitemapPaths } from './helpers';

test('home → section → article → breadcrumb back to the section', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('link', { name: /解决步骤/ })
    .last()
    .click();
  await expect(page).toHaveURL(/\/fixes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('解决步骤');
  const first = page.locator('main ul a').first();
  const title = (await first.locator('h2').textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/fixes\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '解决步骤' }).click();
  await expect(page).toHaveURL(/\/fixes\/$/);
});

test('previous and next stay within the section and agree with each other', async ({ page }) => {
  await page.goto('/fixes/');
  const first = await page.locator('main ul a').first().getAttribute('href');
  const second = await page.locator('main ul a').nth(1).getAttribute('href');
  await page.goto(first ?? '/');
  const nav = page.getByRole('navigation', { name: '同栏目的其他文章' });
  await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
  await nav.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${second}$`));
  await page.getByRole('navigation', { name: '同栏目的其他文章' }).locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${first}$`));
});

test('a related link opens the related article', async ({ page }) => {
  await page.goto('/fixes/payment-failed/');
  const related = page.getByRole('region', { name: '相关文章' });
  const link = related.getByRole('link').first();
  const heading = (await link.locator('h3').textContent())?.trim() ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
});

test('an unknown URL answers 404 with the helpful page', async ({ page }) => {
  const response = await page.goto('/fixes/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('every fix article opens with its first step and ends with one 还没解决 route; fraud pages start it with 110', async ({
  page,
}) => {
  const fixes = articlePaths().filter((p) => p.startsWith('/fixes/'));
  expect(fixes.length).toBeGreaterThanOrEqual(12);
  for (const path of fixes) {
    await page.goto(path);
    // Nothing between the title block and the box: it is the first thing of the article body.
    const first = page.locator('article .prose > *').first();
    await expect(first, path).toHaveAttribute('role', 'note');
    await expect(first, path).toContainText('先做这一步');
    const route = page.getByRole('region', { name: '还没解决？' });
    await expect(route, path).toHaveCount(1);
    const firstAction = await route.locator('ol a').first().getAttribute('href');
    // Fraud pages (fraud: true): money gone after a scam, or after a code, a screen share or an
    // app a caller had installed, goes to the police first.
    const fraud = ['/fixes/scammed-what-now/', '/fixes/suspected-theft/'];
    expect(firstAction, path).toBe(fraud.includes(path) ? 'tel:110' : '/diagnose/');
    await expect(route.locator('ol a[href="tel:95588"]'), path).toHaveCount(1);
  }
  // A fraud page in another section ends with the same route, 110 first.
  await page.goto('/prevention/safe-account-scam/');
  await expect(page.getByRole('region', { name: '还没解决？' }).locator('ol a').first()).toHaveAttribute(
    'href',
    'tel:110',
  );
});

test('every article has breadcrumbs, a date, the contact block and the hotline', async ({ page }) => {
  for (const path of articlePaths().slice(0, 8)) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: '当前位置' })).toBeVisible();
    await expect(page.locator('article time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole('region', { name: '还没解决？' }).locator('a[href="tel:95588"]')).toBeVisible();
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the section bar shows every section, 投诉与反馈 included, and the header controls share one row', async ({
    page,
  }) => {
    await page.goto('/fixes/payment-failed/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    const links = nav.getByRole('link');
    await expect(links).toHaveCount(5);
    for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
    await expect(nav.getByRole('link', { name: '投诉与反馈' })).toBeInViewport({ ratio: 1 });
    const tops = await page
      .locator('header > div > *:not([hidden])')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, `control tops ${tops.join(', ')}`).toBe(1);
  });
  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(30_000 + sitemapPaths().length * 1500);
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('the dark theme toggle persists across pages and reloads without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: '深色模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  await page.goto('/faq/');
  // The theme is applied by the head script, before any module script runs.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBg);
  await page.reload();
  await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '深色模式' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the site follows a dark system setting without any stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(18, 20, 23)');
});

test('home shows search, the sections, the top tasks and the urgent strip', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.getByRole('region', { name: '按主题浏览' }).getByRole('link')).toHaveCount(5);
  await expect(page.getByRole('region', { name: '大家最常遇到的问题' }).getByRole('link')).not.toHaveCount(0);
  const urgent = page.getByRole('region', { name: /怀疑账户被盗/ });
  await expect(urgent.getByRole('link', { name: /95588/ })).toHaveAttribute('href', 'tel:95588');
  // A reader who already paid a scammer is sent to the fraud-loss article from the same box.
  await expect(urgent).toContainText('先拨打 110 报警');
  await expect(urgent.getByRole('link', { name: '110', exact: true })).toHaveAttribute('href', 'tel:110');
  await urgent.getByRole('link', { name: '被骗了怎么办' }).click();
  await expect(page).toHaveURL(/\/fixes\/scammed-what-now\/$/);
  await expect(page.locator('[role="note"]').first()).toContainText('先做这一步');
});
