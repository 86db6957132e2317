import { describe, expect, it } from 'vitest';
import { editionOffer, hanShare, isLatinOnly } from './edition';

describe('the other edition’s search', () => {
  it('reads how much of a query is Chinese: its Chinese words (two Han characters each) against all its words', () => {
    expect(hanShare('付款失败')).toBe(1);
    expect(hanShare('payment failed')).toBe(0);
    expect(hanShare('ICBC的app打不开')).toBe(0.5);
    expect(hanShare('what is 数字人民币 used for')).toBeLessThan(0.5);
    expect(hanShare('e-CNY 钱包 frozen')).toBeLessThan(0.5);
    expect(hanShare('95588')).toBe(0);
  });

  it('offers the Chinese edition on an English page for a query half or more in Chinese, matches or not', () => {
    expect(editionOffer('客服让我把验证码念给他', 'en', false)).toBe('zh-CN');
    expect(editionOffer('ICBC的app打不开', 'en', true)).toBe('zh-CN');
    expect(editionOffer('what is 数字人民币 used for', 'en', true)).toBeUndefined();
    expect(editionOffer('payment failed', 'en', true)).toBeUndefined();
  });

  it('offers the English edition on a Chinese page for an English-only query with weak matches only', () => {
    expect(editionOffer('how do I get a refund for a hotel', 'zh-CN', true)).toBe('en');
    expect(editionOffer('payment failed', 'zh-CN', false)).toBeUndefined();
    expect(editionOffer('付款失败', 'zh-CN', true)).toBeUndefined();
    expect(editionOffer('e-CNY 钱包', 'zh-CN', true)).toBeUndefined();
    // Pinyin the Chinese search read (fukuan shibai → 付款失败) is a Chinese reader's query.
    expect(editionOffer('fukuan shibai', 'zh-CN', true, true)).toBeUndefined();
    // Not English letters: another script, a lone letter, a number.
    expect(isLatinOnly('платёж не прошёл')).toBe(false);
    expect(isLatinOnly('a')).toBe(false);
    expect(isLatinOnly('95588')).toBe(false);
    expect(isLatinOnly('Café payment')).toBe(false);
  });
});
