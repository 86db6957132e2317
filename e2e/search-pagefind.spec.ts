// Differential test of the Pagefind adapter (src/search/browser/pagefind.ts) against Pagefind
// itself, in Chromium, over both query sets: for every word list the fallback may ask for,
// (1) the index chunks the search module preloads are the chunks Pagefind asks for, and
// (2) word lists merged as "the same" query give Pagefind's identical results.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import * as esbuild from 'esbuild';
import { pagefindScript, readInstantFile } from '../src/search/shared';
import { searchQueries } from './search-queries';
import { classedQueries } from './search-queries-v2';

// The test's own script goes into the page beside the site's: the page's CSP would refuse it.
test.use({ bypassCSP: true });

const entry = fileURLToPath(new URL('./search-pagefind.entry.ts', import.meta.url));

test('the chunks preloaded are the chunks Pagefind asks for, and queries merged as one give its identical results', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const file = readInstantFile(readFileSync('dist/search-instant.js', 'utf8'));
  const queries = [...new Set([...searchQueries.map(([q]) => q), ...classedQueries.map((q) => q.query)])];
  const bundle = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const requested = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/index/')) requested.add(path.replace(/^\/pagefind\/index\/|\.pf_index$/g, ''));
  });
  await page.goto('/accessibility/');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const lang = await page.evaluate(() => document.documentElement.lang.toLowerCase());
  const plans = (await page.evaluate(
    ({ file, queries, lang }) =>
      (globalThis as unknown as { searchPlan: (...a: unknown[]) => unknown }).searchPlan(file, queries, lang),
    { file, queries, lang },
  )) as { query: string; lists: { q: string; key: string; chunks: string[] }[] }[];
  await page.evaluate(async (script) => {
    const pf = (await import(script)) as {
      options: (o: object) => Promise<void>;
      init: () => Promise<void>;
    };
    await pf.options({ excerptLength: 30, noWorker: true });
    await pf.init();
    (globalThis as unknown as { pf: unknown }).pf = pf;
  }, pagefindScript(''));
  const search = (q: string) =>
    page.evaluate(async (q) => {
      const pf = (
        globalThis as unknown as {
          pf: { search: (q: string) => Promise<{ results: { id: string; score: number }[] }> };
        }
      ).pf;
      return (await pf.search(q)).results.map((r) => `${r.id}:${r.score.toFixed(6)}`);
    }, q);

  let lists = 0;
  let merged = 0;
  for (const { query, lists: all } of plans) {
    const byKey = new Map<string, string[]>();
    for (const { q, key, chunks } of all) {
      const before = new Set(requested);
      const results = await search(q);
      lists++;
      // Every chunk Pagefind fetched for this search was one the module preloads for it, and
      // every chunk preloaded for it is one Pagefind has fetched (now or for an earlier search).
      const fetched = [...requested].filter((c) => !before.has(c));
      for (const c of fetched) expect(chunks, `${query} → “${q}”: Pagefind fetched ${c}`).toContain(c);
      for (const c of chunks) expect([...requested], `${query} → “${q}”: preloaded ${c}`).toContain(c);
      const same = byKey.get(key);
      if (same) {
        merged++;
        expect(results, `${query}: “${q}” is merged with another list under “${key}”`).toEqual(same);
      } else byKey.set(key, results);
    }
  }
  console.log(
    `${plans.length} queries, ${lists} word lists, ${merged} merged as the same query, ${requested.size} chunks`,
  );
  expect(lists).toBeGreaterThan(plans.length);
});
