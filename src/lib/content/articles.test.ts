import { describe, expect, it } from 'vitest';
import {
  articlesInSection,
  assertNoCrossProblems,
  findCrossProblems,
  prevNext,
  relatedArticles,
  sortArticles,
  visibleArticles,
  type ArticleLike,
} from './articles';

function article(id: string, data: Partial<ArticleLike['data']> = {}): ArticleLike {
  return {
    id,
    filePath: `content/${id}.mdx`,
    data: { title: id, description: 'd', order: 1, related: [], draft: false, ...data },
  };
}

describe('ordering', () => {
  it('sorts by section order, then order, then title', () => {
    const list = [
      article('faq/b', { order: 1 }),
      article('fixes/z', { order: 2 }),
      article('causes/x', { order: 5 }),
      article('fixes/a', { order: 2, title: '甲' }),
      article('fixes/y', { order: 1 }),
    ];
    expect(sortArticles(list).map((a) => a.id)).toEqual(['causes/x', 'fixes/y', 'fixes/a', 'fixes/z', 'faq/b']);
  });

  it('keeps drafts only when asked', () => {
    const list = [article('fixes/a'), article('fixes/b', { draft: true })];
    expect(visibleArticles(list, false).map((a) => a.id)).toEqual(['fixes/a']);
    expect(visibleArticles(list, true)).toHaveLength(2);
  });

  it('finds previous and next within the section only', () => {
    const list = [
      article('causes/x'),
      article('fixes/a', { order: 1 }),
      article('fixes/b', { order: 2 }),
      article('fixes/c', { order: 3 }),
    ];
    expect(articlesInSection(list, 'fixes')).toHaveLength(3);
    expect(prevNext(list, 'fixes/a').prev).toBeUndefined();
    expect(prevNext(list, 'fixes/a').next?.id).toBe('fixes/b');
    expect(prevNext(list, 'fixes/b').prev?.id).toBe('fixes/a');
    expect(prevNext(list, 'fixes/c').next).toBeUndefined();
  });

  it('resolves related articles in the order written, skipping unknown ones', () => {
    const list = [article('fixes/a'), article('fixes/b'), article('faq/c')];
    const a = article('fixes/x', { related: ['faq/c', 'fixes/missing', 'fixes/a'] });
    expect(relatedArticles(list, a).map((r) => r.id)).toEqual(['faq/c', 'fixes/a']);
  });
});

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
    const problems = findCrossProblems(list);
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

describe('sections', () => {
  it('never take a path that a fixed page uses', async () => {
    const { sections } = await import('../../data/sections');
    const reserved = ['search', 'diagnose', 'notices', 'accessibility', 'pagefind', '_astro', 'rss.xml'];
    for (const s of sections) expect(reserved).not.toContain(s.id);
  });
});
