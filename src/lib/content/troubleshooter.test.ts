import { describe, expect, it } from 'vitest';
import { troubleshooterSchema, type Troubleshooter } from '../../schemas/troubleshooter';
import { allPaths, depths } from './troubleshooter';

const outcome = (articles: string[]) => ({ title: '结果标题', summary: '这是一个结果的说明文字。', articles, urgent: false });
const question = (...next: string[]) => ({ question: '选哪一个呢？', answers: next.map((n) => ({ label: `去${n}`, next: n })) });
function tree(nodes: Troubleshooter['nodes'], start = 'start'): Troubleshooter {
  return { start, nodes };
}

describe('paths and depths', () => {
  const t = tree({ start: question('x', 'y'), x: outcome(['fixes/a']), y: question('x', 'z'), z: outcome(['fixes/a']) });
  it('lists every path from the start to an outcome', () => {
    expect(allPaths(t)).toEqual([['start', 'x'], ['start', 'y', 'x'], ['start', 'y', 'z']]);
  });
  it('counts the fewest steps to each node', () => {
    expect(Object.fromEntries(depths(t))).toEqual({ start: 1, x: 2, y: 2, z: 3 });
  });
});

describe('troubleshooterSchema', () => {
  it('rejects a node that mixes a question and an outcome, and too many answers', () => {
    const mixed = troubleshooterSchema.safeParse({ start: 's', nodes: { s: { ...question('a', 'b'), title: 'x' } } });
    expect(mixed.success).toBe(false);
    const many = troubleshooterSchema.safeParse({ start: 's', nodes: { s: question('a', 'b', 'c', 'd', 'e', 'f') } });
    expect(many.success ? '' : many.error.issues.map((i) => i.message).join()).toMatch(/最多 5 个回答|不能混写/);
  });
});

describe('node messages name what the editor wrote', () => {
  const messages = (node: unknown) => {
    const r = troubleshooterSchema.safeParse({ start: 's', nodes: { s: node } });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it('checks a question as a question and an outcome as an outcome', () => {
    expect(messages({ question: '问？', answers: [{ label: 'a', next: 'x' }, { label: 'b', next: 'y' }] })).toEqual([
      'question 太短，请写成完整的问题（至少 4 个字）。',
    ]);
    expect(messages({ title: '结果标题', summary: '太短了', articles: ['fixes/a', 'fixes/b', 'fixes/c', 'fixes/d'] })).toEqual([
      'summary 至少 10 个字，请写清读者现在该做什么。',
      '结果最多推荐 3 篇文章。',
    ]);
    expect(messages({ title: '结果标题', summary: '这是一个足够长的结果说明。', articles: ['fixes/a'], urgent: 'yes' })).toEqual([
      'urgent 只能写 true 或 false。',
    ]);
  });
  it('names fields that do not belong', () => {
    expect(messages({ question: '选哪一个呢？', answers: [{ label: 'a', next: 'x' }, { label: 'b', next: 'y' }], articles: ['fixes/a'] })[0]).toMatch(
      /不认识或不该出现的字段：articles/,
    );
  });
});
