// Build time only: a Traditional → Simplified map for the characters this site uses, taken
// from OpenCC (opencc-js), so the browser gets a few kilobytes instead of the whole converter.
import * as OpenCC from 'opencc-js';

/** Single characters that OpenCC knows in a Traditional form. */
function traditionalCandidates(): Set<string> {
  const out = new Set<string>();
  const locale = OpenCC.Locale as unknown as { to: { cn: string[] }; from: Record<string, string[]> };
  const dicts = [...locale.to.cn, ...(locale.from['tw'] ?? []), ...(locale.from['hk'] ?? [])];
  for (const dict of dicts) {
    for (const entry of String(dict).split('|')) {
      const key = entry.split(' ')[0] ?? '';
      if (Array.from(key).length === 1) out.add(key);
    }
  }
  return out;
}

/** Traditional (Taiwan and Hong Kong forms) → Simplified, for characters in `vocabulary`. */
export function buildT2sMap(vocabulary: string): Record<string, string> {
  const wanted = new Set(Array.from(vocabulary).filter((ch) => /\p{Script=Han}/u.test(ch)));
  const converters = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  const map: Record<string, string> = {};
  for (const ch of traditionalCandidates()) {
    for (const convert of converters) {
      const simp = convert(ch);
      if (simp !== ch && Array.from(simp).length === 1 && wanted.has(simp)) {
        map[ch] = simp;
        break;
      }
    }
  }
  return map;
}
