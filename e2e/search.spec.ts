import { expect, test, type Page } from '@playwright/test';
import { pageBox, searchOnPage, settled, shownIds } from './search-helpers';
import { searchQueries } from './search-queries';
import { readInstantFile, writeInstantFile } from '../src/search/shared';

/** Every article the page shows for the query: suggestions, then full-text results. */
const shown = (page: Page) =>
  page.locator('[data-search-page] [role="option"], [data-search-page] [data-list] > li > a');

test('the home search form opens the search page with results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('付款失败');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await settled(page, '付款失败');
  await expect(page.locator('[data-search-page] [role="status"]')).toContainText('找到');
  expect((await shownIds(page))[0]).toBe('fixes/payment-failed');
});

test('a deep link runs the query on load, with highlighted excerpts and no keyword lists', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('账号被冻结'));
  await expect(pageBox(page)).toHaveValue('账号被冻结');
  await settled(page, '账号被冻结');
  expect((await shownIds(page))[0]).toBe('fixes/account-restricted');
  await expect(page.locator('[data-search-page] [data-list] mark').first()).toBeVisible();
  // Frontmatter keywords are indexed but never shown as an excerpt or a sub-result.
  await expect(page.locator('[data-search-page] a[href*="#search-keywords"]')).toHaveCount(0);
});

test('the section filter narrows results and is kept in the URL', async ({ page }) => {
  const status = page.locator('[data-search-page] [role="status"]');
  // The count is announced after the last result is drawn; wait for it, then count.
  const count = async () => {
    await settled(page, '密码');
    const n = Number(/找到 (\d+) 篇/.exec((await status.textContent()) ?? '')?.[1]);
    await expect(shown(page)).toHaveCount(n);
    return n;
  };
  await page.goto('/search/?q=' + encodeURIComponent('密码'));
  const before = await count();
  await page.getByLabel('只看栏目').selectOption('预防措施');
  await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBe('预防措施');
  const after = await count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const id of await shownIds(page)) expect(id).toMatch(/^prevention\//);
});

test('a query with no match says so first, with the hot questions, the troubleshooter and 95588', async ({ page }) => {
  await page.goto('/search/?q=zzzqqq');
  await expect(page.locator('[data-search-page] [role="status"]')).toContainText('没有找到与“zzzqqq”相关的文章');
  const help = page.locator('[data-empty]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: '解决步骤' })).toBeVisible();
  await expect(page.locator('[data-search-page]').getByRole('heading', { name: '大家常问' })).toBeVisible();
  await expect(help.getByRole('link', { name: /自助诊断/ })).toBeVisible();
  await expect(help.getByRole('link', { name: '95588', exact: true })).toBeVisible();
  // The help is the first thing under the box, not below reserved space (360 px phone).
  await page.setViewportSize({ width: 360, height: 740 });
  const box = await pageBox(page).boundingBox();
  const helpTop = (await help.boundingBox())?.y ?? Infinity;
  expect(helpTop - ((box?.y ?? 0) + (box?.height ?? 0))).toBeLessThan(120);
});

test('urgent-safety queries put the safety article first', async ({ page }) => {
  await page.goto('/search/');
  const safety = ['fixes/scammed-what-now', 'prevention/safe-account-scam'];
  for (const query of ['被骗了', '报警', '转到安全账户', '冒充客服', 'bei pian le', 'safe account']) {
    expect(safety, query).toContain((await searchOnPage(page, query))[0]);
  }
  expect((await searchOnPage(page, '钱被盗刷了'))[0]).toBe('fixes/suspected-theft');
});

test('a Traditional-Chinese query finds the Simplified article', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('帳號被凍結怎麼辦'));
  await settled(page, '帳號被凍結怎麼辦');
  expect((await shownIds(page))[0]).toBe('fixes/account-restricted');
});

test('without JavaScript the search page lists every article', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('heading', { name: '全部文章' })).toBeVisible();
  expect(await page.locator('#all-articles li a').count()).toBeGreaterThanOrEqual(30);
  await context.close();
});

test('an XSS payload in ?q= stays text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto('/search/?q=' + encodeURIComponent(payload));
  await expect(pageBox(page)).toHaveValue(payload);
  await settled(page, payload);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script:not([type="module"])')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('no search JavaScript loads until the reader asks for search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/fixes/payment-failed/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search-'))).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: '搜索帮助文章' })).toBeVisible();
  await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
  expect(requested).toContain('/search-instant.js');
});

test('tapping search fetches the search module and the instant file side by side, and each Pagefind file once', async ({
  page,
}) => {
  const count = new Map<string, number>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    count.set(path, (count.get(path) ?? 0) + 1);
  });
  // The module is held back for a second on the wire: if the instant file were asked for only
  // after the module ran, its request would come after the module's response, whatever the
  // machine's speed.
  const events: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/search-instant.js') events.push('instant requested');
  });
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname === '/search-ui.js') events.push('module arrived');
  });
  await page.route(
    (url) => url.pathname === '/search-ui.js',
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    },
  );
  await page.goto('/fixes/payment-failed/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: '搜索' }).first().click();
  await page.getByRole('dialog').getByRole('combobox').fill('付款失败');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('找到');
  await page.waitForLoadState('networkidle');
  expect(events).toEqual(['instant requested', 'module arrived']);
  // One download each: the module's import joins the head script's, Pagefind's fetches take the
  // preloads the search module started (a second request would mean a preload went unused).
  const once = ['/search-ui.js', '/search-instant.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'];
  once.push('/pagefind/wasm.unknown.pagefind', ...[...count.keys()].filter((p) => p.endsWith('.pf_meta')));
  expect(once.filter((p) => p.endsWith('.pf_meta'))).toHaveLength(1);
  expect(Object.fromEntries(once.map((p) => [p, count.get(p)]))).toEqual(Object.fromEntries(once.map((p) => [p, 1])));
});

test("the index chunks a query needs start before Pagefind's WebAssembly has come, and Pagefind takes them from the preloads", async ({
  browser,
}) => {
  const query = '付款失败';
  /** Opens the header search on an article page, types the query and returns the chunk requests. */
  const chunksOf = async (page: Page) => {
    const requests: { path: string; at: number }[] = [];
    let wasmDone = Infinity;
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/index/')) requests.push({ path, at: Date.now() });
    });
    page.on('requestfinished', (r) => {
      if (new URL(r.url()).pathname === '/pagefind/wasm.unknown.pagefind') wasmDone = Date.now();
    });
    // The WebAssembly is held until the first index chunk has been asked for (or 3 s have passed: search gives up on a file after 6 s):
    // a chunk asked for early is then always before it, one that waits for it always after, on
    // a machine of any speed.
    let chunkAsked = () => {};
    const asked = new Promise<void>((resolve) => (chunkAsked = resolve));
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/index/')) chunkAsked();
    });
    await page.route('**/pagefind/wasm.unknown.pagefind', async (route) => {
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 3000))]);
      await route.continue();
    });
    await page.goto('/fixes/payment-failed/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: '搜索' }).first().click();
    await page.getByRole('dialog').getByRole('combobox').fill(query);
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('找到', { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][href^="/pagefind/index/"]')].map(
        (l) => new URL(l.href).pathname,
      ),
    );
    return { requests, wasmDone, preloaded };
  };
  const withTable = await browser.newContext({ serviceWorkers: 'block' });
  const early = await chunksOf(await withTable.newPage());
  // The same search without the chunk table: the chunks Pagefind asks for by itself.
  const without = await browser.newContext({ serviceWorkers: 'block' });
  const plain = await without.newPage();
  await plain.route('**/search-instant.js*', async (route) => {
    const file = readInstantFile(await (await route.fetch()).text());
    const body = writeInstantFile({ ...file, pagefind: { meta: file.pagefind?.meta ?? [], chunks: {} } });
    await route.fulfill({ body, contentType: 'text/javascript' });
  });
  const own = await chunksOf(plain);
  const needed = [...new Set(own.requests.map((r) => r.path))].sort();
  expect(needed.length, 'the query needs index chunks').toBeGreaterThan(0);
  expect(own.preloaded).toEqual([]);
  expect(Math.min(...own.requests.map((r) => r.at))).toBeGreaterThan(own.wasmDone);
  // With the table: exactly the chunks Pagefind needs, each asked for once, before its WebAssembly came.
  expect([...early.preloaded].sort()).toEqual(needed);
  expect(early.requests.map((r) => r.path).sort()).toEqual(needed);
  for (const r of early.requests) expect(r.at).toBeLessThan(early.wasmDone);
  await withTable.close();
  await without.close();
});

test('the search dialog is a combobox: arrows move aria-activedescendant, Enter opens, Esc leaves then closes', async ({
  page,
}) => {
  await page.goto('/causes/');
  const opener = page.getByRole('link', { name: '搜索' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '搜索帮助文章' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox');
  await expect(input).toBeFocused();
  // Before typing: the hot questions, already selectable.
  await expect(dialog.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.type('付不了款');
  await settled(page, '付不了款', '#search-dialog');
  await expect(dialog.getByRole('status')).toContainText(/找到 \d+ 篇/);
  const options = dialog.getByRole('listbox').getByRole('option');
  expect(await options.count()).toBeGreaterThanOrEqual(2);
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const activeIs = async (i: number) => {
    const id = await options.nth(i).getAttribute('id');
    await expect(input).toHaveAttribute('aria-activedescendant', id ?? '');
    await expect(options.nth(i)).toHaveAttribute('aria-selected', 'true');
  };
  await page.keyboard.press('ArrowDown');
  await activeIs(0);
  await page.keyboard.press('ArrowDown');
  await activeIs(1);
  await page.keyboard.press('ArrowUp');
  await activeIs(0);
  await expect(input).toBeFocused(); // focus never leaves the box
  await page.keyboard.press('Escape');
  await expect(input).not.toHaveAttribute('aria-activedescendant', /.+/);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await expect(options.first()).toBeVisible();
  const id = await options.first().getAttribute('data-id');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${id}/$`));
});

test(`colloquial queries find the right article in the top 3 (${searchQueries.length} queries)`, async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const misses: string[] = [];
  const empty: string[] = [];
  for (const [query, expected] of searchQueries) {
    const top = (await searchOnPage(page, query)).slice(0, 3);
    if (top.length === 0) empty.push(query);
    if (!top.some((id) => expected.includes(id))) misses.push(`${query} → ${top.join(', ') || '（无结果）'}`);
  }
  const recall = (searchQueries.length - misses.length) / searchQueries.length;
  console.log(
    `recall@3 = ${(recall * 100).toFixed(1)}% (${searchQueries.length - misses.length}/${searchQueries.length})`,
  );
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
  expect(searchQueries.length).toBeGreaterThanOrEqual(60);
  expect(empty).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(0.95);
});
