import { expect, test, type Page } from '@playwright/test';
import { settled, shownIds } from './search-helpers';

// The instant layer in a real browser: suggestions without Pagefind, the combobox, honest
// failure, text-only rendering, a phone-sized screen and a very slow network.

const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索帮助文章' });
const options = (page: Page) => dialog(page).getByRole('listbox').getByRole('option');

async function openSearch(page: Page, path = '/fixes/payment-failed/') {
  await page.goto(path);
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
}

test('suggestions appear while /pagefind/ is blocked, and full text says it is not working', async ({ page }) => {
  await page.route('**/pagefind/**', (r) => r.abort());
  await openSearch(page);
  await page.keyboard.type('验正码');
  await expect(options(page).first()).toContainText('收不到短信验证码');
  const status = dialog(page).getByRole('status');
  await settled(page, '验正码', '#search-dialog');
  await expect(status).toContainText('全文搜索暂时用不了');
  await expect(status).not.toContainText('没有找到');
  // The suggestions stay, and the article list is offered.
  await expect(options(page).first()).toBeVisible();
  await expect(dialog(page).getByRole('link', { name: '浏览全部文章' })).toBeVisible();
});

test('a failing index chunk shows the "not working" message on the search page, not "no results"', async ({ page }) => {
  await page.route(/\/pagefind\/index\//, (r) => r.abort());
  await page.goto('/search/?q=' + encodeURIComponent('付款失败'));
  await settled(page, '付款失败');
  const status = page.locator('[data-search-page] [role="status"]');
  await expect(status).toContainText('全文搜索暂时用不了');
  await expect(status).not.toContainText('没有找到');
  await expect(page.locator('[data-empty]')).toBeHidden();
  expect((await shownIds(page))[0]).toBe('fixes/payment-failed');
});

test('a Pagefind request that hangs gives up after a few seconds with the same message', async ({ page }) => {
  test.setTimeout(40_000);
  await page.route(/\/pagefind\/pagefind\.js/, () => undefined); // never answered
  await page.goto('/search/?q=' + encodeURIComponent('冻结'));
  const status = page.locator('[data-search-page] [role="status"]');
  await expect(status).toContainText('全文搜索暂时用不了', { timeout: 20_000 });
  expect(await shownIds(page)).toContain('fixes/account-restricted');
});

test('the count is announced in the live region and matches what is shown', async ({ page }) => {
  await openSearch(page);
  await page.keyboard.type('收不到验证码');
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await settled(page, '收不到验证码', '#search-dialog');
  const n = Number(/找到 (\d+) 篇/.exec((await status.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  expect((await shownIds(page, '#search-dialog')).length).toBe(n);
});

test('an XSS payload typed into the dialog stays text in the suggestions and results', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openSearch(page);
  const payload = '<img src=x onerror=alert(1)>付款失败<script>alert(2)</script>';
  await dialog(page).getByRole('combobox').fill(payload);
  await settled(page, payload, '#search-dialog');
  await expect(options(page).first()).toBeVisible();
  await expect(dialog(page).locator('img, script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('at 360 px the suggestions are full-width targets for one thumb, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openSearch(page);
  await page.keyboard.type('付款');
  await expect(options(page).first()).toBeVisible();
  for (const box of await options(page).evaluateAll((os) =>
    os.map((o) => o.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(270);
  }
  // The first suggestion sits in the upper half of the screen, where a thumb reaches it easily.
  expect((await options(page).first().boundingBox())?.y ?? 999).toBeLessThan(370);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // One tap opens the article.
  const id = await options(page).first().getAttribute('data-id');
  await options(page).first().click();
  await expect(page).toHaveURL(new RegExp(`/${id}/$`));
});

test('on a very slow network a /search/?q= link shows the query and the hot questions at once', async ({ page }) => {
  test.setTimeout(90_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // 2 s latency, 250 kbit/s: the network of the report.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 2000,
    downloadThroughput: 250_000 / 8,
    uploadThroughput: 250_000 / 8,
  });
  // The search module is held back until the page has been checked, so "before" is certain.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/search-ui\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/?q=' + encodeURIComponent('付款失败'), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // Before any search code has arrived: the query is in the box, the hot questions are on screen.
  // (Before the module the box is a plain search box; the module makes it a combobox.)
  await expect(page.locator('main').getByLabel('输入你遇到的问题')).toHaveValue('付款失败');
  await expect(page.locator('[data-idle]').getByRole('link').first()).toBeVisible();
  release();
  // Then the suggestion replaces them, before the full text.
  await expect(page.locator('[data-search-page] [role="option"]').first()).toContainText('付款失败', {
    timeout: 60_000,
  });
});

/** Holds the search module back on the wire until `release()` is called. */
async function holdModule(page: Page) {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/search-ui\.js/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  return { release, asked: () => asked };
}

test('the tap opens the dialog with its box focused before the search module arrives, and what was typed meanwhile is searched when it lands', async ({
  page,
}) => {
  const module = await holdModule(page);
  await page.goto('/fixes/payment-failed/');
  await page.getByRole('link', { name: '搜索' }).click();
  // The module has been asked for (the focus loads it) and not delivered: the dialog is the page's.
  await expect.poll(module.asked).toBe(true);
  const box = dialog(page).getByRole('searchbox');
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await page.keyboard.type('付款失败');
  await expect(box).toHaveValue('付款失败');
  await expect(dialog(page).getByRole('listbox')).toHaveCount(0);
  module.release();
  // The module reads the box as it lands: the text typed before it is searched.
  await expect(options(page).first()).toHaveAttribute('data-id', 'fixes/payment-failed');
  await settled(page, '付款失败', '#search-dialog');
  await expect(dialog(page).getByRole('combobox')).toBeFocused();
});

test('Esc and the close button close the dialog and give focus back to the search link, before and after the module', async ({
  page,
}) => {
  const module = await holdModule(page);
  await page.goto('/causes/');
  const opener = page.getByRole('link', { name: '搜索' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog(page).getByRole('button', { name: '关闭' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
  // With the module: the same.
  module.release();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('combobox')).toBeFocused();
  await page.keyboard.type('冻结');
  await expect(options(page).first()).toBeVisible();
  await dialog(page).getByRole('button', { name: '关闭' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the home page box gives the same instant suggestions as the header dialog, and Enter still opens the search page', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.locator('main').getByRole('searchbox');
  await box.fill('验正码');
  const home = page.locator('main [data-search-form] ~ [role="listbox"] [role="option"]');
  await expect(home.first()).toContainText('收不到短信验证码');
  const ids = await home.evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset['id']));
  await expect(page.locator('main').getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
  // The header dialog suggests the same articles for the same query.
  await page.keyboard.press('Control+k');
  await dialog(page).getByRole('combobox').fill('验正码');
  await settled(page, '验正码', '#search-dialog');
  expect(await options(page).evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset['id']))).toEqual(ids);
  await page.keyboard.press('Escape');
  // Arrow and Enter open a suggestion; Enter alone opens the search page.
  await page.locator('main').getByRole('combobox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await page.goto('/');
  await page.locator('main').getByRole('searchbox').fill('验正码');
  await expect(home.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${ids[0]}/$`));
});

test('when the search module cannot be loaded, the dialog still opens and Enter opens the search page with the query', async ({
  page,
}) => {
  await page.route(/\/search-ui\.js/, (r) => r.abort());
  await page.goto('/fixes/payment-failed/');
  await page.getByRole('link', { name: '搜索' }).click();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('付款失败');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E4%BB%98%E6%AC%BE%E5%A4%B1%E8%B4%A5$/);
});

test('when the search module hangs, the dialog works as a plain form: Enter opens the search page', async ({
  page,
}) => {
  // The module's request never answers.
  await page.route(/\/search-ui\.js/, () => undefined);
  await page.goto('/fixes/payment-failed/');
  await page.keyboard.press('/');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('冻结');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('main').getByLabel('输入你遇到的问题')).toHaveValue('冻结');
});
