// Issue 23's query sets, scored on the instant engine built from content/ (the fast loop; a
// sample goes through the real page in e2e/situations.spec.ts). Situations are scored on the
// FIRST suggestion; out-of-scope questions on the status line (the honest "no answer"). The
// existing recall classes are scored as scripts/bench/instant-recall.ts does (top 3). Every
// figure and every miss is printed; misses stay in the sets.
import { describe, expect, it } from 'vitest';
import { classedQueries } from '../e2e/search-queries-v2';
import { searchQueries } from '../e2e/search-queries';
import { answerOf } from '../src/search/shared';
import { engineFromContent, readQuerySet } from './search-engine';

const engine = engineFromContent();
const answer = (query: string) => {
  const { results, analysis, top } = engine.suggest(query, 5);
  const facts = {
    missing: analysis.missing,
    situation: !!analysis.situation,
    count: results.length,
    matched: top.matched,
  };
  return { results, analysis, answer: answerOf(facts) };
};

/** Per class: hits, total, misses; printed as a table. */
function tally(rows: { cls: string; hit: boolean; miss: string }[]) {
  const by = new Map<string, { n: number; hit: number; misses: string[] }>();
  for (const r of rows) {
    const row = by.get(r.cls) ?? { n: 0, hit: 0, misses: [] };
    row.n++;
    if (r.hit) row.hit++;
    else row.misses.push(r.miss);
    by.set(r.cls, row);
  }
  const lines = [...by].map(
    ([c, r]) => `${c.padEnd(18)} ${((r.hit / r.n) * 100).toFixed(1).padStart(5)}% (${r.hit}/${r.n})`,
  );
  const misses = [...by].flatMap(([c, r]) => r.misses.map((m) => `  ${c}: ${m}`));
  return { by, report: [...lines, ...(misses.length ? ['misses:', ...misses] : [])].join('\n') };
}

/** The classes below their floor (95 % unless a floor says what a set reached). */
const below = (by: Map<string, { n: number; hit: number }>, floors: Record<string, number> = {}) =>
  [...by].filter(([c, r]) => r.hit / r.n < (floors[c] ?? 0.95)).map(([c, r]) => `${c} ${r.hit}/${r.n}`);

/** A situations set scored on the first suggestion (where Enter goes). */
const firstSuggestion = (path: string) =>
  tally(
    readQuerySet(path).map((q) => {
      const { results, analysis } = answer(q['query'] ?? '');
      const expected = (q['expected'] ?? '').split('|');
      const first = results[0]?.id ?? '（无）';
      return {
        cls: q['class'] ?? '',
        hit: expected.includes(first),
        miss: `${q['query']} → ${first}（处境 ${analysis.situation?.id ?? '无'}；应为 ${expected.join(' / ')}）`,
      };
    }),
  );

describe('issue 23 query sets (instant engine from content/)', () => {
  it('situations: the first suggestion is the situation’s article, ≥ 95 % in every class', () => {
    expect(readQuerySet('test/queries/situations-zh.tsv').length).toBeGreaterThanOrEqual(60);
    const { by, report } = firstSuggestion('test/queries/situations-zh.tsv');
    console.log(`situations, first suggestion:\n${report}`);
    expect(below(by)).toEqual([]);
  });

  it('out of scope: the status line says the site has no article on it, ≥ 95 %', () => {
    const set = readQuerySet('test/queries/out-of-scope-zh.tsv');
    expect(set.length).toBeGreaterThanOrEqual(30);
    let named = 0;
    const { by, report } = tally(
      set.map((q) => {
        const { answer: a } = answer(q['query'] ?? '');
        const words = (q['distinctive'] ?? '').split(' ');
        const missing = a.kind === 'off-site' ? a.missing : [];
        if (missing.some((m) => words.some((w) => w.includes(m) || m.includes(w)))) named++;
        return {
          cls: q['class'] ?? '',
          hit: a.kind === 'off-site',
          miss: `${q['query']} → ${a.kind}${missing.length ? `「${missing.join('」「')}」` : ''}（应说没有文章讲到「${words.join('」「')}」）`,
        };
      }),
    );
    console.log(
      `out of scope, status line:\n${report}\nnaming a word of the distinctive column: ${named}/${set.length}`,
    );
    expect(below(by)).toEqual([]);
  });

  it('the existing recall classes stay ≥ 95 % (top 3), and in-scope queries seldom read as off-site', () => {
    const sets = [
      ...classedQueries.filter((q) => !q.gap).map((q) => ({ cls: q.class, query: q.query, expected: q.expected })),
      ...searchQueries.map(([query, expected]) => ({ cls: 'v1', query, expected })),
    ];
    const offSite: string[] = [];
    const { by, report } = tally(
      sets.map((q) => {
        const { results, answer: a } = answer(q.query);
        if (a.kind === 'off-site') offSite.push(`${q.query}「${a.missing.join('」「')}」`);
        const top = results.slice(0, 3).map((r) => r.id);
        return {
          cls: q.cls,
          hit: top.some((id) => q.expected.includes(id)),
          miss: `${q.query} → ${top.join(', ') || '（无）'}`,
        };
      }),
    );
    const situations = readQuerySet('test/queries/situations-zh.tsv').filter(
      (q) => answer(q['query'] ?? '').answer.kind === 'off-site',
    );
    console.log(
      `existing classes, top 3 (instant engine only):\n${report}\n` +
        `in-scope queries read as off-site: ${offSite.length}/${sets.length} of the existing sets, ${situations.length} of the situations\n${[...offSite, ...situations.map((q) => q['query'])].map((q) => `  ${q}`).join('\n')}`,
    );
    expect(below(by)).toEqual([]);
    expect(offSite.length / sets.length).toBeLessThanOrEqual(0.05);
  });
});

/** A held-out pair of sets (situations, out of scope), each class held to its floor. */
function heldOut(version: string, floors: Record<string, number>) {
  it('situations, first suggestion', () => {
    const { by, report } = firstSuggestion(`test/queries/situations-zh-${version}.tsv`);
    console.log(`blind set ${version}, situations, first suggestion:\n${report}`);
    expect(below(by, floors)).toEqual([]);
  });

  it('out of scope, status line', () => {
    const { by, report } = tally(
      readQuerySet(`test/queries/out-of-scope-zh-${version}.tsv`).map((q) => {
        const { answer: a } = answer(q['query'] ?? '');
        return { cls: q['class'] ?? '', hit: a.kind === 'off-site', miss: `${q['query']} → ${a.kind}` };
      }),
    );
    console.log(`blind set ${version}, out of scope, status line:\n${report}`);
    expect(below(by, floors)).toEqual([]);
  });
}

// A second blind set, written after the situations were built (test/queries/README.md). Scored
// blind first (scam-in-progress 46.7 %, already-given 60 %, money-gone 50 %, out of scope
// 86.7 %); the situations were then generalised from its misses (content/situations.yaml), so it
// is no longer held out: the third set is. Its floors are what it reaches now, so the test fails
// on a regression; the classes below the 95 % aim are printed with their misses, not hidden.
describe('issue 23 second blind set (tuned on after its blind score)', () => {
  heldOut('v2', { 'money-gone': 0.75, 'out-of-scope': 0.86 });
});

// The third blind set is held out: its expected articles were mapped from each topic and
// committed before it was first run, and nothing was tuned on it afterwards. Its floors are what
// it reached on that first run (test/queries/README.md), so a regression fails.
// First run: scam-in-progress 15/18, already-given 9/12, money-gone 4/10, bank-did-not-help 5/6,
// phone-lost 6/7, phishing 6/7; out of scope 25/30.
describe('issue 23 held-out sets (third blind set, not tuned on)', () => {
  heldOut('v3', {
    'scam-in-progress': 0.83,
    'already-given': 0.75,
    'money-gone': 0.4,
    'bank-did-not-help': 0.83,
    'phone-lost': 0.85,
    phishing: 0.85,
    'out-of-scope': 0.83,
  });
});
