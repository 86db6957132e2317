import { describe, expect, it } from 'vitest';
import { buildInstantData, headingsOf } from '../build/instant-data';
import { createInstantEngine } from '../shared/engine';
import { unpackDoc } from '../shared/instant-file';
import { schedule, type Clock } from './scheduler';

// A small site built by the real builder, indexed on the scheduler's clock.
const sections = ['fixes', 'faq'].map((id) => ({ id, name: id }));
const articles = [
  ['fixes/payment-failed', '付款失败、扫码付不了怎么办', ['付款失败']],
  ['fixes/sms-code-not-arriving', '收不到短信验证码怎么办', ['收不到验证码']],
  ['fixes/account-restricted', '账户被限制、冻结了怎么办', ['账户被冻结']],
  ['faq/credit-record', '钱包出问题会影响征信吗？', ['征信']],
].map(([id, title, keywords]) => ({
  id: id as string,
  section: (id as string).split('/')[0] ?? '',
  title: title as string,
  description: '',
  keywords: keywords as string[],
  headings: headingsOf(''),
  body: '',
}));
const { data } = buildInstantData({ articles, sections, synonyms: [], hot: [] });
const docs = data.docs.map((d) => unpackDoc(d, data.sections));
const lastId = docs[docs.length - 1]?.[0] ?? '';
const lastTitle = docs[docs.length - 1]?.[1] ?? '';

/** A fake clock: `later` and `idle` queue their work; `tick` advances by `step` ms at every look. */
function fakeClock(step: number, idle: boolean) {
  let now = 0;
  const queue: (() => void)[] = [];
  const clock: Clock = {
    now: () => (now += step),
    later: (fn) => void queue.push(fn),
    idle: idle ? (fn) => void queue.push(() => fn(() => 50)) : undefined,
  };
  const drain = async () => {
    for (let guard = 0; queue.length && guard < 10_000; guard++) {
      queue.shift()?.();
      await Promise.resolve();
    }
  };
  return { clock, queue, drain };
}

describe('indexing scheduler', () => {
  it('answers from the first articles at once and from all of them once idle time has indexed the rest', async () => {
    const lazy = createInstantEngine(data, 1);
    const { clock, drain } = fakeClock(1, true);
    const { complete } = schedule(lazy.work, clock);
    expect(lazy.article(lastId)?.title).toBe(lastTitle);
    expect(lazy.suggest(lastTitle).results.map((r) => r.id)).not.toContain(lastId);
    await drain();
    await complete;
    expect(lazy.suggest(lastTitle).results[0]?.id).toBe(lastId);
  });

  it('indexes the first articles on request, in slices, before idle time gets to them', async () => {
    const none = createInstantEngine(data, 0);
    const { clock, queue } = fakeClock(1, true);
    const first = docs[0]?.[0] ?? '';
    const title = docs[0]?.[1] ?? '';
    const s = schedule(none.work, clock);
    expect(none.suggest(title).results).toEqual([]);
    await s.grow(1);
    expect(none.suggest(title).results.map((r) => r.id)).toContain(first);
    // Idle time has not run yet: the other articles wait for it.
    expect(queue.length).toBeGreaterThan(0);
    expect(none.work.indexed()).toBe(1);
  });

  it('indexes what it was asked to grow to at once when a query is waiting', () => {
    const slow = createInstantEngine(data, 0);
    // A clock that jumps 100 ms at every look: every slice of grow runs out of time at once.
    const { clock } = fakeClock(100, false);
    const s = schedule(slow.work, clock);
    void s.grow(data.docs.length);
    expect(slow.work.indexed()).toBeLessThan(data.docs.length);
    expect(slow.suggest(lastTitle).results.map((r) => r.id)).not.toContain(lastId);
    s.hurry();
    expect(slow.work.indexed()).toBe(data.docs.length);
    expect(slow.suggest(lastTitle).results[0]?.id).toBe(lastId);
  });

  it('where the browser cannot tell idle time, goes on after other tasks', async () => {
    const engine = createInstantEngine(data, 0);
    const { clock, drain } = fakeClock(1, false);
    const { complete } = schedule(engine.work, clock);
    expect(engine.work.left()).toBe(true);
    await drain();
    await complete;
    expect(engine.work.left()).toBe(false);
  });
});
