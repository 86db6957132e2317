import { describe, expect, it } from 'vitest';
import { excerpt, withoutKeywords } from './excerpt';

const join = (s: { text: string; mark: boolean }[]) => s.map((x) => (x.mark ? `[${x.text}]` : x.text)).join('');

describe('excerpt', () => {
  it('drops the keyword list at the end', () => {
    expect(withoutKeywords('正文内容。 搜索词. 付不了款，支付失败', '搜索词')).toBe('正文内容。');
    expect(withoutKeywords('没有关键词', '搜索词')).toBe('没有关键词');
  });

  it('starts at the sentence with the first match and marks every match', () => {
    const text = '第一句话和查询无关。第二句讲付款失败的原因，付款前先看网络。第三句。';
    expect(join(excerpt(text, ['付款', '网络'], 40))).toBe('…第二句讲[付款]失败的原因，[付款]前先看[网络]。第三句。');
  });

  it('adds ellipses when the window is cut', () => {
    const text = `${'无关内容'.repeat(30)}验证码${'其他'.repeat(40)}`;
    const out = join(excerpt(text, ['验证码'], 30));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[验证码]');
  });

  it('keeps markup-like text as plain text', () => {
    const out = excerpt('付款 <img src=x onerror=alert(1)>', ['付款']);
    expect(out.map((s) => s.text).join('')).toContain('<img src=x onerror=alert(1)>');
  });

  it('matches case-insensitively and shows the start when nothing matches', () => {
    expect(join(excerpt('打开 App 查看', ['app']))).toBe('打开 [App] 查看');
    expect(join(excerpt('开头的内容', ['无']))).toBe('开头的内容');
  });
});
