import { describe, expect, it } from 'vitest';
import { answerOf, answeredMatch, isConfident } from './honest';

describe('the honest answer', () => {
  it('names the words the site never uses, whatever shares another word with the query', () => {
    expect(answerOf({ missing: ['股票'], situation: false, count: 5, matched: 1 })).toEqual({
      kind: 'off-site',
      missing: ['股票'],
    });
    expect(answerOf({ missing: ['国债', '利率'], situation: false, count: 0, matched: 0 })).toEqual({
      kind: 'off-site',
      missing: ['国债', '利率'],
    });
  });

  it('counts what was found when every distinctive word is on the site', () => {
    expect(answerOf({ missing: [], situation: false, count: 3, matched: 2 })).toEqual({ kind: 'found', count: 3 });
    expect(answerOf({ missing: [], situation: false, count: 0, matched: 0 })).toEqual({ kind: 'none' });
  });

  it('lets a situation and a strong match win over a stray unknown word', () => {
    expect(answerOf({ missing: ['出租车'], situation: true, count: 4, matched: 0 }).kind).toBe('situation');
    expect(answerOf({ missing: ['菜市场'], situation: false, count: 4, matched: answeredMatch }).kind).toBe('found');
  });
});

describe('a sure first suggestion', () => {
  const base = { first: 10, second: 5, matched: 1.3, missing: 0 };
  it('is a clear lead on a whole distinctive word', () => {
    expect(isConfident(base)).toBe(true);
  });
  it('is not a near tie, a match on bigrams alone, or a query with words the site lacks', () => {
    expect(isConfident({ ...base, second: 9 })).toBe(false);
    expect(isConfident({ ...base, matched: 0.6 })).toBe(false);
    expect(isConfident({ ...base, missing: 1 })).toBe(false);
    expect(isConfident({ ...base, first: 0 })).toBe(false);
  });
});
