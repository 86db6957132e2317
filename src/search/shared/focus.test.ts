import { describe, expect, it } from 'vitest';
import { clausesOf, focusOf, fullTextWords } from './query';

describe('the question decides', () => {
  it('splits a post into clauses at punctuation and at a space between Chinese words', () => {
    expect(clausesOf('我昨天付款,钱包冻结了 怎么解冻?')).toEqual(['我昨天付款,', '钱包冻结了', '怎么解冻?']);
  });

  it('takes the clause that ends as a question, else the last with a question word', () => {
    expect(focusOf('昨天买菜付款失败了,现在钱包被冻结了,怎么解冻?')).toBe('怎么解冻?');
    expect(focusOf('钱转不出去,是不是被限制了?我也没干什么坏事啊')).toBe('是不是被限制了?');
    expect(focusOf('昨天付款失败,钱包被冻结了,该怎么解冻')).toBe('该怎么解冻');
  });

  it('reaches back while the asking clause says nothing on its own', () => {
    expect(focusOf('昨天付款失败,钱包被冻结了,怎么办?')).toBe('钱包被冻结了,怎么办?');
    expect(focusOf('昨天付款失败,钱包被冻结了,怎么办?急')).toBe('钱包被冻结了,怎么办?');
    // All of it asks: no story to weigh less.
    expect(focusOf('钱包被冻结了,怎么办?')).toBeUndefined();
  });

  it('has no focus in one clause or when nothing asks', () => {
    expect(focusOf('钱包被冻结了怎么办')).toBeUndefined();
    expect(focusOf('钱包被冻结了,付款失败')).toBeUndefined();
  });
});

describe('words that say nothing', () => {
  const dict = { synonyms: {}, t2s: {} };
  it('are never asked of the full-text engine', () => {
    expect(fullTextWords('利率是多少', dict).terms).toEqual(['利率']);
    expect(fullTextWords('是不是可以', dict).terms).toEqual([]);
    expect(fullTextWords('有没有什么办法', dict).terms).not.toContain('什么');
  });
});
