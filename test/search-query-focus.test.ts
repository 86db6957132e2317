// The question-focus weighting and the words that say nothing, on the engine built from content/.
import { describe, expect, it } from 'vitest';
import { storyWeight } from '../src/search/shared';
import { engineFromContent } from './search-engine';

const engine = engineFromContent();

describe('the asking clause weighs most', () => {
  it('halves the story’s words and keeps the question’s', () => {
    const whole = engine.analyse('红包过期了');
    const post = engine.analyse('红包过期了,现在钱包被冻结了怎么解冻?');
    const w = (a: typeof post, t: string) => a.tokens.get(t) ?? 0;
    expect(w(post, '红包')).toBeCloseTo(w(whole, '红包') * storyWeight);
    expect(w(post, '冻结')).toBeGreaterThan(w(post, '红包'));
  });
});

describe('words that say nothing match nothing', () => {
  it('make no result on their own', () => {
    for (const q of ['多少', '是不是可以', '有没有什么', '怎么', '可以吗'])
      expect(
        engine.suggest(q).results.map((r) => r.id),
        q,
      ).toEqual([]);
  });

  it('leave the distinctive word to decide', () => {
    expect(
      engine
        .suggest('一天最多能付多少钱')
        .results.slice(0, 3)
        .map((r) => r.id),
    ).toContain('causes/payment-limits');
  });
});
