// The English edition's situations (content/en/situations.yaml) on the English instant engine
// built from content/en/ as the build builds /en/search-instant.js: the reader on a scam call is
// recognised, the situation's article comes first, and ordinary questions bring no banner.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts, type Contact } from '../src/data/contacts';
import { orderedSections } from '../src/data/sections';
import { readArticles } from '../src/lib/content/disk';
import { sectionOf } from '../src/lib/content/articles';
import { localSection } from '../src/lib/i18n';
import { englishSituationsSchema } from '../src/schemas/situations';
import { buildInstantData, headingsOf } from '../src/search/build';
import { createInstantEngine, english, lineText, type InstantEngine } from '../src/search/shared';
import { readQuerySet } from './search-engine';

let engine: InstantEngine;
const realDocument = (globalThis as { document?: unknown }).document;

beforeAll(() => {
  // The query layer reads the page's language from <html lang>: an English page.
  (globalThis as { document?: unknown }).document = { documentElement: { lang: 'en' } };
  const dir = 'content/en';
  const articles = readArticles(dir).filter((a) => a.data && a.data['draft'] !== true);
  const synonyms = Object.entries(parseYaml(readFileSync(`${dir}/synonyms.yaml`, 'utf8')) as Record<string, string[]>);
  const phones = new Map<string, { display: string; tel?: string }>();
  for (const c of contacts as readonly Contact[])
    if (c.kind !== 'site')
      phones.set(c.id, c.kind === 'phone' ? { display: c.display, tel: c.tel } : { display: c.display });
  const data = buildInstantData({
    articles: articles.map((a) => ({
      id: a.id,
      section: sectionOf(a.id),
      title: typeof a.data?.['title'] === 'string' ? a.data['title'] : '',
      description: typeof a.data?.['description'] === 'string' ? a.data['description'] : '',
      keywords: ((a.data?.['keywords'] as unknown[] | undefined) ?? []).map((k) =>
        english.expand(String(k).toLowerCase()),
      ),
      headings: headingsOf(a.body),
      body: a.body,
    })),
    sections: orderedSections.map((s) => localSection(s, 'en')),
    synonyms: synonyms.map(([id, variants]) => ({ id, variants })),
    hot: parseYaml(readFileSync(`${dir}/hot-questions.yaml`, 'utf8')) as string[],
    situations: {
      file: englishSituationsSchema.parse(parseYaml(readFileSync(`${dir}/situations.yaml`, 'utf8'))),
      phones,
      lang: 'en',
    },
  }).data;
  engine = createInstantEngine(data, Infinity);
});

afterAll(() => {
  (globalThis as { document?: unknown }).document = realDocument;
});

/** The situation a query is read as, its article first, and its line as text. */
function read(q: string) {
  const { results, analysis } = engine.suggest(q, 5);
  return {
    id: analysis.situation?.id,
    first: results[0]?.id,
    line: analysis.situation ? lineText(analysis.situation.line) : '',
  };
}

describe('English situations (content/en/situations.yaml)', () => {
  it('a scam in progress: the situation and its article first', () => {
    expect(read('the bank guy on the phone wants the code from my text message')).toMatchObject({
      id: 'scam-code',
      first: 'prevention/scams-targeting-visitors',
    });
    expect(read('They asked me for the codes I got by SMS')).toMatchObject({ id: 'scam-code' });
    expect(read('they want me to install an app and share my screen')).toMatchObject({
      id: 'scam-screen',
      first: 'prevention/scams-targeting-visitors',
    });
    expect(read('the police told me to move my money to a safe account')).toMatchObject({
      id: 'scam-transfer',
      first: 'prevention/safe-account-scam',
    });
  });

  it('money already sent: the loss path first, 110 before 95588 in the line', () => {
    const r = read('I already transferred money to the safe account');
    expect(r).toMatchObject({ id: 'already-given', first: 'fixes/scammed-what-now' });
    expect(r.line.indexOf('110')).toBeGreaterThan(-1);
    expect(r.line.indexOf('110')).toBeLessThan(r.line.indexOf('95588'));
    expect(read('I transferred money to a scammer, what do I do')).toMatchObject({ first: 'fixes/scammed-what-now' });
    expect(read('I gave the verification code to someone who called me, what now').id).toBe('already-given');
    // Not yet: the request is still going on.
    expect(read("they want me to transfer to a safe account, I haven't transferred yet").id).toBe('scam-transfer');
  });

  it('words whole and by their stems: "app" is not inside "happen"; "transfer" does not say "transferred"', () => {
    expect(read('what happens if they ask me about my wallet').id).toBeUndefined();
    expect(read('they ask me to install the app').id).toBe('scam-app');
    expect(read('he asked me to transfer money').id).toBe('scam-transfer');
  });

  it('ordinary questions bring no banner', () => {
    for (const q of [
      'payment failed',
      'sms code not arriving',
      'how do I ask for a new code',
      'app won’t open',
      'how to close the wallet',
      'what is e-cny',
    ])
      expect(read(q).id, q).toBeUndefined();
  });

  it('every situation row of the blind English query set: its article first (printed)', () => {
    const rows = readQuerySet('test/queries/en.tsv').filter((q) => q['class'] === 'situation');
    const misses = rows.flatMap((q) => {
      const r = read(q['query'] ?? '');
      const want = (q['expected'] ?? '').split('|');
      return r.first && want.includes(r.first) ? [] : [`${q['query']} → ${r.id ?? '-'} ${r.first ?? '-'}`];
    });
    console.log(`English situation rows: ${rows.length - misses.length}/${rows.length} first\n${misses.join('\n')}`);
    expect(rows.length - misses.length).toBeGreaterThanOrEqual(rows.length - 1);
  });
});
