// npm run bench — build, serve dist/ as the preview server does (the build's .br/.gz copies),
// then measure in Chromium: bytes per page with gzip and with brotli, requests per page, JavaScript run before interaction, Lighthouse (mobile, median of 3) and search speed.
// A script, not a test: times vary from machine to machine. Writes reports/bench.json.
//   npm run bench [-- --no-build] [--runs 3]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser, Response } from '@playwright/test';
import { build, chromeFlags, chromePath, freePort, kb, launch, median, report, serve } from './lib.ts';
import { options } from '../lib/args.ts';
import { printSearch, searchFigures, targets as searchTargets } from './search.ts';
import { compress } from '../../src/integrations/precompress.ts';
import { isCompressible } from '../../src/lib/build/header-policy.ts';
import { firstSearchBudget, homeBudget, pageBudget } from '../../src/lib/build/budgets.ts';

const pages = {
  home: '/',
  section: '/fixes/',
  article: '/fixes/payment-failed/',
  search: '/search/',
  troubleshooter: '/diagnose/payment/',
};

interface Bytes {
  requests: number;
  raw: number;
  gzip: number;
  brotli: number;
}
const empty = (): Bytes => ({ requests: 0, raw: 0, gzip: 0, brotli: 0 });

/** Requests and bytes by kind until load and until idle, and the JavaScript run before any interaction. */
async function pageFigures(browser: Browser, url: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen: { kind: string; raw: number; gzip: number; brotli: number; atLoad: boolean }[] = [];
  let loaded = false;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => pending.push(record(r)));
  const record = async (r: Response) => {
    const type = r.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    const atLoad = !loaded;
    const body = await r.body().catch(() => Buffer.alloc(0));
    // The sizes of the build's .gz and .br copies (same settings); other files go as they are.
    const path = new URL(r.url()).pathname.replace(/\/$/, '/index.html');
    const packed = isCompressible(path) ? await compress(body, path) : { gz: body, br: body };
    seen.push({ kind, raw: body.length, gzip: packed.gz.length, brotli: packed.br.length, atLoad });
  };
  await page.goto(url, { waitUntil: 'load' });
  loaded = true;
  await page.waitForLoadState('networkidle');
  const inlineJs = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((s) => s.reduce((n, x) => n + new TextEncoder().encode(x.textContent ?? '').length, 0));
  await Promise.all(pending);
  await context.close();
  const sum = (atLoadOnly: boolean) => {
    const out: Record<string, Bytes> = { html: empty(), css: empty(), js: empty(), other: empty() };
    for (const s of seen) {
      if (atLoadOnly && !s.atLoad) continue;
      const b = out[s.kind] ?? empty();
      b.requests++;
      b.raw += s.raw;
      b.gzip += s.gzip;
      b.brotli += s.brotli;
    }
    return out;
  };
  const idle = sum(false);
  const jsBeforeInteraction = inlineJs + (idle['js']?.raw ?? 0);
  return { load: sum(true), idle, jsBeforeInteraction, inlineJs };
}

/** Lighthouse, mobile preset, median of `runs`. */
async function lighthouseFigures(url: string, runs: number) {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...chromeFlags],
  });
  const results: { scores: Record<string, number>; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = r?.lhr;
      if (!lhr) continue;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        scores: Object.fromEntries(
          Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
        ),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      });
    }
  } finally {
    chrome.kill();
  }
  const med = (f: (x: (typeof results)[number]) => number) => median(results.map(f));
  const categories = Object.keys(results[0]?.scores ?? {});
  return {
    scores: Object.fromEntries(categories.map((c) => [c, med((x) => x.scores[c] ?? 0)])),
    fcpMs: Math.round(med((x) => x.fcp)),
    lcpMs: Math.round(med((x) => x.lcp)),
    tbtMs: Math.round(med((x) => x.tbt)),
    cls: Number(med((x) => x.cls).toFixed(3)),
  };
}

const args = options({ 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } });
const runs = Number(args.runs);
const buildFigures = args['no-build'] ? null : build();
const server = await serve(await freePort());
const browser = await launch();
try {
  const bytes: Record<string, Awaited<ReturnType<typeof pageFigures>>> = {};
  const lh: Record<string, Awaited<ReturnType<typeof lighthouseFigures>>> = {};
  for (const [name, path] of Object.entries(pages)) {
    bytes[name] = await pageFigures(browser, server.url + path);
    lh[name] = await lighthouseFigures(server.url + path, runs);
  }
  const search = await searchFigures(browser, server.url);

  if (buildFigures) {
    console.log(
      `\nBuild (with the search index): ${buildFigures.wallSeconds.toFixed(1)} s, peak memory ${buildFigures.peakMemoryMB ?? 'n/a'} MB`,
    );
  }
  console.log(
    '\nBytes per page until idle: brotli / gzip as served (raw in brackets), and script run before interaction',
  );
  console.table(
    Object.fromEntries(
      Object.entries(bytes).map(([name, b]) => {
        const htmlCss = (b.idle['html']?.gzip ?? 0) + (b.idle['css']?.gzip ?? 0);
        const both = (k: string) =>
          `${kb(b.idle[k]?.brotli ?? 0)} / ${kb(b.idle[k]?.gzip ?? 0)} (${kb(b.idle[k]?.raw ?? 0)})`;
        const total = (f: (x: Bytes) => number) => kb(Object.values(b.idle).reduce((n, x) => n + f(x), 0));
        const budget = name === 'home' ? homeBudget : pageBudget;
        return [
          name,
          {
            requests: Object.values(b.idle).reduce((n, x) => n + x.requests, 0),
            'at load': Object.values(b.load).reduce((n, x) => n + x.requests, 0),
            html: both('html'),
            css: both('css'),
            js: both('js'),
            'all: brotli / gzip': `${total((x) => x.brotli)} / ${total((x) => x.gzip)}`,
            'html+css gzip': `${kb(htmlCss)}${name === 'search' ? '' : htmlCss <= budget ? ' ✓' : ' ✗'}`,
            'JS before interaction': `${b.jsBeforeInteraction} B`,
          },
        ];
      }),
    ),
  );
  console.log(`Lighthouse (mobile, median of ${runs})`);
  console.table(
    Object.fromEntries(
      Object.entries(lh).map(([name, l]) => [
        name,
        { ...l.scores, 'FCP ms': l.fcpMs, 'LCP ms': l.lcpMs, 'TBT ms': l.tbtMs, CLS: l.cls },
      ]),
    ),
  );
  printSearch(search);
  const first = search[1];
  console.log(
    `targets: Lighthouse 100 everywhere → ${Object.values(lh).every((l) => Object.values(l.scores).every((s) => s === 100)) ? 'met' : 'MISSED'}; ` +
      `${searchTargets(search).join('; ')}; ` +
      `first search ≤ ${kb(firstSearchBudget)} → ${(first?.firstSearchGzip ?? Infinity) <= firstSearchBudget ? 'met' : 'MISSED'}`,
  );
  console.log(
    `written: ${report('bench', { date: new Date().toISOString(), build: buildFigures, bytes, lighthouse: lh, search })}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
