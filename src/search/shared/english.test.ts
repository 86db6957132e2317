import { describe, expect, it } from 'vitest';
import { english, stem } from './english';

describe('the English query layer', () => {
  it('drops question words and "my", keeping what the reader needs', () => {
    expect(english.prepare('How do I unlock my wallet?')).toBe('unlock wallet?');
    expect(english.prepare('why is my payment failing')).toBe('payment failing fail');
    expect(english.prepare('what should i do lost phone')).toBe('lost phone');
  });
  it('keeps a query of nothing but fillers', () => {
    expect(english.prepare('how')).toBe('how');
  });
  it('stems by a short suffix rule', () => {
    expect(
      ['payments', 'locked', 'stopped', 'failing', 'charges', 'queries', 'access', 'status', 'sms', '95588'].map(stem),
    ).toEqual(['payment', 'lock', 'stop', 'fail', 'charge', 'query', 'access', 'status', 'sms', '95588']);
  });
  it('expands index text with the stems that differ', () => {
    expect(english.expand('payments declined')).toBe('payments declined payment declin');
  });
});
