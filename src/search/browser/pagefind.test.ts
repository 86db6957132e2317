import { describe, expect, it } from 'vitest';
import { chunkUrl } from '../shared/urls';
import { chunksFor, pagefindWords, type PagefindChunk } from './pagefind';

// The shape of a real table (the one this site's index had at 50 articles).
const table: PagefindChunk[] = [
  ['000', '包的', 'zh-cn_a42dff7'],
  ['包相', '拨', 'zh-cn_2bb2a8e'],
  ['拨出', '索', 'zh-cn_6af32c7'],
  ['紧', '龙去', 'zh-cn_c8f7e11'],
];

describe('Pagefind chunk table', () => {
  it('finds the chunk whose range holds each word', () => {
    // 付 (U+4ED8) sorts before 包 (U+5305); 验 (U+9A8C) between 紧 and 龙.
    expect(chunksFor(['付款'], table)).toEqual(['zh-cn_a42dff7']);
    expect(chunksFor(['验证码'], table)).toEqual(['zh-cn_c8f7e11']);
    expect(chunksFor(['验证码', '付款'], table)).toEqual(['zh-cn_a42dff7', 'zh-cn_c8f7e11']);
    // Boundaries belong to their chunk.
    expect(chunksFor(['包的'], table)).toEqual(['zh-cn_a42dff7']);
    expect(chunksFor(['拨出'], table)).toEqual(['zh-cn_6af32c7']);
    expect(chunksFor([], table)).toEqual([]);
  });

  it('falls back to prefixes where no range holds the word, as Pagefind does', () => {
    // "索赔" sorts after "索", the end of the third chunk, and before "紧": no strict match, so
    // chunks are compared on the word's first characters only (索 ≤ 索).
    expect(chunksFor(['索赔'], table)).toEqual(['zh-cn_6af32c7']);
  });

  it('orders words by code point, as Rust does, not by UTF-16 unit', () => {
    // U+FF01 (！) sorts before U+20000 (𠀀) by code point, after it by UTF-16 unit.
    const wide: PagefindChunk[] = [
      ['a', '\uff01', 'zh-cn_one'],
      ['\uff02', '\u{20000}', 'zh-cn_two'],
    ];
    expect(chunksFor(['\u{20000}'], wide)).toEqual(['zh-cn_two']);
  });

  it('makes the words Pagefind looks up: segments, lower-cased, without punctuation or marks', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    expect(pagefindWords('付款 失败', segmenter)).toEqual(['付款', '失败']);
    expect(pagefindWords('App 付款，失败！', segmenter)).toEqual(['app', '付款', '失败']);
    expect(pagefindWords('Café', segmenter)).toEqual(['cafe']);
  });

  it('names the URL Pagefind fetches', () => {
    expect(chunkUrl('zh-cn_a42dff7')).toBe('/pagefind/index/zh-cn_a42dff7.pf_index');
  });
});
