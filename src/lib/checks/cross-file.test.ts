import { describe, expect, it } from 'vitest';
import type { ArticleLike } from '../content/articles';
import { assertNoCrossProblems, findCrossProblems } from './cross-file';
import { formatProblem } from './problem';

function article(id: string, data: Partial<ArticleLike['data']> = {}): ArticleLike {
  return {
    id,
    filePath: `content/${id}.mdx`,
    data: { title: id, description: 'd', order: 1, related: [], draft: false, ...data },
  };
}

describe('cross-file checks', () => {
  it('accepts consistent content', () => {
    const list = [article('fixes/a', { related: ['faq/b'] }), article('faq/b')];
    expect(findCrossProblems(list)).toEqual([]);
    expect(() => assertNoCrossProblems(list)).not.toThrow();
  });

  it('reports every problem with the file and the fix, in Chinese', () => {
    const list = [
      article('fixes/a', { title: '同一个标题', related: ['fixes/nope', 'fixes/a', 'faq/d'] }),
      article('faq/a', { title: '同一个标题' }),
      article('faq/d', { draft: true }),
    ];
    const problems = findCrossProblems(list).map(formatProblem);
    expect(problems).toEqual([
      'content/fixes/a.mdx：related 里的“fixes/nope”不存在。请写成“栏目/文件名”（不带 .mdx），并确认 content/fixes/nope.mdx 存在。',
      'content/fixes/a.mdx：related 里的“fixes/a”就是这篇文章本身，请删掉这一项。',
      'content/fixes/a.mdx：related 里的“faq/d”是草稿（draft: true），发布后读者打不开。请删掉这一项，或先发布那篇文章。',
      'content/faq/a.mdx：文件名“a”和 content/fixes/a.mdx 重复。文件名在全站必须唯一，请给其中一个改名。',
      'content/faq/a.mdx：title“同一个标题”和 content/fixes/a.mdx 重复。读者会分不清，请改写其中一个标题。',
    ]);
    expect(() => assertNoCrossProblems(list)).toThrow(/内容检查发现 5 个问题/);
  });
});
