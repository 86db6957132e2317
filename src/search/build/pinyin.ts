// Build time only: the pinyin the browser needs, from pinyin-pro (which never ships).
// - the readings of the 3,755 common characters as run lengths over GB 2312 level 1 (ordered by
//   pinyin, so ~470 runs), plus the other readings of polyphones and any rarer character the
//   site's vocabulary uses;
// - the context-correct pinyin of each vocabulary term (工行 → gong hang, not gong xing).
import { pinyin } from 'pinyin-pro';
import { level1Chars, type PinyinData } from '../shared/pinyin';

const toneless = (s: string) => s.replace(/ü/g, 'v').toLowerCase();

/** Every toneless reading of one character (the first is pinyin-pro's most common one). */
function readings(ch: string): string[] {
  const all = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map(toneless);
  const first = toneless(pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? '');
  return [...new Set([first, ...all])].filter((r) => /^[a-z]+$/.test(r));
}

/** The reading table for the browser: level-1 characters plus `extraChars` (the vocabulary's). */
export function buildPinyinData(extraChars: Iterable<string>): PinyinData {
  const level1 = level1Chars();
  const runs: [string, number][] = [];
  const extra: string[] = [];
  for (const ch of level1) {
    const [first = '', ...others] = readings(ch);
    const last = runs[runs.length - 1];
    if (last && last[0] === first) last[1]++;
    else runs.push([first, 1]);
    if (others.length) extra.push(`${ch}${others.join(',')}`);
  }
  const known = new Set(level1);
  for (const ch of new Set(extraChars)) {
    if (known.has(ch) || !/\p{Script=Han}/u.test(ch)) continue;
    const r = readings(ch);
    if (r.length) extra.push(`${ch}${r.join(',')}`);
  }
  return { runs: runs.map(([p, n]) => (n === 1 ? p : `${p}${n}`)).join(' '), extra: extra.join(' ') };
}

/** The syllables of a term in context, one per character; a Latin letter or digit stands for itself. */
export function termSyllables(term: string): string[] {
  const chars = Array.from(term);
  const parts = pinyin(term, { toneType: 'none', type: 'array' }).map(toneless);
  // pinyin-pro gives one item per character here; fall back to character by character if not.
  if (parts.length === chars.length) return parts;
  return chars.map((ch) => toneless(pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? ch));
}
