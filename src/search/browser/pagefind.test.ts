import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { chunkUrl } from '../shared/urls';
import { cborEnd, chunksFor, pagefindDamage, pagefindWords, type PagefindChunk } from './pagefind';

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

describe('Pagefind files as they arrive', () => {
  const marked = (body: Uint8Array) => new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...body]);
  // An index chunk's shape: words with their pages and positions (nested arrays, maps, bytes).
  const cbor = encode([
    ['付款', [[0, [1, 2, 300, 70000]]], { w: 'x'.repeat(40) }],
    ['失败', [[5, [2 ** 33]]], new Uint8Array([1, 2, 3])],
    -1,
    1.5,
    true,
    null,
  ]);
  const chunk = marked(cbor);
  const fragment = marked(new TextEncoder().encode(JSON.stringify({ url: '/fixes/payment-failed/', content: '付款' })));

  it('walks one whole CBOR item, and says where a cut one would end (nowhere)', () => {
    expect(cborEnd(cbor, 0)).toBe(cbor.length);
    for (let n = 0; n < cbor.length; n++) expect(cborEnd(cbor.subarray(0, n), 0)).toBe(-1);
    // Indefinite lengths, as other CBOR writers use them: [_ 1, [_ ]] and a break.
    expect(cborEnd(new Uint8Array([0x9f, 0x01, 0x9f, 0xff, 0xff]), 0)).toBe(5);
    expect(cborEnd(new Uint8Array([0x9f, 0x01, 0x9f, 0xff]), 0)).toBe(-1);
  });

  it('passes the files Pagefind wrote, inflated or gzipped', async () => {
    expect(await pagefindDamage('/pagefind/index/zh-cn_1.pf_index', chunk)).toBeNull();
    expect(await pagefindDamage('/pagefind/pagefind.zh-cn_1.pf_meta', chunk)).toBeNull();
    expect(await pagefindDamage('/pagefind/index/zh-cn_1.pf_index', new Uint8Array(gzipSync(chunk)))).toBeNull();
    expect(await pagefindDamage('/pagefind/fragment/zh-cn_1.pf_fragment', fragment)).toBeNull();
    expect(
      await pagefindDamage('/pagefind/pagefind-entry.json', new TextEncoder().encode('{"languages":{}}')),
    ).toBeNull();
  });

  it('names what is wrong with a damaged one', async () => {
    const index = '/pagefind/index/zh-cn_1.pf_index';
    const html = new TextEncoder().encode('\n<!doctype html><title>登录 Wi-Fi</title>');
    expect(await pagefindDamage(index, new Uint8Array())).toBe('empty');
    expect(await pagefindDamage(index, html)).toBe('an HTML page');
    expect(await pagefindDamage(index, chunk, 'text/html; charset=utf-8')).toBe('an HTML page');
    expect(
      await pagefindDamage(
        index,
        new Uint8Array(64).map((_, i) => i * 37),
      ),
    ).toBe('no Pagefind mark');
    expect(await pagefindDamage(index, chunk.subarray(0, chunk.length - 1))).toBe('index cut short or damaged');
    const gz = gzipSync(chunk);
    expect(await pagefindDamage(index, new Uint8Array(gz.subarray(0, gz.length - 8)))).toBe(
      'gzip cut short or damaged',
    );
    expect(await pagefindDamage('/pagefind/fragment/zh-cn_1.pf_fragment', fragment.subarray(0, 30))).toBe(
      'fragment cut short or damaged',
    );
    expect(await pagefindDamage('/pagefind/pagefind-entry.json', new TextEncoder().encode('{"langu'))).toBe('not JSON');
  });
});
