import { describe, expect, it } from 'vitest';
import { isActive, phase, splitNotices, windowAttr } from './notices';

const d = (s: string) => new Date(s);
const now = d('2026-11-25T12:00:00Z');

describe('notices', () => {
  it('is active inside its window, and without an end from its start on', () => {
    expect(isActive({ id: 'a', data: { start: d('2026-11-25T00:00:00Z'), end: d('2026-11-26T00:00:00Z') } }, now)).toBe(
      true,
    );
    expect(isActive({ id: 'b', data: { start: d('2026-11-20T00:00:00Z') } }, now)).toBe(true);
    expect(isActive({ id: 'c', data: { start: d('2026-11-20T00:00:00Z'), end: d('2026-11-25T12:00:00Z') } }, now)).toBe(
      false,
    );
    expect(isActive({ id: 'd', data: { start: d('2026-11-26T00:00:00Z') } }, now)).toBe(false);
  });

  it('puts the start inside the window and the end outside it', () => {
    const n = { id: 'w', data: { start: d('2026-12-05T12:00:00Z'), end: d('2026-12-05T14:00:00Z') } };
    expect(phase(n, d('2026-12-05T11:59:59.999Z'))).toBe(0);
    expect(phase(n, d('2026-12-05T12:00:00Z'))).toBe(1);
    expect(phase(n, d('2026-12-05T13:59:59.999Z'))).toBe(1);
    expect(phase(n, d('2026-12-05T14:00:00Z'))).toBe(2);
  });

  it('splits into upcoming (soonest first), current and past (newest first)', () => {
    const all = [
      { id: 'old', data: { start: d('2026-10-01T00:00:00Z'), end: d('2026-10-02T00:00:00Z') } },
      { id: 'soon', data: { start: d('2026-12-25T00:00:00Z') } },
      { id: 'older', data: { start: d('2026-09-01T00:00:00Z'), end: d('2026-09-02T00:00:00Z') } },
      { id: 'now', data: { start: d('2026-11-25T00:00:00Z') } },
      { id: 'later', data: { start: d('2027-01-25T00:00:00Z'), end: d('2027-01-26T00:00:00Z') } },
      { id: 'long', data: { start: d('2026-08-01T00:00:00Z'), end: d('2026-12-31T00:00:00Z') } },
    ];
    const { upcoming, current, past } = splitNotices(all, now);
    expect(upcoming.map((n) => n.id)).toEqual(['soon', 'later']);
    expect(current.map((n) => n.id)).toEqual(['now', 'long']);
    expect(past.map((n) => n.id)).toEqual(['old', 'older']);
  });

  it('writes the window the head script reads: start and end in epoch ms, no end = the last date', () => {
    expect(windowAttr({ id: 'a', data: { start: d('2026-12-05T12:00:00Z'), end: d('2026-12-05T14:00:00Z') } })).toBe(
      '1796472000000 1796479200000',
    );
    const [, end] = windowAttr({ id: 'b', data: { start: d('2026-12-05T12:00:00Z') } }).split(' ');
    expect(new Date(Number(end)).getTime()).toBe(8.64e15);
  });
});
