import { afterEach, describe, expect, it } from 'vitest';
import { analyse, type QueryContext } from './query';
import { capQuery, queryMaxChars } from './limits';
import { fillers } from './normalize';
import { pinyinKeys, plainSyllables, readingTable, syllableSet, type SpokenTerm } from './pinyin';
import { Vocabulary } from './tokenize';
import { buildInstantData, headingsOf, type InstantArticle } from '../build/instant-data';

// No paste can freeze the page: the analyser reads a query only up to the cap, and its own work
// is linear in what it reads (the browser's word segmenter, which it calls, is not: the cap
// keeps what it is given short). Work is counted, not timed: every character a string iterator
// or array yields (Array.from, spreads, for…of) and every Map lookup (the vocabulary trie, the
// pinyin tables) during one analysis.

const article = (id: string, title: string, keywords: string[], body = ''): InstantArticle => ({
  id,
  section: id.split('/')[0] ?? '',
  title,
  description: `${title}。这里说明原因和处理办法，一步一步来。`,
  keywords,
  headings: headingsOf(body),
  body,
});
const { data } = buildInstantData({
  articles: [
    article('fixes/payment-failed', '付款失败、扫码付不了怎么办', ['付款失败', '付不了款', '支付不成功']),
    article('fixes/sms-code-not-arriving', '收不到短信验证码怎么办', ['收不到验证码', '验证码没收到']),
    article('fixes/account-restricted', '账户被限制、冻结了怎么办', ['账户被冻结', '钱包被封了', '解冻']),
    article('faq/e-cny', '数字人民币钱包是什么', ['数字人民币', '钱包', '子钱包']),
    article('faq/credit-record', '钱包出问题会影响征信吗？', ['征信', '信用记录']),
  ],
  sections: ['fixes', 'faq'].map((id) => ({ id, name: id })),
  synonyms: [
    { id: '冻结', variants: ['冻住', '封了', 'frozen'] },
    { id: '付款失败', variants: ['payment failed', '付不了'] },
  ],
  hot: ['fixes/payment-failed'],
});

// The query context as the engine makes it (src/search/shared/engine.ts), without an index.
const readings = readingTable(data.pinyin);
const spoken: SpokenTerm[] = [...data.terms, ...data.bodyTerms].map((term, i) => ({
  term,
  syllables: data.spoken[i]?.split(' ') ?? plainSyllables(term, readings),
}));
const fullPinyin = new Map<string, string[]>();
const initials = new Map<string, string[]>();
for (const s of spoken) {
  const keys = pinyinKeys(s.syllables);
  fullPinyin.set(keys.full, [...(fullPinyin.get(keys.full) ?? []), s.term]);
  if (keys.initials.length >= 2) initials.set(keys.initials, [...(initials.get(keys.initials) ?? []), s.term]);
}
const ctx: QueryContext = {
  dict: data.dict,
  vocab: new Vocabulary(data.terms.filter((t) => !fillers.has(t))),
  spoken,
  fullPinyin,
  initials,
  syllables: syllableSet(readings),
  readings,
  frequency: new Map(),
};

// A paste as a reader might make it: vocabulary words (generic ones too), an IME slip, pinyin
// typed without conversion, English, punctuation, an emoji outside the BMP.
const sentence = '我的数字人民币钱包被冻结了，付款失败怎么办？验正码收不到 zhifushibai payment failed 😟 ';
const paste = (n: number) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);

/** Wraps an iterator so that every step it takes is counted. */
function counted<T>(it: Iterator<T>, count: () => void): IterableIterator<T> {
  return {
    next: () => {
      count();
      return it.next();
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}

/** The work one analysis does: characters and array items iterated, plus Map lookups. */
function work(run: () => unknown): number {
  let steps = 0;
  const count = () => void steps++;
  const chars = String.prototype[Symbol.iterator];
  const items = Array.prototype[Symbol.iterator];
  const get = Reflect.get(Map.prototype, 'get') as (this: Map<unknown, unknown>, key: unknown) => unknown;
  String.prototype[Symbol.iterator] = function (this: string) {
    return counted(chars.call(this), count) as StringIterator<string>;
  };
  Array.prototype[Symbol.iterator] = function (this: unknown[]) {
    return counted(items.call(this), count) as ArrayIterator<unknown>;
  };
  Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown): unknown {
    steps++;
    return get.call(this, key);
  };
  restore = () => {
    String.prototype[Symbol.iterator] = chars;
    Array.prototype[Symbol.iterator] = items;
    Map.prototype.get = get;
  };
  try {
    run();
  } finally {
    restore();
  }
  return steps;
}
let restore = () => undefined as void;
afterEach(() => restore());

describe('query length', () => {
  it('caps a query at the limit, never inside a character, and says when it reached it', () => {
    expect(capQuery('付款失败')).toEqual({ text: '付款失败', cut: false });
    const long = paste(20_000);
    expect(capQuery(long).text).toBe(long.slice(0, queryMaxChars));
    expect(capQuery(long).cut).toBe(true);
    // An emoji (two code units) across the limit is left out whole.
    const edge = `${'付'.repeat(queryMaxChars - 1)}😟`;
    expect(capQuery(edge)).toEqual({ text: '付'.repeat(queryMaxChars - 1), cut: true });
  });

  it('analyses a 20,000-character paste as its first 200 characters, with the same work', () => {
    const long = paste(20_000);
    const head = long.slice(0, queryMaxChars);
    expect(analyse(long, ctx)).toEqual(analyse(head, ctx));
    const capped = work(() => analyse(long, ctx));
    expect(capped).toBeGreaterThan(0);
    expect(capped).toBeLessThanOrEqual(work(() => analyse(head, ctx)) * 1.05);
  });

  it('does linear work without the cap: twice the text, about twice the work', () => {
    // Without the cap (a caller that asks for more): 10,000 and 20,000 characters. A quadratic
    // step (a prefix of the text converted per vocabulary match) would make this 4 times.
    const once = work(() => analyse(paste(10_000), ctx, Infinity));
    const twice = work(() => analyse(paste(20_000), ctx, Infinity));
    expect(once).toBeGreaterThan(10_000);
    expect(twice / once).toBeLessThan(2.5);
  });

  it('reads a long run of pinyin in linear work', () => {
    const once = work(() => analyse('zhifushibai'.repeat(1_000), ctx, Infinity));
    const twice = work(() => analyse('zhifushibai'.repeat(2_000), ctx, Infinity));
    expect(twice / once).toBeLessThan(2.5);
  });
});
