import { describe, expect, it } from 'vitest';
import { editionOfFile, pagefindWasmFor } from './urls';

describe('editionOfFile', () => {
  it('reads the edition from the path and from Pagefind names', () => {
    expect(editionOfFile('en/fixes/payment-failed/index.html')).toBe('en');
    expect(editionOfFile('en/search-instant.js')).toBe('en');
    expect(editionOfFile('fixes/payment-failed/index.html')).toBe('zh-CN');
    expect(editionOfFile('search-instant.js')).toBe('zh-CN');
    expect(editionOfFile('pagefind/index/en_7959f33.pf_index')).toBe('en');
    expect(editionOfFile('pagefind/fragment/zh-cn_1a2b3c.pf_fragment')).toBe('zh-CN');
    expect(editionOfFile('pagefind/filter/en_685f58c.pf_filter')).toBe('en');
    expect(editionOfFile('pagefind/pagefind.zh-cn_33bf19fe4f6a4.pf_meta')).toBe('zh-CN');
    expect(editionOfFile('pagefind/pagefind.en_2f622a4dda.pf_meta')).toBe('en');
    expect(editionOfFile(pagefindWasmFor('en').slice(1))).toBe('en');
    expect(editionOfFile(pagefindWasmFor('zh-CN').slice(1))).toBe('zh-CN');
  });
  it('leaves the files both editions use to both', () => {
    for (const f of [
      'search-ui.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      '_astro/x.css',
      'favicon.svg',
    ])
      expect(editionOfFile(f), f).toBeUndefined();
  });
});
