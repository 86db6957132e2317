import { describe, expect, it } from 'vitest';
import { allowedHosts, allowedNumberDigits, contactFromContent, contacts } from './contacts';

describe('contacts', () => {
  it('has unique ids', () => {
    const ids = contacts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('tel links carry only digits and a leading plus', () => {
    for (const c of contacts) if (c.kind === 'phone') expect(c.tel).toMatch(/^\+?\d+$/);
  });
  it('official sites are https', () => {
    for (const c of contacts) if (c.kind === 'site') expect(c.url).toMatch(/^https:\/\//);
  });
  it('explains an unknown id in Chinese', () => {
    expect(() => contactFromContent('icbc')).toThrow(
      /联系方式 id “icbc” 不存在。请改用 src\/data\/contacts\.ts 里的其中一个：icbc-hotline/,
    );
  });
  it('allows the verified numbers and hosts and nothing made up', () => {
    const digits = allowedNumberDigits();
    expect(digits.has('95588')).toBe(true);
    expect(digits.has('85221895588')).toBe(true);
    expect(digits.has('12378')).toBe(true);
    expect(digits.has('12363')).toBe(true);
    expect(digits.has('110')).toBe(true);
    expect(digits.has('96110')).toBe(true);
    expect(digits.has('12381')).toBe(true);
    expect(digits.has('95566')).toBe(false);
    // The e-CNY app line as mainland readers dial it; never the from-abroad form with +86 10.
    expect(digits.has('956196')).toBe(true);
    expect(digits.has('8610956196')).toBe(false);
    expect([...allowedHosts()].sort()).toEqual([
      'icbc.com.cn',
      'mybank.icbc.com.cn',
      'pbcdci.cn',
      'www.icbc.com.cn',
      'www.pbcdci.cn',
    ]);
  });
});
