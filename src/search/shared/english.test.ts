import { describe, expect, it } from 'vitest';
import { correctTypos, english, nearestWord, slipDistance, stem } from './english';

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
  it("drops words that only join or ask, and contractions, but keeps the words of the articles' phrases", () => {
    expect(english.prepare("the bank hotline didn't help, where else can I complain")).toBe('bank hotline complain');
    expect(english.prepare('code not arriving', new Set(['not', 'arriving']))).toBe('code not arriving arriv');
    expect(english.prepare('code not arriving')).toBe('code arriving arriv');
  });
  it('forgives slips by word length: none under four letters, a neighbouring key or a swap at four, one edit to seven, two from eight', () => {
    expect(slipDistance('tax', 'tap')).toBe(Infinity);
    expect(slipDistance('lpst', 'lost')).toBe(1);
    expect(slipDistance('form', 'from')).toBe(1);
    expect(slipDistance('fees', 'feet')).toBe(Infinity);
    expect(slipDistance('frozed', 'frozen')).toBe(1);
    expect(slipDistance('paymnet', 'payment')).toBe(1);
    expect(slipDistance('loggin', 'login')).toBe(1);
    expect(slipDistance('verifcation', 'verification')).toBe(1);
    expect(slipDistance('restriced', 'restricted')).toBe(1);
    expect(slipDistance('limt', 'limit')).toBe(Infinity);
  });
  it('corrects a word to the nearest site word, among equals the one that begins like it', () => {
    const site = ['amount', 'account', 'frozen', 'login', 'limit'];
    expect(nearestWord('acount', site)).toBe('account');
    expect(nearestWord('amont', site)).toBe('amount');
    expect(nearestWord('visa', site)).toBeUndefined();
    const near = (w: string) => (site.includes(w) ? undefined : nearestWord(w, site));
    expect(correctTypos('wallet frozed, cant loggin', near)).toBe('wallet frozen, cant login');
  });
});
