import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyOfContent } from './helpers';
import { serveDir } from './serve-dir';

// A fixture site with three notices, built on a machine in New York: times without an offset
// must still be Beijing time. "soon" is 2030-06-01 20:00–22:00 Beijing = 12:00–14:00 UTC.
const day = 24 * 3600_000;
/** A moment as an editor in Beijing writes it, without an offset: 2026-12-05 20:00. */
const beijing = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const notice = (title: string, start: string, end: string) =>
  `---\ntitle: ${title}\nstart: ${start}\nend: ${end}\nseverity: warning\nsource: 测试用的公告来源\n---\n\n测试公告正文。\n`;
const SOON = '下个月的测试维护公告';
const NOW = '正在进行的测试公告';
const OLD = '已经结束的测试公告';

let site: { url: string; stop: () => Promise<void> };
let dist = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const content = copyOfContent();
  writeFileSync(join(content, 'notices', 'soon.md'), notice(SOON, '2030-06-01 20:00', '2030-06-01T22:00:00'));
  writeFileSync(
    join(content, 'notices', 'now.md'),
    notice(NOW, beijing(Date.now() - day), beijing(Date.now() + 30 * day)),
  );
  writeFileSync(
    join(content, 'notices', 'old.md'),
    notice(OLD, beijing(Date.now() - 10 * day), beijing(Date.now() - 9 * day)),
  );
  const build = buildSite(content, { env: { TZ: 'America/New_York' } });
  expect(build.status, build.output).toBe(0);
  dist = build.dist;
  site = await serveDir(dist);
});

test.afterAll(async () => {
  await site?.stop();
});

const banner = (page: Page, title: string) => page.getByRole('region', { name: `服务公告：${title}` });
/** Titles of the notices listed under one heading of /notices/. */
const listed = (page: Page, group: string) =>
  page.getByRole('region', { name: group }).getByRole('heading', { level: 3 }).allTextContents();

test.describe('with JavaScript, the reader’s clock decides', () => {
  test('before the window: not shown, listed as upcoming; a notice that ended since the build moves to past', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2030-06-01T11:59:00Z') }); // 19:59 in Beijing
    await page.goto(`${site.url}/`);
    await expect(banner(page, SOON)).toBeHidden();
    await expect(banner(page, NOW)).toBeHidden(); // current at build time, ended by 2030
    await page.goto(`${site.url}/notices/`);
    expect(await listed(page, '即将开始')).toEqual([SOON]);
    expect(await listed(page, '正在生效')).toEqual([]);
    await expect(page.getByText('本站目前没有转述中的公告。这不代表银行现在没有维护')).toBeVisible();
    await expect(page.getByRole('region', { name: '正在生效' }).locator('a[href="tel:95588"]')).toBeVisible();
    expect(await listed(page, '已经结束')).toEqual([NOW, OLD]);
  });

  test('during the window: shown on every page before the first paint, listed as current', async ({ page }) => {
    // What the first frame with the banner in it shows: recorded in an animation-frame callback
    // (they run just before a frame is painted), with the browser's own requestAnimationFrame,
    // taken before page.clock replaces it.
    await page.addInitScript((title) => {
      const w = window as unknown as { firstFrame: string };
      const raf = window.requestAnimationFrame.bind(window);
      // eslint-disable-next-line @typescript-eslint/unbound-method -- only its source text is read, it is never called
      w.firstFrame = /\[native code\]/.test(Function.prototype.toString.call(window.requestAnimationFrame))
        ? 'none yet'
        : 'rAF is not native';
      const frame = () => {
        const section = document.querySelector<HTMLElement>(`section[aria-label$="${title}"]`);
        if (section) w.firstFrame = section.hidden ? 'hidden' : 'shown';
        else raf(frame);
      };
      raf(frame);
    }, SOON);
    await page.clock.install({ time: new Date('2030-06-01T12:00:30Z') }); // 20:00:30 in Beijing
    for (const path of ['/', '/fixes/payment-failed/', '/search/']) {
      await page.goto(`${site.url}${path}`);
      await expect(banner(page, SOON), path).toBeVisible();
      await expect(banner(page, SOON).getByRole('link', { name: '查看详情' })).toHaveAttribute(
        'href',
        '/notices/#soon',
      );
      expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame), path).toBe('shown');
    }
    await page.goto(`${site.url}/notices/`);
    expect(await listed(page, '正在生效')).toEqual([SOON]);
    await expect(page.getByText('目前没有即将开始的公告。')).toBeVisible();
    // The window is shown in Beijing time, as written.
    await expect(page.locator('#soon')).toContainText('2030年6月1日 20:00 · 结束 2030年6月1日 22:00（北京时间）');
  });

  test('after the window: gone from the pages, listed as past', async ({ page }) => {
    await page.clock.install({ time: new Date('2030-06-01T14:00:00Z') }); // 22:00 in Beijing: the end is exclusive
    await page.goto(`${site.url}/`);
    await expect(banner(page, SOON)).toBeHidden();
    await page.goto(`${site.url}/notices/`);
    expect(await listed(page, '已经结束')).toEqual([SOON, NOW, OLD]);
  });

  test('an open page shows the banner at its start and drops it at its end, with no reload', async ({ page }) => {
    await page.clock.install({ time: new Date('2030-06-01T11:59:30Z') });
    await page.goto(`${site.url}/fixes/payment-failed/`);
    await expect(banner(page, SOON)).toBeHidden();
    await page.clock.runFor(60_000); // 20:00:30 Beijing
    await expect(banner(page, SOON)).toBeVisible();
    await page.clock.fastForward('02:00:00'); // 22:00:30 Beijing
    await expect(banner(page, SOON)).toBeHidden();
  });
});

test('without JavaScript the build-time state shows, and the feed lists the upcoming notice', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/fixes/payment-failed/`);
  await expect(banner(page, NOW)).toBeVisible();
  await expect(banner(page, SOON)).toBeHidden();
  await expect(banner(page, OLD)).toHaveCount(0);
  await page.goto(`${site.url}/notices/`);
  expect(await listed(page, '正在生效')).toEqual([NOW]);
  expect(await listed(page, '即将开始')).toEqual([SOON]);
  expect(await listed(page, '已经结束')).toEqual([OLD]);
  await context.close();
  const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
  for (const title of [SOON, NOW, OLD]) expect(feed).toContain(title);
  expect(feed).toContain('开始 2030年6月1日 20:00 · 结束 2030年6月1日 22:00（北京时间）');
});

test('an end that is not after the start fails the build, naming the file and the field', () => {
  test.setTimeout(120_000);
  const content = copyOfContent();
  writeFileSync(
    join(content, 'notices', 'backwards.md'),
    notice('结束早于开始的测试公告', '2030-06-01 20:00', '2030-06-01T19:00:00'),
  );
  const { status, output } = buildSite(content);
  expect(status).not.toBe(0);
  expect(output).toContain('notices/backwards.md');
  expect(output).toContain('end: end（结束时间）2030-06-01 19:00 不晚于 start（开始时间）2030-06-01 20:00（北京时间）');
});
