// Toneless pinyin in the browser without a pinyin library: the build ships the readings of the
// 3,755 common characters (GB 2312 level 1, which is ordered by pinyin, so it travels as
// run lengths) and the context-correct pinyin of the site's vocabulary (src/search/build/pinyin.ts).
// Used to read pinyin typed without conversion and to forgive IME slips (登陆 → 登录).

/** What the build ships: run-length readings, extra readings, and the vocabulary's pinyin. */
export interface PinyinData {
  /** "a5 ai13 …": the primary reading of each level-1 character, in GB 2312 order. */
  runs: string;
  /** "重chong 行xing,heng …": other readings, and characters outside level 1. */
  extra: string;
}

/** The level-1 characters of GB 2312 (rows 0xB0–0xD7), decoded the same way everywhere. */
export function level1Chars(): string[] {
  const bytes: number[] = [];
  for (let r = 0xb0; r <= 0xd7; r++) {
    for (let c = 0xa1; c <= 0xfe && !(r === 0xd7 && c > 0xf9); c++) bytes.push(r, c);
  }
  return Array.from(new TextDecoder('gbk').decode(new Uint8Array(bytes)));
}

/** Character → its toneless readings. */
export function readingTable(data: PinyinData): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const chars = level1Chars();
  let i = 0;
  for (const run of data.runs.split(' ')) {
    const m = /^([a-z]+)(\d*)$/.exec(run);
    if (!m?.[1]) continue;
    for (let n = Number(m[2] || 1); n > 0; n--, i++) {
      const ch = chars[i];
      if (ch) table.set(ch, [m[1]]);
    }
  }
  for (const item of data.extra.split(' ')) {
    const [ch, ...rest] = Array.from(item);
    if (!ch) continue;
    const more = rest.join('').split(',').filter(Boolean);
    table.set(ch, [...new Set([...(table.get(ch) ?? []), ...more])]);
  }
  return table;
}

/** A term's syllables by each character's first reading (a Latin letter or digit stands for itself). */
export function plainSyllables(term: string, table: ReadonlyMap<string, string[]>): string[] {
  return Array.from(term, (ch) => table.get(ch)?.[0] ?? ch);
}

/**
 * A reading with the distinctions many speakers blur folded away (zh/z, ch/c, sh/s, -ng/-n),
 * so 征信 and 真信 sound alike, as they do to the reader who typed them.
 */
export function fuzzySyllable(s: string): string {
  return s.replace(/^([zcs])h/, '$1').replace(/([aei])ng$/, '$1n');
}

/** The joined full pinyin and the initials of a term's syllables: "zhi fu" → zhifu, zf. */
export function pinyinKeys(syllables: readonly string[]): { full: string; initials: string } {
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}

/** A vocabulary term with the syllables of its pinyin. */
export interface SpokenTerm {
  term: string;
  syllables: string[];
}

/** Every syllable the reading table knows (to tell pinyin from English). */
export function syllableSet(table: ReadonlyMap<string, string[]>): Set<string> {
  const out = new Set<string>();
  for (const list of table.values()) for (const s of list) out.add(s);
  return out;
}

/**
 * Reads one word of pinyin typed without conversion (`zhifushibai`, `yanzhengma`) as the
 * site's words: the letters must split wholly into full pinyin of vocabulary terms and other
 * valid syllables (longer terms preferred); `null` when they do not (English, App, Wi-Fi).
 * `full`: joined toneless pinyin → terms.
 */
export function readPinyin(
  letters: string,
  full: ReadonlyMap<string, readonly string[]>,
  syllables: ReadonlySet<string>,
  maxKey = 30,
): string[] | null {
  const n = letters.length;
  // best[i]: the best reading of letters[0, i), or null when no reading reaches i: its score,
  // where the reading before its last piece ends, and the terms of that piece (none for a
  // syllable that names no term). The terms are gathered once, at the end: copying them at
  // every step would make a long run of letters quadratic.
  const best: ({ score: number; from: number; found: readonly string[] } | null)[] = [
    { score: 0, from: -1, found: [] },
  ];
  for (let i = 1; i <= n; i++) {
    let pick: { score: number; from: number; found: readonly string[] } | null = null;
    for (let len = 1; len <= Math.min(i, maxKey); len++) {
      const before = best[i - len];
      if (!before) continue;
      const piece = letters.slice(i - len, i);
      const found = full.get(piece);
      if (found && before.score + len * len > (pick?.score ?? -1))
        pick = { score: before.score + len * len, from: i - len, found };
      else if (!found && syllables.has(piece) && before.score > (pick?.score ?? -1))
        pick = { score: before.score, from: i - len, found: [] };
    }
    best.push(pick);
  }
  if (!best[n]) return null;
  const pieces: (readonly string[])[] = [];
  for (let at = n; at > 0; at = best[at]?.from ?? 0) pieces.push(best[at]?.found ?? []);
  return [...new Set(pieces.reverse().flat())];
}

/** A vocabulary term the reader probably meant, and the slice of the text it replaces. */
export interface SoundAlike {
  term: string;
  start: number;
  length: number;
}

/**
 * Vocabulary terms the reader probably meant where the text has an IME slip or a wrong
 * character: every character of a window equals the term's or sounds like it (登陆 → 登录,
 * 验正码 → 验证码, 真信 → 征信), at least one character is the same, and windows of five
 * or more characters may also have one character that is simply wrong (工银e生化 → 工银e生活).
 * A character inside a word the site knows (`known[i]`) is never "corrected": 钱包被封 stays.
 * Positions count characters (code points).
 */
export function soundAlikes(
  text: string,
  terms: readonly SpokenTerm[],
  table: ReadonlyMap<string, string[]>,
  known: readonly boolean[] = [],
): SoundAlike[] {
  const chars = Array.from(text);
  const sounds = chars.map((ch) => new Set((table.get(ch) ?? []).map(fuzzySyllable)));
  const out: SoundAlike[] = [];
  for (const { term, syllables } of terms) {
    const t = Array.from(term);
    if (t.length < 2 || t.length > chars.length || text.includes(term)) continue;
    for (let start = 0; start + t.length <= chars.length; start++) {
      if (chars[start] !== t[0] && chars[start + 1] !== t[1] && chars[start + t.length - 1] !== t[t.length - 1])
        continue;
      let same = 0;
      let alike = 0;
      let wrong = 0;
      for (let k = 0; k < t.length && wrong < 2; k++) {
        const q = chars[start + k] ?? '';
        if (q === t[k]) same++;
        else if (known[start + k]) wrong = 2;
        else if (sounds[start + k]?.has(fuzzySyllable(syllables[k] ?? ''))) alike++;
        else wrong++;
      }
      const slip = wrong === 0 && alike > 0 && same > 0;
      const typo = wrong === 1 && t.length >= 5 && same >= t.length - 1;
      if (slip || typo) out.push({ term, start, length: t.length });
    }
  }
  return out;
}
