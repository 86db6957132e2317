import { expect, test, type Page, type Route } from '@playwright/test';
import { pageBox, settled, shownIds } from './search-helpers';
import { giveUpMs, queryMaxChars } from '../src/search/shared';

// Faults on the wire, injected into the real built site: a Pagefind file that arrives damaged or
// cut off, a file that never answers, a query far too long. Search must say what is true: "not
// working right now" (never "no articles match"), within the same few seconds, and it must keep
// the page answering.

const notWorking = /^全文搜索暂时用不了/;
const gaveUp = new RegExp(`^全文搜索暂时用不了：等了 ${giveUpMs / 1000} 秒`);
const query = '付款失败';
const pageStatus = (page: Page) => page.locator('[data-search-page] [role="status"]');
const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索帮助文章' });

/** A response as a damaged line or a captive portal delivers it, in place of Pagefind's file. */
type Damage = (route: Route) => Promise<void>;
const damages: Record<string, Damage> = {
  'an HTML page with status 200': (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html><head><title>登录 Wi-Fi</title></head><body>请先登录</body></html>',
    }),
  'garbage bytes': (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
    }),
  'an empty body': (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: '' }),
  'a body cut in the middle': async (route) => {
    const whole = await (await route.fetch()).body();
    await route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: whole.subarray(0, Math.floor(whole.length / 2)),
    });
  },
};

/** Routes Pagefind's files matching `files` through `damage`; returns how many were hit. */
async function damage(page: Page, files: RegExp, how: Damage): Promise<() => number> {
  let hits = 0;
  await page.route(files, async (route) => {
    hits++;
    await how(route);
  });
  return () => hits;
}

const indexChunks = /\/pagefind\/index\/[^/]+\.pf_index$/;

for (const [name, how] of Object.entries(damages)) {
  test(`an index chunk that arrives as ${name} says "not working" on the search page and in the dialog`, async ({
    page,
  }) => {
    const hits = await damage(page, indexChunks, how);
    await page.goto('/search/?q=' + encodeURIComponent(query));
    await settled(page, query);
    await expect(pageStatus(page)).toHaveText(notWorking);
    await expect(pageStatus(page)).not.toContainText('没有找到');
    await expect(page.locator('[data-empty]')).toBeHidden();
    // The instant suggestions (a file of their own) stay.
    expect((await shownIds(page))[0]).toBe('fixes/payment-failed');
    expect(hits()).toBeGreaterThan(0);

    await page.goto('/');
    await page.keyboard.press('Control+k');
    await dialog(page).getByRole('combobox').fill(query);
    await settled(page, query, '#search-dialog');
    await expect(dialog(page).getByRole('status')).toHaveText(notWorking);
    await expect(dialog(page).getByRole('listbox').getByRole('option').first()).toContainText('付款失败');
  });
}

test('a connection that drops in the middle of an index chunk says "not working"', async ({ page }) => {
  // The headers promise the whole file; the body stops halfway and the connection closes.
  const hits = await damage(page, indexChunks, async (route) => {
    const res = await route.fetch();
    const whole = await res.body();
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(whole.length) },
      body: whole.subarray(0, Math.floor(whole.length / 2)),
    });
  });
  await page.goto('/search/?q=' + encodeURIComponent(query));
  await settled(page, query);
  await expect(pageStatus(page)).toHaveText(notWorking);
  expect(hits()).toBeGreaterThan(0);
});

test('a result fragment, the metadata or the WebAssembly that arrives damaged says "not working"', async ({ page }) => {
  const files: [RegExp, Damage][] = [
    [/\/pagefind\/fragment\//, damages['an HTML page with status 200'] as Damage],
    [/\/pagefind\/pagefind\.[^/]+\.pf_meta$/, damages['garbage bytes'] as Damage],
    [/\/pagefind\/wasm\.[^/]+\.pagefind$/, damages['a body cut in the middle'] as Damage],
  ];
  for (const [file, how] of files) {
    await page.unrouteAll({ behavior: 'wait' });
    const hits = await damage(page, file, how);
    await page.goto('/search/?q=' + encodeURIComponent(query));
    await settled(page, query);
    await expect(pageStatus(page), String(file)).toHaveText(notWorking);
    expect(hits(), String(file)).toBeGreaterThan(0);
  }
});

test.describe('on a fake clock', () => {
  /** Opens the search page with the clock stopped at the start, so that no time passes unseen. */
  async function openPaused(page: Page, q: string) {
    await page.clock.install({ time: new Date('2030-01-01T08:00:00Z') });
    await page.clock.pauseAt(new Date('2030-01-01T08:00:01Z'));
    await page.goto('/search/?q=' + encodeURIComponent(q));
    // The search module has made the box a combobox: the reader's search has begun.
    await expect(pageBox(page)).toBeVisible();
  }

  test('a hanging instant file gives up with the index, within the same few seconds, and says so', async ({ page }) => {
    await page.route(/\/search-instant\.js/, () => undefined); // never answered
    await openPaused(page, '冻结');
    await page.clock.runFor(giveUpMs - 1000);
    await expect(pageStatus(page)).not.toHaveText(notWorking);
    await page.clock.runFor(1500);
    await expect(pageStatus(page)).toHaveText(gaveUp);
    await expect(pageStatus(page)).not.toContainText('没有找到');
  });

  for (const [name, files] of [
    ['Pagefind’s script', /\/pagefind\/pagefind\.js/],
    ['an index chunk', indexChunks],
  ] as const) {
    test(`${name} that hangs gives up within the same few seconds, and says so`, async ({ page }) => {
      let asked = 0;
      await page.route(files, () => void asked++); // never answered
      await openPaused(page, '冻结');
      // The suggestions come from the instant file, which answers.
      await expect(pageStatus(page)).toContainText('个相关问题');
      await page.clock.runFor(giveUpMs - 1000);
      await expect(pageStatus(page)).not.toHaveText(notWorking);
      await page.clock.runFor(1500);
      await expect(pageStatus(page)).toHaveText(gaveUp);
      expect(await shownIds(page)).toContain('fixes/account-restricted');
      expect(asked).toBeGreaterThan(0);
    });
  }
});

test.describe('a query far too long', () => {
  const long = '我的钱包付款失败了，' + '扫码的时候一直转圈然后提示交易失败请稍后再试，'.repeat(900);

  test('a 20,000-character paste is cut at the box, the status says so, and the page keeps answering', async ({
    page,
  }) => {
    expect(long.length).toBeGreaterThan(20_000);
    await page.goto('/search/');
    const box = pageBox(page);
    await box.focus();
    // What a paste (or an IME commit) inserts: the box takes up to its maxlength.
    await page.keyboard.insertText(long);
    const searched = long.slice(0, queryMaxChars);
    await expect(box).toHaveValue(searched);
    await settled(page, searched);
    await expect(pageStatus(page)).toContainText(`只搜索了前 ${queryMaxChars} 个字`);
    await expect(pageStatus(page)).toContainText(/找到 \d+ 篇相关文章|没有找到/);
    // Another control still takes effect at once: the section filter runs the search again.
    await page.locator('[data-search-page] select').selectOption({ index: 1 });
    await expect(page).toHaveURL(/[?&]section=/);
    await settled(page, searched);
    await expect(pageStatus(page)).toContainText(`只搜索了前 ${queryMaxChars} 个字`);
  });

  test('a long query in a link is cut to the limit, and the page keeps answering', async ({ page }) => {
    // As long as a link can be (the server refuses a request line over 8 KB, and each character
    // here takes 9 bytes of it), more than three times the limit.
    const linked = long.slice(0, 700);
    await page.goto('/search/?q=' + encodeURIComponent(linked));
    const box = pageBox(page);
    const searched = long.slice(0, queryMaxChars);
    await expect(box).toHaveValue(searched);
    await settled(page, searched);
    await expect(pageStatus(page)).toContainText(`只搜索了前 ${queryMaxChars} 个字`);
    // The box answers the next keystroke: a short query replaces the long one.
    await box.fill(query);
    await settled(page, query);
    await expect(pageStatus(page)).not.toContainText('只搜索了前');
    expect((await shownIds(page))[0]).toBe('fixes/payment-failed');
  });

  test('a 20,000-character paste into the header dialog is cut and said so, and the dialog closes at once', async ({
    page,
  }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const box = dialog(page).getByRole('combobox');
    await box.focus();
    await page.keyboard.insertText(long);
    const searched = long.slice(0, queryMaxChars);
    await expect(box).toHaveValue(searched);
    await settled(page, searched, '#search-dialog');
    await expect(dialog(page).getByRole('status')).toContainText(`只搜索了前 ${queryMaxChars} 个字`);
    await dialog(page).getByRole('button', { name: '关闭', exact: true }).click();
    await expect(dialog(page)).toBeHidden();
  });
});
