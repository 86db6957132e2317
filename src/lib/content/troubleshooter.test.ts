import { describe, expect, it } from 'vitest';
import { troubleshooterSchema, type Troubleshooter } from '../../schemas/troubleshooter';
import { diagnoseUrl } from './routes';
import { allPaths, alternateDiagnoseUrls, treePages } from './troubleshooter';

const outcome = (articles: string[]) => ({
  title: '结果标题',
  summary: '这是一个结果的说明文字。',
  articles,
  urgent: false,
  call: 'icbc-hotline' as const,
});
const question = (...next: string[]) => ({
  question: '选哪一个呢？',
  answers: next.map((n) => ({ label: `去${n}`, next: n })),
});
function tree(nodes: Troubleshooter['nodes'], start = 'start'): Troubleshooter {
  return { start, nodes };
}

describe('paths and walks', () => {
  const t = tree({
    start: question('x', 'y'),
    x: outcome(['fixes/a']),
    y: question('x', 'z'),
    z: outcome(['fixes/a']),
  });
  it('lists every path from the start to an outcome', () => {
    expect(allPaths(t)).toEqual([
      ['start', 'x'],
      ['start', 'y', 'x'],
      ['start', 'y', 'z'],
    ]);
  });
  it('puts the walk in the URL', () => {
    expect(diagnoseUrl(['start'])).toBe('/diagnose/');
    expect(diagnoseUrl(['start', 'y', 'z'])).toBe('/diagnose/y/z/');
  });
  it('lists every walk once, the shortest to each node first: that one is its main URL', () => {
    expect(treePages(t).map((p) => `${diagnoseUrl(p.path)}${p.primary ? '' : ' (alternate)'}`)).toEqual([
      '/diagnose/',
      '/diagnose/x/',
      '/diagnose/y/',
      '/diagnose/y/x/ (alternate)',
      '/diagnose/y/z/',
    ]);
    expect([...alternateDiagnoseUrls(t)]).toEqual(['/diagnose/y/x/']);
  });
});

describe('two answers of one question that lead to one node', () => {
  // One situation in two readers' words: legitimate, and its page is built once (the same URL
  // twice made the build fail with PrerenderRouteConflict).
  const t = tree({
    start: {
      question: '选哪一个呢？',
      answers: [
        { label: 'App 打不开', next: 'x' },
        { label: 'App 闪退', next: 'x' },
      ],
    },
    x: outcome(['fixes/a']),
  });
  it('walk to it once, under one URL', () => {
    expect(allPaths(t)).toEqual([['start', 'x']]);
    expect(treePages(t).map((p) => diagnoseUrl(p.path))).toEqual(['/diagnose/', '/diagnose/x/']);
  });
});

describe('troubleshooterSchema', () => {
  it('rejects a node that mixes a question and an outcome, and too many answers', () => {
    const mixed = troubleshooterSchema.safeParse({ start: 's', nodes: { s: { ...question('a', 'b'), title: 'x' } } });
    expect(mixed.success).toBe(false);
    const many = troubleshooterSchema.safeParse({
      start: 's',
      nodes: { s: question('t', 'u'), t: question('a', 'b', 'c', 'd', 'e', 'f') },
    });
    expect(many.success ? [] : many.error.issues.map((i) => `${i.path.join('.')}：${i.message}`)).toEqual([
      'nodes.t.answers：问题最多 5 个回答（只有第一个问题可以到 8 个），多了读者难选；请拆成两步。',
    ]);
    // The first question may list more, up to its own limit.
    expect(
      troubleshooterSchema.safeParse({ start: 's', nodes: { s: question('a', 'b', 'c', 'd', 'e', 'f', 'g') } }).success,
    ).toBe(true);
    const tooMany = troubleshooterSchema.safeParse({ start: 's', nodes: { s: question(...'abcdefghi') } });
    expect(tooMany.success ? '' : tooMany.error.issues[0]?.message).toBe(
      '问题最多 8 个回答，多了读者难选；请拆成两步。',
    );
  });
});

describe('node messages name what the editor wrote', () => {
  const messages = (node: unknown) => {
    const r = troubleshooterSchema.safeParse({ start: 's', nodes: { s: node } });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it('checks a question as a question and an outcome as an outcome', () => {
    expect(
      messages({
        question: '问？',
        answers: [
          { label: 'a', next: 'x' },
          { label: 'b', next: 'y' },
        ],
      }),
    ).toEqual(['question 太短，请写成完整的问题（至少 4 个字）。']);
    expect(
      messages({ title: '结果标题', summary: '太短了', articles: ['fixes/a', 'fixes/b', 'fixes/c', 'fixes/d'] }),
    ).toEqual(['summary 至少 10 个字，请写清读者现在该做什么。', '结果最多推荐 3 篇文章。']);
    expect(
      messages({ title: '结果标题', summary: '这是一个足够长的结果说明。', articles: ['fixes/a'], urgent: 'yes' }),
    ).toEqual(['urgent 只能写 true 或 false。']);
    expect(
      messages({
        title: '结果标题',
        summary: '这是一个足够长的结果说明。',
        articles: ['fixes/a'],
        urgent: true,
        call: '110',
      }),
    ).toEqual(['call 只能写 icbc-hotline（先打 95588）或 police-110（被骗了，先打 110）。']);
    // A step before the call belongs only to an urgent outcome.
    const first = {
      title: '结果标题',
      summary: '这是一个足够长的结果说明。',
      articles: ['fixes/a'],
      first: '先停掉手机卡再说。',
    };
    expect(messages(first)).toEqual(['first 只用在紧急的结果上：请同时写 urgent: true，或删掉 first。']);
    expect(messages({ ...first, urgent: true })).toEqual([]);
  });
  it('names fields that do not belong', () => {
    expect(
      messages({
        question: '选哪一个呢？',
        answers: [
          { label: 'a', next: 'x' },
          { label: 'b', next: 'y' },
        ],
        articles: ['fixes/a'],
      })[0],
    ).toMatch(/不认识或不该出现的字段：articles/);
  });
});
