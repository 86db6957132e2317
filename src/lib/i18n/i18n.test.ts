import { describe, expect, it } from 'vitest';
import { t } from '.';
import { zhCN } from './zh-CN';

describe('t()', () => {
  it('returns the dictionary text', () => {
    expect(t('search.title')).toBe(zhCN['search.title']);
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('search.count', { count: 3 })).toBe('找到 3 篇相关文章');
    expect(t('search.none')).toContain('{query}');
  });
  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(zhCN)) expect(value.trim(), key).not.toBe('');
  });
});
