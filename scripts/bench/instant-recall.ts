// npx tsx scripts/bench/instant-recall.ts [dist/search-instant.js] — recall@3 of the instant layer alone (no browser, no Pagefind) over both
// query sets, from the built dist/search-instant.js. A quick loop for tuning; the real figure
// is measured through /search/ in Chromium by e2e/search-v2.spec.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInstantEngine, readInstantFile, unpackDoc } from '../../src/search/shared/index.ts';
import { classedQueries } from '../../e2e/search-queries-v2.ts';
import { searchQueries } from '../../e2e/search-queries.ts';

const data = readInstantFile(readFileSync(resolve(process.argv[2] ?? 'dist/search-instant.js'), 'utf8'));
const t0 = performance.now();
// Every article indexed before the first query (the browser indexes the later ones in idle time).
const engine = createInstantEngine(data, Infinity);
console.log(
  `index built in ${(performance.now() - t0).toFixed(1)} ms (${data.docs.length} articles, level ${data.level})`,
);
const known = new Set(data.docs.map((d) => unpackDoc(d, data.sections)[0]));
const sets = [
  ...classedQueries.map((q) => ({ cls: q.class, query: q.query, expected: q.expected })),
  ...searchQueries.map(([query, expected]) => ({ cls: 'v1', query, expected })),
];
const by = new Map<string, { n: number; hit: number; misses: string[]; waiting: number }>();
const times: number[] = [];
for (const q of sets) {
  const s = performance.now();
  const { results } = engine.suggest(q.query, 5);
  times.push(performance.now() - s);
  const top = results.slice(0, 3).map((r) => r.id);
  const row = by.get(q.cls) ?? { n: 0, hit: 0, misses: [], waiting: 0 };
  row.n++;
  if (top.some((id) => q.expected.includes(id))) row.hit++;
  else {
    const landed = q.expected.some((id) => known.has(id));
    if (!landed) row.waiting++;
    row.misses.push(`${q.query} → ${top.join(', ') || '（无）'}${landed ? '' : '   [expected not published yet]'}`);
  }
  by.set(q.cls, row);
}
for (const [cls, r] of by) {
  console.log(
    `${cls.padEnd(10)} ${((r.hit / r.n) * 100).toFixed(1)}% (${r.hit}/${r.n}), waiting for content: ${r.waiting}`,
  );
}
for (const [cls, r] of by) for (const m of r.misses) console.log(`  ${cls}: ${m}`);
times.sort((a, b) => a - b);
console.log(
  `per query: median ${times[times.length >> 1]?.toFixed(2)} ms, max ${times[times.length - 1]?.toFixed(2)} ms`,
);
