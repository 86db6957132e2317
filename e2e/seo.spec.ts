import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { htmlFiles } from '../src/lib/build/dist-files';
import { englishLimits, limits } from '../src/schemas/article';
import { articleIdOfPath, langOfPath } from '../src/lib/content/routes';
import { parse } from 'yaml';
import { alternateDiagnoseUrls } from '../src/lib/content/troubleshooter';
import type { Troubleshooter } from '../src/schemas/troubleshooter';

const sitemapUrls = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => m[1] ?? '',
);

/** Site paths of the built pages (index.html files). */
function htmlPages(): string[] {
  return htmlFiles('dist')
    .filter((f) => f.endsWith('index.html'))
    .map(
      (f) =>
        `/${relative('dist', f)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    );
}

type JsonLdNode = Record<string, unknown> & { '@type': string };
const required: Record<string, (n: JsonLdNode) => boolean> = {
  BreadcrumbList: (n) =>
    Array.isArray(n['itemListElement']) &&
    n['itemListElement'].length >= 2 &&
    (n['itemListElement'] as Record<string, unknown>[]).every(
      (i, k) => i['position'] === k + 1 && i['name'] && String(i['item']).startsWith('http'),
    ),
  Article: (n) => Boolean(n['headline'] && n['description'] && n['dateModified'] && n['inLanguage']),
  FAQPage: (n) =>
    Array.isArray(n['mainEntity']) &&
    (n['mainEntity'] as Record<string, Record<string, string>>[]).every(
      (q) => q['name'] && q['acceptedAnswer']?.['text'],
    ),
  WebSite: (n) => Boolean(n['name'] && n['url']),
};

test('every page in the sitemap has complete, unique metadata and valid structured data', async ({ page }) => {
  // Both editions: about twice the pages of the Chinese site alone.
  test.setTimeout(240_000);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const failures: string[] = [];
  for (const loc of sitemapUrls) {
    const path = new URL(loc).pathname;
    await page.goto(path);
    const head = await page.evaluate(() => {
      const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
      return {
        lang: document.documentElement.lang,
        title: document.title,
        description: meta('meta[name="description"]'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        og: ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:site_name'].map((p) =>
          meta(`meta[property="${p}"]`),
        ),
        ogUrl: meta('meta[property="og:url"]'),
        locale: meta('meta[property="og:locale"]'),
        twitter: meta('meta[name="twitter:card"]'),
        device: meta('meta[name="applicable-device"]'),
        transform: meta('meta[http-equiv="Cache-Control"]'),
        themeColor: meta('meta[name="theme-color"]'),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        h1: document.querySelectorAll('h1').length,
        levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
        imagesWithoutAlt: document.querySelectorAll('img:not([alt])').length,
      };
    });
    const fail = (what: string) => failures.push(`${path}: ${what}`);
    // Each edition's language: zh-CN at the root, en under /en/ (<html lang>, og:locale, JSON-LD).
    const lang = langOfPath(path);
    if (head.lang !== lang) fail(`lang=${head.lang}`);
    if (head.locale !== (lang === 'en' ? 'en_US' : 'zh_CN')) fail(`og:locale=${head.locale}`);
    if (!head.title) fail('no title');
    else if (titles.has(head.title)) fail(`title same as ${titles.get(head.title)}`);
    else titles.set(head.title, path);
    const len = [...head.description].length;
    const bounds = lang === 'en' ? englishLimits : limits;
    if (len < bounds.descriptionMin || len > bounds.descriptionMax) fail(`description has ${len} characters`);
    if (descriptions.has(head.description)) fail(`description same as ${descriptions.get(head.description)}`);
    descriptions.set(head.description, path);
    if (head.canonical !== loc) fail(`canonical ${head.canonical} ≠ ${loc}`);
    if (head.ogUrl !== loc || head.og.some((v) => !v)) fail(`Open Graph incomplete: ${head.og.join(' | ')}`);
    if (head.twitter !== 'summary_large_image') fail('no twitter card');
    if (head.device !== 'pc,mobile' || head.transform !== 'no-transform' || !head.themeColor)
      fail('Baidu / theme meta missing');
    if (head.h1 !== 1) fail(`${head.h1} h1 elements`);
    head.levels.forEach((level, i) => {
      if (i > 0 && level > (head.levels[i - 1] ?? 1) + 1)
        fail(`heading level jumps from h${head.levels[i - 1]} to h${level}`);
    });
    if (head.imagesWithoutAlt) fail('image without alt');
    const nodes: JsonLdNode[] = head.jsonLd.flatMap((text) => {
      try {
        const data = JSON.parse(text) as JsonLdNode & { '@graph'?: JsonLdNode[] };
        if (data['@context'] !== 'https://schema.org') fail('JSON-LD without schema.org context');
        return data['@graph'] ?? [data];
      } catch {
        fail('JSON-LD does not parse');
        return [];
      }
    });
    for (const n of nodes) if (!required[n['@type']]?.(n)) fail(`JSON-LD ${n['@type']} lacks required properties`);
    for (const n of nodes)
      if ('inLanguage' in n && n['inLanguage'] !== lang)
        fail(`JSON-LD ${n['@type']} inLanguage ${String(n['inLanguage'])}`);
    const types = nodes.map((n) => n['@type']);
    if (path === '/' || path === '/en/' ? !types.includes('WebSite') : !types.includes('BreadcrumbList'))
      fail(`JSON-LD types: ${types.join(', ')}`);
    const article = articleIdOfPath(path);
    if (article && !types.includes('Article')) fail('no Article');
    if (article?.startsWith('faq/') && !types.includes('FAQPage')) fail('no FAQPage');
  }
  expect(failures).toEqual([]);
});

test('the sitemap lists exactly the published pages, and robots.txt names it', async ({ request }) => {
  const inSitemap = sitemapUrls.map((u) => new URL(u).pathname).sort();
  // Every built page except the two that tell search engines to stay away.
  const noindex = ['/404/', '/offline/', '/en/404/', '/en/offline/'];
  // Troubleshooter steps reached by a second walk point their canonical at the first one (both editions).
  const alternates = alternateDiagnoseUrls(
    parse(readFileSync('content/troubleshooter.yaml', 'utf8')) as Troubleshooter,
  );
  for (const p of alternateDiagnoseUrls(
    parse(readFileSync('content/en/troubleshooter.yaml', 'utf8')) as Troubleshooter,
  ))
    alternates.add(`/en${p}`);
  expect(alternates.size).toBeGreaterThan(0);
  const built = htmlPages()
    .filter((p) => !noindex.includes(p) && !alternates.has(p))
    .sort();
  expect(inSitemap).toEqual(built);
  for (const p of alternates) {
    const html = readFileSync(`dist${p}index.html`, 'utf8');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(new URL(canonical).pathname, p).not.toBe(p);
    expect(inSitemap, p).toContain(new URL(canonical).pathname);
  }
  for (const p of noindex) {
    expect(inSitemap).not.toContain(p);
    expect(readFileSync(p === '/404/' ? 'dist/404.html' : `dist${p}index.html`, 'utf8')).toContain(
      '<meta name="robots" content="noindex">',
    );
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain('sitemap-0.xml');
});

test('article lastmod in the sitemap is the date the article shows', async ({ page }) => {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const entry = /<loc>([^<]*\/fixes\/payment-failed\/)<\/loc><lastmod>([^<]+)<\/lastmod>/.exec(xml);
  expect(entry).not.toBeNull();
  await page.goto('/fixes/payment-failed/');
  const shown = await page.locator('article time').getAttribute('datetime');
  const lastmod = new Date(entry?.[2] ?? '');
  const inBeijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(lastmod);
  expect(shown).toBe(inBeijing);
});

test('html-validate finds no error on any built page', () => {
  const r = spawnSync('npx', ['html-validate', 'dist/**/*.html'], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

test('the 404 page stays out of search engines and an RSS feed is announced', async ({ page, request }) => {
  await page.goto('/404.html');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.goto('/');
  const feed = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(feed).toHaveAttribute('href', '/rss.xml');
  const xml = await (await request.get('/rss.xml')).text();
  expect(xml).toContain('<rss');
  expect((xml.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(30);
});
