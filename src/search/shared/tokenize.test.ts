import { describe, expect, it } from 'vitest';
import { bigrams, runs, tokenize, Vocabulary } from './tokenize';

describe('tokenizer', () => {
  const vocab = new Vocabulary(['付款失败', '付款', '验证码', '工银e钱包', '钱包']);

  it('splits Chinese and Latin runs; punctuation separates', () => {
    expect(runs('app闪退，95588打不通')).toEqual([
      { text: 'app', han: false },
      { text: '闪退', han: true },
      { text: '95588', han: false },
      { text: '打不通', han: true },
    ]);
    expect(runs('e-cny 限额').map((r) => r.text)).toEqual(['e-cny', '限额']);
  });

  it('makes character bigrams; a single character stays itself', () => {
    expect(bigrams('收不到验证码')).toEqual(['收不', '不到', '到验', '验证', '证码']);
    expect(bigrams('骗')).toEqual(['骗']);
  });

  it('adds the site’s own words, whole, and the last character, so that every character begins a token', () => {
    const tokens = tokenize('付款失败怎么办', vocab);
    expect(tokens).toEqual(expect.arrayContaining(['付款', '款失', '失败', '付款失败', '办']));
    expect(tokens).not.toContain('付');
    expect(tokenize('工银E钱包', vocab)).toEqual(expect.arrayContaining(['工银', 'e', '钱包', '工银e钱包']));
  });

  it('leaves single characters out where asked (headings and descriptions)', () => {
    const tokens = tokenize('付款失败', vocab, false);
    expect(tokens).toEqual(expect.arrayContaining(['付款', '款失', '失败', '付款失败']));
    expect(tokens).not.toContain('败');
  });

  it('finds vocabulary terms longest first, with where they start in code units and in characters', () => {
    expect(vocab.find('付款失败')).toEqual([
      { term: '付款失败', at: 0, char: 0 },
      { term: '付款', at: 0, char: 0 },
    ]);
    expect(vocab.find('我的工银e钱包付款失败了')).toEqual([
      { term: '工银e钱包', at: 2, char: 2 },
      { term: '钱包', at: 5, char: 5 },
      { term: '付款失败', at: 7, char: 7 },
      { term: '付款', at: 7, char: 7 },
    ]);
    // After a character outside the BMP (two code units), `char` counts it once.
    expect(vocab.find('😟付款')).toEqual([{ term: '付款', at: 2, char: 1 }]);
    expect(vocab.find('钱')).toEqual([]);
    expect(vocab.has('验证码')).toBe(true);
    expect(vocab.has('验正码')).toBe(false);
  });
});
