// The English edition on the built site: hreflang pairs that point both ways (in the pages and in
// the sitemap), each page's UI in its own language, the language switch to the counterpart, the
// offer to English-only browsers without a redirect, the English 404, and English search.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { htmlFiles } from '../src/lib/build/dist-files';
import { langOfPath } from '../src/lib/content/routes';
import { en } from '../src/lib/i18n/en';

/** Site paths of every built page (index.html files and the root 404). */
const pages = htmlFiles('dist')
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${relative('dist', f).split(sep).join('/')}`.replace(/index\.html$/, ''));

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

/** A page's hreflang alternates: language → absolute URL. */
function alternatesOf(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
    out.set(m[1] ?? '', new URL(m[2] ?? '').pathname);
  return out;
}

test('both editions are built: every section, the search, notices, troubleshooter and 404 pages', () => {
  for (const p of ['/en/', '/en/search/', '/en/notices/', '/en/diagnose/', '/en/404/', '/en/offline/', '/en/fixes/'])
    expect(pages, p).toContain(p);
  expect(pages.filter((p) => langOfPath(p) === 'en').length).toBeGreaterThan(20);
});

test('every hreflang pair points both ways, with x-default the Chinese page, as the sitemap says', () => {
  // The sitemap's <url> entries: page path → its xhtml:link alternates (language → path).
  const sitemap = new Map(
    [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      new URL(m[1] ?? '').pathname,
      new Map(
        [...(m[2] ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => [
          l[1] ?? '',
          new URL(l[2] ?? '').pathname,
        ]),
      ),
    ]),
  );
  let pairs = 0;
  for (const path of pages) {
    const alt = alternatesOf(path);
    if (alt.size === 0) continue;
    const lang = langOfPath(path);
    const other = lang === 'en' ? 'zh-CN' : 'en';
    expect(alt.get(lang), `${path} names itself`).toBe(path);
    expect(alt.get('x-default'), `${path} x-default`).toBe(alt.get('zh-CN'));
    const there = alt.get(other) ?? '';
    expect(pages, `${path} → ${there} exists`).toContain(there);
    expect(alternatesOf(there).get(lang), `${there} points back to ${path}`).toBe(path);
    // The sitemap lists the same pair for this page (pages out of the sitemap have none).
    const listed = sitemap.get(path);
    if (listed) expect(listed, `sitemap ${path}`).toEqual(alt);
    pairs++;
  }
  // The fixed pages, the sections and the articles with a counterpart.
  expect(pairs).toBeGreaterThan(30);
});

test('the language switch goes to the counterpart, else to the other home labelled as a home', () => {
  for (const path of pages) {
    const page = html(path);
    const link = /<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+" data-lang-switch="(counterpart|home)"/.exec(page);
    expect(link, `${path} has a language switch`).not.toBeNull();
    const [, href = '', hreflang = '', kind] = link ?? [];
    const alt = alternatesOf(path);
    if (alt.size > 0) {
      expect(kind, path).toBe('counterpart');
      expect(href, path).toBe(alt.get(hreflang));
    } else {
      expect(kind, path).toBe('home');
      expect(href, path).toBe(hreflang === 'en' ? '/en/' : '/');
      // Labelled as a home for screen readers; the short visible name fits a 360 px header.
      expect(page, path).toMatch(/data-lang-switch="home" aria-label="(English edition home|中文版首页)"/);
    }
  }
});

test('a reader switches from a Chinese article to its English counterpart and back', async ({ page }) => {
  await page.goto('/fixes/payment-failed/');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/fixes\/payment-failed\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/fixes\/payment-failed\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

/**
 * The UI text of a page: everything but what editors write about the wallet — article bodies
 * (`.prose`), their headings in the table of contents (`[data-toc]`) and the article summaries
 * in lists (`[data-summary]`), where an English article may
 * quote a Chinese name such as 数字人民币 for the reader to recognise on screen — the hidden
 * search keywords, and elements marked with the other language (the language switch, notices
 * that are written in Chinese). Titles count (an English title has no Chinese), and so do the
 * attributes a reader meets (aria-label, title, placeholder).
 */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const skip = (el: Element) =>
      el.closest(`.prose, [data-toc], [data-keywords], [data-summary], [lang]:not([lang="${lang}"])`) !== null;
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && !skip(el) && !el.closest('script, style')) parts.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      if (!skip(el)) for (const a of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(a) ?? '');
    return parts.join('\n');
  });
}

test('no Chinese UI text on an English page and no English UI string on a Chinese page', async ({ page }) => {
  test.setTimeout(180_000);
  const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/;
  // English dictionary strings that could only come from the wrong dictionary: the parts between
  // placeholders with at least two words (single words such as "App" are shared by both languages).
  const englishStrings = Object.values(en)
    .flatMap((v) => v.split(/\{\w+\}/))
    .map((s) => s.replace(/\u00a0/g, ' ').trim())
    .filter((s) => /\w+ \w+/.test(s));
  const failures: string[] = [];
  for (const path of pages) {
    await page.goto(path === '/404/' ? '/404.html' : path);
    const text = (await uiText(page)).replace(/\u00a0/g, ' ');
    if (langOfPath(path) === 'en') {
      const m = cjk.exec(text);
      if (m) failures.push(`${path}: Chinese “${m[0]}” in the English UI`);
    } else {
      const found = englishStrings.find((s) => text.includes(s));
      if (found) failures.push(`${path}: English “${found}” in the Chinese UI`);
    }
  }
  expect(failures).toEqual([]);
});

test.describe('a browser that reads only English', () => {
  test.use({ locale: 'en-US' });
  test('is offered the English edition on the Chinese home page and is not redirected', async ({ page }) => {
    expect(await page.evaluate(() => navigator.languages)).not.toContainEqual(expect.stringMatching(/^zh/));
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const offer = page.locator('[data-offer]');
    await expect(offer).toBeVisible();
    await offer.getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('a browser that reads Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('sees no English offer on the Chinese home page', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-offer]')).toBeHidden();
  });
});

test('a missing page under /en/ answers 404 with the English not-found page', async ({ page }) => {
  const missing = await page.goto('/en/no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(en['notFound.title']);
  const chinese = await page.goto('/no-such-page/');
  expect(chinese?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

/** Article paths the English search page shows for a query, once the outcome is announced. */
async function englishResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-page] [role="status"]');
  await expect.poll(() => status.getAttribute('data-done'), { timeout: 15_000 }).toBe(query);
  // Suggestions carry their article id (within the edition); full-text results link their page.
  const suggested = await page
    .locator('[data-search-page] [role="listbox"] [role="option"]')
    .evaluateAll((os) => os.map((o) => `/en/${(o as HTMLElement).dataset['id'] ?? ''}/`));
  const full = await page
    .locator('[data-search-page] [data-list] > li > a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return [...new Set([...suggested, ...full])];
}

test('an English query on /en/search/ finds the English article, in English', async ({ page }) => {
  const found = await englishResults(page, 'payment failed');
  expect(found[0]).toBe('/en/fixes/payment-failed/');
  for (const p of found) expect(p).toMatch(/^\/en\//);
  await expect(page.locator('[data-search-page] [role="status"]')).not.toContainText(/[\u4e00-\u9fff]/);
});

/** Rows of a tab-separated query set (test/queries/README.md). */
function querySet(path: string): Record<string, string>[] {
  const [head = '', ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [names[i] ?? String(i), v])));
}

test('a sample of both English query sets through /en/search/: recall@3 per class, out-of-scope honest', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Every third query of each class of both sets (all of them: test/english-recall.test.ts).
  const rows = [...querySet('test/queries/en.tsv'), ...querySet('test/queries/en-v2.tsv')];
  const byClass = new Map<string, Record<string, string>[]>();
  for (const r of rows) byClass.set(r['class'] ?? '', [...(byClass.get(r['class'] ?? '') ?? []), r]);
  const sample = [...byClass.values()].flatMap((rs) => rs.filter((_, i) => i % 3 === 0));
  const score = new Map<string, { n: number; hit: number }>();
  const misses: string[] = [];
  for (const q of sample) {
    const [query, cls] = [q['query'] ?? '', q['class'] ?? ''];
    const shown = (await englishResults(page, query)).slice(0, 3);
    const status = (await page.locator('[data-search-page] [role="status"]').textContent()) ?? '';
    const expected = (q['expected'] ?? '').split('|').filter(Boolean);
    const hit =
      cls === 'out-of-scope'
        ? status.startsWith(en['search.offSite'].split('{')[0] ?? '') ||
          status === en['search.none'].replace('{query}', query)
        : expected.some((id) => shown.includes(`/en/${id}/`));
    const row = score.get(cls) ?? { n: 0, hit: 0 };
    score.set(cls, { n: row.n + 1, hit: row.hit + (hit ? 1 : 0) });
    if (!hit) misses.push(`${cls}: ${query} → ${cls === 'out-of-scope' ? status : shown.join(', ')}`);
  }
  console.log(
    `sample of ${sample.length}: ${[...score].map(([c, r]) => `${c} ${r.hit}/${r.n}`).join(', ')}; misses:\n${misses.join('\n') || '(none)'}`,
  );
  // The floors of the whole sets in test/english-recall.test.ts (95 % where the sets reach it).
  const floor: Record<string, number> = { typo: 0.9, situation: 0.8, 'out-of-scope': 0.8 };
  expect([...score].filter(([c, r]) => r.hit / r.n < (floor[c] ?? 0.95)).map(([c]) => c)).toEqual([]);
});
