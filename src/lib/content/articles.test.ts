import { describe, expect, it } from 'vitest';
import {
  articlesInSection,
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

describe('sections', () => {
  it('never take a path that a fixed page uses', async () => {
    const { sections } = await import('../../data/sections');
    const reserved = ['search', 'diagnose', 'notices', 'accessibility', 'pagefind', '_astro', 'rss.xml'];
    for (const s of sections) expect(reserved).not.toContain(s.id);
  });
});
