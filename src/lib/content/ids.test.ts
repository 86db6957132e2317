import { describe, expect, it } from 'vitest';
import { articleIdFromPath } from './ids';

describe('articleIdFromPath', () => {
  it('takes the section from the folder and the slug from the file name', () => {
    expect(articleIdFromPath('fixes/payment-failed.mdx')).toBe('fixes/payment-failed');
    expect(articleIdFromPath('faq/credit-record.md')).toBe('faq/credit-record');
  });

  it('names the file and lists the sections for an unknown folder', () => {
    expect(() => articleIdFromPath('howto/x.mdx', 'e2e/fixtures/bad')).toThrow(
      'e2e/fixtures/bad/howto/x.mdx：未知栏目“howto”。请把文件移到这些文件夹之一：causes、fixes、prevention、faq、complaints；要新增栏目，先在 src/data/sections.ts 里加一项。',
    );
  });

  it('refuses files outside a section folder and nested folders', () => {
    expect(() => articleIdFromPath('x.mdx')).toThrow(/content\/x\.mdx：文章必须直接放在某个栏目文件夹里/);
    expect(() => articleIdFromPath('fixes/a/b.mdx')).toThrow(/文章必须直接放在某个栏目文件夹里/);
  });

  it('refuses file names that cannot be URLs', () => {
    expect(() => articleIdFromPath('fixes/付款失败.mdx')).toThrow(/不能用作网址/);
    expect(() => articleIdFromPath('fixes/Payment_Failed.mdx')).toThrow(/不能用作网址/);
  });
});
