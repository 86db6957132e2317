// Query normalisation: what a reader typed → the words the index knows.

/** Words that carry no meaning for the search: question words, particles, "my". */
export const fillers: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '怎么办',
  '怎么回事',
  '怎么弄',
  '怎么样',
  '怎么',
  '怎样',
  '咋办',
  '咋',
  '如何',
  '为什么',
  '为何',
  '为啥',
  '什么',
  '啥',
  '吗',
  '嘛',
  '了',
  '呢',
  '啊',
  '呀',
  '吧',
  '哦',
  '我的',
  '我',
  '你',
  '的',
  '地',
  '得',
  '是',
  '一直',
  '总是',
  '老是',
  '总',
  '请问',
  '能不能',
  '可不可以',
  '可以',
  '能',
  '还',
  '就',
  '都',
  '也',
  '又',
  '被',
  '把',
  '给',
  '让',
  '在',
  '该',
  '应该',
  '要',
  '会',
  '时候',
  '的时候',
  '回事',
  '办',
  '这',
  '那',
  '个',
  '这个',
  '那个',
  '一下',
  '有',
  '些',
  '一些',
  '现在',
  '突然',
  '显示',
  '出现',
  '说',
  '提示',
  '谁',
  '哪里',
  '哪儿',
  '会不会',
  '有没有',
  '是不是',
  '有人',
]);

/**
 * Filler phrases removed from the text before it is split into words: the segmenter may cut
 * them into pieces ("怎么回事" → "怎么", "回", "事") that would then look like real words.
 */
export const fillerPhrases: readonly string[] = [
  '是怎么回事',
  '怎么回事',
  '怎么办',
  '怎么样',
  '怎么弄',
  '为什么',
  '为啥',
  '是不是',
  '会不会',
  '有没有',
  '能不能',
  '可不可以',
  '的时候',
  '请问',
  '一直',
  '总是',
  '老是',
  '我的',
  '有一笔',
];

/** Removes filler phrases, leaving a space where each was. */
export function stripFillerPhrases(text: string): string {
  return fillerPhrases.reduce((t, f) => t.split(f).join(' '), text);
}

/** Full-width to half-width, Traditional to Simplified, lower case, single spaces. */
export function normalize(text: string, t2s: Readonly<Record<string, string>> = {}): string {
  const simplified = Array.from(text.normalize('NFKC'), (ch) => t2s[ch] ?? ch).join('');
  return simplified.toLowerCase().replace(/\s+/g, ' ').trim();
}

const patterns = new WeakMap<Readonly<Record<string, string>>, RegExp | null>();

/** One pattern for every variant of a synonym table, longest first (built once per table). */
function synonymPattern(synonyms: Readonly<Record<string, string>>): RegExp | null {
  let pattern = patterns.get(synonyms);
  if (pattern === undefined) {
    const variants = Object.keys(synonyms).sort((a, b) => b.length - a.length);
    // A Latin variant matches whole words only: "lock" is not inside "block".
    const edge = (v: string) =>
      `${/^[a-z0-9]/.test(v) ? '(?<![a-z0-9])' : ''}${escapeRegExp(v)}${/[a-z0-9]$/.test(v) ? '(?![a-z0-9])' : ''}`;
    pattern = variants.length ? new RegExp(variants.map(edge).join('|'), 'g') : null;
    patterns.set(synonyms, pattern);
  }
  return pattern;
}

/** Replaces every reader's word with the word the articles use, longest first. */
export function applySynonyms(text: string, synonyms: Readonly<Record<string, string>>): string {
  const pattern = synonymPattern(synonyms);
  return pattern ? text.replace(pattern, (m) => ` ${synonyms[m] ?? m} `) : text;
}

/** The reader's words of `text` that are synonyms, each with the word the articles use. */
export function synonymHits(text: string, synonyms: Readonly<Record<string, string>>): [string, string][] {
  const pattern = synonymPattern(synonyms);
  return pattern ? [...text.matchAll(pattern)].map(([m]) => [m, synonyms[m] ?? m]) : [];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let segmenter: Intl.Segmenter | undefined;
/** The browser's Chinese word segmenter, made on first use (making it loads a dictionary). */
export const wordSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

/**
 * Splits text into search words the way the browser does (Intl.Segmenter, as Pagefind does at
 * query time), dropping punctuation and fillers. Words kept whole: runs that were already
 * separated by spaces and are in `keep` (canonical synonym targets such as 支付失败).
 */
export function terms(text: string, keep: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const chunk of text.split(' ')) {
    if (!chunk) continue;
    if (keep.has(chunk)) {
      out.push(chunk);
      continue;
    }
    for (const s of wordSegmenter().segment(chunk)) {
      if (s.isWordLike && !fillers.has(s.segment)) out.push(s.segment);
    }
  }
  return [...new Set(out)];
}
