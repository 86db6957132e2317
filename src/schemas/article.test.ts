import { describe, expect, it } from 'vitest';
import { articleSchema } from './article';

const valid = {
  title: '付款时提示失败怎么办',
  description: '付款失败时先看是否已经扣款，再检查网络、余额和限额，最后按步骤恢复正常支付，必要时拨打客服热线。',
  order: 1,
  keywords: ['付不了款'],
};

function messages(data: unknown): string[] {
  const r = articleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('articleSchema', () => {
  it('accepts a complete article and fills defaults', () => {
    const r = articleSchema.parse(valid);
    expect(r.related).toEqual([]);
    expect(r.draft).toBe(false);
  });

  it('explains missing and wrong fields in Chinese with what to write', () => {
    expect(messages({ ...valid, title: undefined })).toEqual([
      'title: 缺少 title（标题）。请加一行，例如 title: 付款时提示失败怎么办',
    ]);
    expect(messages({ ...valid, order: '1' })).toEqual([
      'order: order（排序）必须是数字，例如 order: 3（不要加引号）。',
    ]);
    expect(messages({ ...valid, keywords: [] })).toEqual(['keywords: keywords（搜索词）至少写一个读者会输入的说法。']);
    expect(messages({ ...valid, related: ['payment-failed'] })[0]).toMatch(/^related\.0: 请写成“栏目\/文件名”的形式/);
    expect(messages({ ...valid, title: '很长'.repeat(16) })[0]).toMatch(/最多 30 个字/);
    expect(messages({ ...valid, description: '太短' })[0]).toMatch(/至少 40 个字/);
  });
});

describe('unknown fields', () => {
  it('catches a misspelt field instead of ignoring it', () => {
    const r = articleSchema.safeParse({ ...valid, darft: true });
    expect(r.success ? '' : r.error.issues[0]?.message).toBe(
      '不认识的字段：darft。是不是拼错了？可以用的字段有 title、description、order、keywords、related、fraud、draft、updated。',
    );
  });
});
