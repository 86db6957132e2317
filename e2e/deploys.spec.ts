import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, copyOfContent } from './helpers';
import { serveDir } from './serve-dir';

test.use({ serviceWorkers: 'allow' });

const ARTICLE = '/faq/credit-record/';
const TITLE_A = '钱包出问题会影响征信吗？';
const TITLE_B = '钱包出问题会影响征信吗？（新版）';
// A word no other page has, added to the article in deploy B: found only in B's index.
const WORD_B = '猕猴桃';
const NOTICE_B = '第二次部署新增的测试公告';

/**
 * Waits until the page is controlled by the service worker of its own deploy: this deploy's
 * search UI is precached (only its worker's install writes that URL), nothing is installing or
 * waiting any more, and the active worker controls the page.
 */
async function workerOfThisDeploy(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          const precached = Boolean(await caches.match(document.documentElement.dataset['searchSrc'] ?? '-'));
          const settled = reg && !reg.installing && !reg.waiting && reg.active?.state === 'activated';
          return Boolean(precached && settled && navigator.serviceWorker.controller === reg.active);
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

test('after a deploy, the first load online is the new version; offline, the saved versions say so, search works, ended notices go', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const a = copyOfContent();
  const b = copyOfContent();
  const file = join(b, 'faq', 'credit-record.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(`title: ${TITLE_A}`, `title: ${TITLE_B}`)
      .replace(/\n---\n/, `\n---\n\n这一段只在第二次部署里：${WORD_B}。\n`),
  );
  const beijing = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  writeFileSync(
    join(b, 'notices', 'second.md'),
    `---\ntitle: ${NOTICE_B}\nstart: ${beijing(Date.now() - 3600_000)}\nend: ${beijing(Date.now() + 7 * 24 * 3600_000)}\nsource: 测试用的公告来源\n---\n\n测试公告正文。\n`,
  );
  const root = join(mkdtempSync(join(tmpdir(), 'deploys-')), 'site');
  const buildA = buildSite(a, { dist: root });
  expect(buildA.status, buildA.output).toBe(0);
  const buildB = buildSite(b);
  expect(buildB.status, buildB.output).toBe(0);

  const site = await serveDir(root);
  try {
    // Deploy A: visit, let the service worker install and precache everything.
    await page.goto(`${site.url}${ARTICLE}`);
    await workerOfThisDeploy(page);
    await page.goto(`${site.url}/`);
    await page.goto(`${site.url}${ARTICLE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_A);

    // Deploy B replaces the folder the server reads.
    renameSync(root, `${root}-a`);
    renameSync(buildB.dist, root);

    // Online, the first load is B's page, though A's worker still controls the page.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_B);
    await expect(page.locator('[data-saved]')).toHaveCount(0);
    await page.goto(`${site.url}/`);
    await expect(page.getByRole('region', { name: `服务公告：${NOTICE_B}` })).toBeVisible();
    await workerOfThisDeploy(page);
    await page.goto(`${site.url}${ARTICLE}`);

    // Offline: the saved versions (B), each marked as saved with its date.
    await context.setOffline(true);
    const saved = page.locator('[data-saved]');
    await page.goto(`${site.url}${ARTICLE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_B);
    await expect(saved).toHaveText(
      /^离线阅读：这是 \d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2} 保存的版本，可能不是最新。$/,
    );
    await page.goto(`${site.url}/`);
    await expect(page.getByRole('region', { name: `服务公告：${NOTICE_B}` })).toBeVisible();
    await expect(saved).toBeVisible();
    // Never visited in B: from B's precache.
    await page.goto(`${site.url}/fixes/payment-failed/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('付款失败、扫码付不了怎么办');
    await expect(saved).toBeVisible();
    // Search runs on B's index: the word exists only there, under B's title.
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(WORD_B)}`);
    const first = page.locator('[data-search-page] [data-list] > li > a').first();
    await expect(first).toHaveAttribute('href', ARTICLE);
    await expect(first).toContainText(TITLE_B);
    // Still offline a week later: the saved home page no longer shows the notice that has ended.
    await page.clock.install({ time: Date.now() + 8 * 24 * 3600_000 });
    await page.goto(`${site.url}/`);
    await expect(saved).toBeVisible();
    await expect(page.getByRole('region', { name: `服务公告：${NOTICE_B}` })).toBeHidden();
  } finally {
    await context.setOffline(false);
    await site.stop();
  }
});
