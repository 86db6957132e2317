import { describe, expect, it } from 'vitest';
import { editLinks } from './edit-links';

const page = { title: '付款失败', url: 'https://h.example/fixes/a/' };

describe('editLinks', () => {
  it('is hidden when no repository is configured', () => {
    expect(editLinks('', 'main', 'content/fixes/a.mdx', page, '说明')).toBeUndefined();
  });
  it('builds GitHub edit and prefilled issue links', () => {
    const l = editLinks('https://github.com/o/r/', 'main', 'content/fixes/a.mdx', page, '请描述问题');
    expect(l?.edit).toBe('https://github.com/o/r/edit/main/content/fixes/a.mdx');
    const issue = new URL(l?.issue ?? '');
    expect(issue.pathname).toBe('/o/r/issues/new');
    expect(issue.searchParams.get('title')).toBe('内容问题：付款失败');
    expect(issue.searchParams.get('body')).toContain('页面：https://h.example/fixes/a/');
  });
  it('builds GitLab links', () => {
    const l = editLinks('https://gitlab.com/o/r', 'main', 'content/fixes/a.mdx', page, '');
    expect(l?.edit).toBe('https://gitlab.com/o/r/-/edit/main/content/fixes/a.mdx');
    expect(new URL(l?.issue ?? '').searchParams.get('issue[title]')).toBe('内容问题：付款失败');
  });
});
