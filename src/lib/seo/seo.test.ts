import { describe, expect, it } from 'vitest';
import { canonicalUrl, pageTitle } from '.';
import { site } from '../../data/site';

describe('seo', () => {
  it('builds titles from the most specific part to the site name', () => {
    expect(pageTitle('付款失败', '解决步骤')).toBe(`付款失败 · 解决步骤 · ${site.name}`);
    expect(pageTitle()).toBe(site.name);
  });
  it('makes absolute canonical URLs with a trailing slash and no query', () => {
    expect(canonicalUrl('/fixes/a', 'https://h.example/')).toBe('https://h.example/fixes/a/');
    expect(canonicalUrl('/search/?q=1', 'https://h.example')).toBe('https://h.example/search/');
    expect(canonicalUrl('/sitemap-index.xml', 'https://h.example')).toBe('https://h.example/sitemap-index.xml');
  });
});
