import { describe, expect, it } from 'vitest';
import { lineText, situationMatcher, type CompiledSituations } from './situations';

const data: CompiledSituations = {
  already: ['已经', '给了', '转了', '说了'],
  negations: ['没有给', '没给', '没说', '还没', '没'],
  list: [
    {
      id: 'given',
      article: 'fixes/scammed-what-now',
      line: ['已经给了？先挂断，再拨打 ', { display: '110', tel: '110' }],
      already: 'yes',
      groups: [['验证码']],
      unless: [],
    },
    {
      id: 'asked',
      article: 'prevention/official-numbers-only',
      line: ['有人要验证码？挂断'],
      already: 'no',
      groups: [
        ['让我', '要我', 'yao wo'],
        ['验证码', 'yanzhengma'],
      ],
      unless: ['收不到'],
    },
  ],
};
const m = situationMatcher(data);
const id = (...texts: string[]) => m.match(texts)?.id;

describe('situations', () => {
  it('match only when every concept occurs, in any order', () => {
    expect(id('客服让我报验证码')).toBe('asked');
    expect(id('验证码，客服让我报')).toBe('asked');
    // One concept alone is not the situation.
    expect(id('验证码怎么用')).toBeUndefined();
    expect(id('让我想想')).toBeUndefined();
  });

  it('tell "already happened" from "asked for", and a negation takes "already" back', () => {
    expect(id('我已经把验证码告诉他了')).toBe('given');
    expect(id('给了验证码但是钱没少')).toBe('given');
    // 没有给 / 还没说: not given; the request is still going on.
    expect(id('他让我报验证码，我没有给')).toBe('asked');
    expect(id('他要我说验证码，我还没说了')).toBe('asked');
    // A negation in another clause does not reach.
    expect(id('我没办法，已经给了验证码')).toBe('given');
  });

  it('take words that rule a situation out, and the first that matches wins', () => {
    expect(id('客服让我等验证码，可是收不到')).toBeUndefined();
    expect(m.match(['我已经把验证码告诉他，他还让我转账'])?.article).toBe('fixes/scammed-what-now');
  });

  it('read the words in any of the query’s texts, Latin words whole (pinyin forms)', () => {
    expect(id('kefu yao wo de yanzhengma')).toBe('asked');
    expect(id('kefu yaowode yanzhengma')).toBeUndefined();
    // The concepts may come from different texts of one query (as typed, rewritten).
    expect(id('客服让我报严正码', '客服让我报验证码')).toBe('asked');
  });

  it('stay linear on a long paste', () => {
    const long = '让我'.repeat(20_000);
    const t = performance.now();
    expect(id(long)).toBeUndefined();
    // Printed, not asserted (the machine's speed is not under test).
    console.log(`40,000 characters matched in ${(performance.now() - t).toFixed(1)} ms`);
  });

  it('give the line as text', () => {
    expect(lineText(data.list[0]?.line ?? [])).toBe('已经给了？先挂断，再拨打 110');
  });
});
