import { describe, expect, it } from 'vitest';
import { synonymMap, type SearchDictionary } from './dictionary';
import { applySynonyms, normalize, stripFillerPhrases, terms } from './normalize';
import { fullTextWords as analyze } from './query';
import { mergeRanked, searchWithFallback as fallback, type Engine } from './fallback';

/** The fallback over a raw query's full-text words, as the search module runs it. */
const searchWithFallback = (raw: string, dict: SearchDictionary, engine: Engine, same?: (q: string) => string) =>
  fallback(analyze(raw, dict), engine, same);

const dict: SearchDictionary = {
  synonyms: synonymMap([
    { id: '账户', variants: ['账号', '帐号'] },
    { id: '冻结', variants: ['冻住', '封了'] },
    { id: '付款失败', variants: ['付不了', '支付失败'] },
    { id: '95588', variants: ['客服电话'] },
    { id: '数字人民币', variants: ['E-CNY'] },
  ]),
  t2s: { 帳: '账', 號: '号', 凍: '冻', 結: '结', 麼: '么', 辦: '办' },
};

describe('normalize', () => {
  it('trims, folds full-width to half-width, lower-cases and collapses spaces', () => {
    expect(normalize('  ＡＰＰ　打不开  ')).toBe('app 打不开');
    expect(normalize('９５５８８')).toBe('95588');
  });
  it('converts Traditional characters the site uses to Simplified', () => {
    expect(normalize('帳號被凍結怎麼辦', dict.t2s)).toBe('账号被冻结怎么办');
  });
});

describe('fillers', () => {
  it('removes filler phrases before segmenting', () => {
    expect(stripFillerPhrases('付款失败是怎么回事').trim()).toBe('付款失败');
    expect(stripFillerPhrases('会不会上征信').trim()).toBe('上征信');
  });
  it('drops filler words and punctuation but keeps the meaning', () => {
    expect(terms('为什么 付款 失败 了 吗？')).toEqual(['付款', '失败']);
    expect(terms('我 的 钱包')).toEqual(['钱包']);
  });
});

describe('synonyms', () => {
  it('maps a reader’s word to the articles’ word, longest variant first', () => {
    expect(synonymMap([{ id: '数字人民币', variants: ['E-CNY'] }])).toEqual({ 'e-cny': '数字人民币' });
    expect(applySynonyms('账号被冻住', dict.synonyms).replace(/\s+/g, ' ').trim()).toBe('账户 被 冻结');
  });
  it('keeps the synonym target whole and remembers the reader’s own words', () => {
    const q = analyze('怎么 付不了 了', dict);
    expect(q.terms).toEqual(['付款失败']);
    expect(q.original).toContain('付');
    expect(analyze('客服电话', dict).terms).toEqual(['95588']);
  });
  it('handles a Traditional query end to end', () => {
    expect(analyze('帳號被凍結怎麼辦', dict).terms).toEqual(['账户', '冻结']);
  });
});

describe('mergeRanked', () => {
  it('ranks by weighted reciprocal rank', () => {
    const a = [
      { id: 'x', score: 1 },
      { id: 'y', score: 1 },
    ];
    const b = [{ id: 'y', score: 1 }];
    expect(mergeRanked([a, b]).map((r) => r.id)).toEqual(['y', 'x']);
    expect(mergeRanked([a, b], [3, 1]).map((r) => r.id)).toEqual(['x', 'y']);
  });
  it('puts results found by more lists first when asked', () => {
    const lists = [
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 1 },
      ],
      [{ id: 'b', score: 1 }],
      [{ id: 'c', score: 1 }],
    ];
    expect(mergeRanked(lists, [], true).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

/** A fake index: a page matches when it contains every word of the query. */
function fakeEngine(pages: Record<string, string>): { engine: Engine; queries: string[] } {
  const queries: string[] = [];
  const engine: Engine = (q) => {
    queries.push(q);
    const words = q.split(' ').filter(Boolean);
    return Promise.resolve(
      Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.includes(w)))
        .map(([id]) => ({ id, score: 1 })),
    );
  };
  return { engine, queries };
}

describe('searchWithFallback', () => {
  const pages = {
    'fixes/payment-failed': '钱包 付款失败 付款 失败 扫码 网络',
    'fixes/account-restricted': '账户 冻结 限制',
    'complaints/hotline': '95588 投诉',
  };

  it('finds everything when all words match, using synonyms', async () => {
    const { engine } = fakeEngine(pages);
    const r = await searchWithFallback('账号被封了怎么办', dict, engine);
    expect(r.mode).toBe('all');
    expect(r.results[0]?.id).toBe('fixes/account-restricted');
  });

  it('drops one word when the whole query finds nothing', async () => {
    const { engine } = fakeEngine(pages);
    const r = await searchWithFallback('钱包 扫码 网络 红包', dict, engine);
    expect(r.mode).toBe('most');
    expect(r.results.map((x) => x.id)).toEqual(['fixes/payment-failed']);
  });

  it('falls back to any word and ranks pages matching more words first', async () => {
    const { engine } = fakeEngine(pages);
    const r = await searchWithFallback('红包 钱包 扫码 冻结 投诉 征信 过期', dict, engine);
    expect(r.mode).toBe('any');
    expect(r.results[0]?.id).toBe('fixes/payment-failed');
    expect(r.results).toHaveLength(3);
  });

  it('finds the right page for a whole sentence typed as a question', async () => {
    const { engine } = fakeEngine(pages);
    const r = await searchWithFallback('我的钱包付款的时候一直提示失败是怎么回事', dict, engine);
    expect(r.results[0]?.id).toBe('fixes/payment-failed');
  });

  it('returns nothing, without querying, for a query of fillers only', async () => {
    const { engine, queries } = fakeEngine(pages);
    const r = await searchWithFallback('怎么办呢？', dict, engine);
    expect(r).toEqual({ results: [], mode: 'none', terms: [], original: [] });
    expect(queries).toEqual([]);
  });

  it('asks once for word lists the engine reads as one query', async () => {
    // The synonyms' words (账户 冻结) and the reader's own (账 号 封了) are two queries…
    const plain = fakeEngine(pages);
    const r = await searchWithFallback('账号被封了', dict, plain.engine);
    expect(plain.queries).toHaveLength(2);
    // …unless the engine reads them alike (as Pagefind reads 付款失败 and 付款 失败): then one.
    const alike = fakeEngine(pages);
    const same = await searchWithFallback('账号被封了', dict, alike.engine, (q) => q.replace(/ /g, '').slice(0, 1));
    expect(alike.queries).toEqual([plain.queries[0]]);
    expect(same.results.map((x) => x.id)).toEqual(r.results.map((x) => x.id));
  });

  it('says none when no word matches anything', async () => {
    const { engine } = fakeEngine(pages);
    expect((await searchWithFallback('zzqq', dict, engine)).mode).toBe('none');
  });
});
