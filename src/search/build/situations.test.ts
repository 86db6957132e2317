import { describe, expect, it } from 'vitest';
import { englishSituationsSchema } from '../../schemas/situations';
import { situationMatcher } from '../shared/situations';
import { compileSituations } from './situations';

// The English edition's situations, compiled as the build compiles content/en/situations.yaml
// and matched as the browser matches them: by whole words and their stems.
const file = englishSituationsSchema.parse({
  already: ['already', 'i transferred', 'i gave'],
  negations: ["didn't", 'not yet', 'not'],
  situations: [
    {
      id: 'given',
      article: 'fixes/scammed-what-now',
      line: 'Sent money? Hang up, call {police-110}, then {icbc-hotline}.',
      already: 'yes',
      concepts: { what: ['code', 'safe account', 'scammer'] },
    },
    {
      id: 'asked',
      article: 'prevention/scams-targeting-visitors',
      line: 'It is a scam: hang up.',
      already: 'no',
      concepts: { asks: ['ask me', 'want the', 'want me'], what: ['code', 'app', 'screen sharing', 'transfer'] },
    },
  ],
});
const phones = new Map([
  ['police-110', { display: '110', tel: '110' }],
  ['icbc-hotline', { display: '95588', tel: '95588' }],
]);
const m = situationMatcher(compileSituations(file, {}, phones, 'en'));
const id = (...texts: string[]) => m.match(texts)?.id;

describe('English situations', () => {
  it('match words by their stems: codes, asked, asking, wants, sharing', () => {
    expect(id('the guy wants the codes')).toBe('asked');
    expect(id('he asked me for the code')).toBe('asked');
    expect(id('they keep asking me for my Code!')).toBe('asked');
    expect(id('she wants me to start screen sharing')).toBe('asked');
  });

  it('match whole words only: "app" is not inside "happen" or "apple", "code" not inside "barcode"', () => {
    expect(id('they ask me what will happen')).toBeUndefined();
    expect(id('they ask me about my apple watch')).toBeUndefined();
    expect(id('they ask me to scan a barcode')).toBeUndefined();
    expect(id('they ask me to install an app')).toBe('asked');
  });

  it('read "already" words as written: "transfer" asks, "transferred" has happened, a negation takes it back', () => {
    expect(id('he wants me to transfer to a safe account')).toBe('asked');
    expect(id('I transferred money to the safe account')).toBe('given');
    expect(id("they want me to transfer, I didn't transfer yet")).toBe('asked');
    expect(id('I already gave him the code')).toBe('given');
    expect(id("I didn't already give the code, he asks me")).toBe('asked');
  });

  it('keep the line’s numbers as contact ids, police before the bank', () => {
    const line = compileSituations(file, {}, phones, 'en').list[0]?.line ?? [];
    expect(line).toEqual([
      'Sent money? Hang up, call ',
      { display: '110', tel: '110' },
      ', then ',
      { display: '95588', tel: '95588' },
      '.',
    ]);
  });
});
