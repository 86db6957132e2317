import { describe, expect, it } from 'vitest';
import { isActive, splitNotices } from './notices';

const d = (s: string) => new Date(s);
const now = d('2026-11-25T12:00:00Z');

describe('notices', () => {
  it('is active inside its window, and without an end from its start on', () => {
    expect(isActive({ id: 'a', data: { start: d('2026-11-25T00:00:00Z'), end: d('2026-11-26T00:00:00Z') } }, now)).toBe(true);
    expect(isActive({ id: 'b', data: { start: d('2026-11-20T00:00:00Z') } }, now)).toBe(true);
    expect(isActive({ id: 'c', data: { start: d('2026-11-20T00:00:00Z'), end: d('2026-11-25T12:00:00Z') } }, now)).toBe(false);
    expect(isActive({ id: 'd', data: { start: d('2026-11-26T00:00:00Z') } }, now)).toBe(false);
  });
  it('splits into current and past, newest first, leaving out upcoming ones', () => {
    const all = [
      { id: 'old', data: { start: d('2026-10-01T00:00:00Z'), end: d('2026-10-02T00:00:00Z') } },
      { id: 'older', data: { start: d('2026-09-01T00:00:00Z'), end: d('2026-09-02T00:00:00Z') } },
      { id: 'now', data: { start: d('2026-11-25T00:00:00Z') } },
      { id: 'soon', data: { start: d('2026-12-25T00:00:00Z') } },
    ];
    const { current, past } = splitNotices(all, now);
    expect(current.map((n) => n.id)).toEqual(['now']);
    expect(past.map((n) => n.id)).toEqual(['old', 'older']);
  });
});
