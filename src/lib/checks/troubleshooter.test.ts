import { describe, expect, it } from 'vitest';
import type { Troubleshooter } from '../../schemas/troubleshooter';
import { findTreeProblems as findTree } from './troubleshooter';
import { formatProblem } from './problem';

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
const articles = new Map([
  ['fixes/a', { draft: false }],
  ['fixes/d', { draft: true }],
]);

function tree(nodes: Troubleshooter['nodes'], start = 'start'): Troubleshooter {
  return { start, nodes };
}

const findTreeProblems = (...args: Parameters<typeof findTree>) => findTree(...args).map(formatProblem);

describe('findTreeProblems', () => {
  it('accepts a sound tree', () => {
    const t = tree({
      start: question('x', 'y'),
      x: outcome(['fixes/a']),
      y: question('x', 'z'),
      z: outcome(['fixes/a']),
    });
    expect(findTreeProblems(t, articles)).toEqual([]);
  });

  it('names every problem with its node', () => {
    const t = tree({
      start: question('x', 'nowhere'),
      x: outcome(['fixes/missing', 'fixes/d']),
      orphan: outcome(['fixes/a']),
      loop: question('start', 'x'),
    });
    const f = 'content/troubleshooter.yaml';
    expect(findTreeProblems(t, articles)).toEqual([
      `${f}：节点“start”的回答“去nowhere”指向不存在的节点“nowhere”。请改成已有节点的 id，或者新建这个节点。`,
      `${f}：结果节点“x”推荐的文章“fixes/missing”不存在。请写成“栏目/文件名”，并确认 content/fixes/missing.mdx 存在。`,
      `${f}：结果节点“x”推荐的文章“fixes/d”还是草稿（draft: true），读者打不开。请换一篇或先发布它。`,
      `${f}：节点“orphan”没有任何回答指向它，读者永远走不到。请在某个问题里加一个指向它的回答，或者删掉它。`,
      `${f}：节点“loop”没有任何回答指向它，读者永远走不到。请在某个问题里加一个指向它的回答，或者删掉它。`,
    ]);
  });

  it('finds a cycle and shows it', () => {
    const t = tree({
      start: question('a', 'x'),
      a: question('b', 'x'),
      b: question('a', 'x'),
      x: outcome(['fixes/a']),
    });
    expect(findTreeProblems(t, articles)).toEqual([
      'content/troubleshooter.yaml：节点“b”的回答“去a”又回到了“a”，形成死循环（a → b → a）。请让它指向一个新的节点或结果。',
    ]);
  });

  it('reports a missing start node', () => {
    expect(findTreeProblems(tree({ x: outcome(['fixes/a']) }, 'begin'), articles)[0]).toMatch(
      /start 指向的节点“begin”不存在/,
    );
  });
});
