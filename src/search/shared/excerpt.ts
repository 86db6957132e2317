// Result excerpts built from a page's plain text, as segments rather than HTML, so that
// nothing from the index is ever parsed as markup.

/** A piece of an excerpt; `mark` pieces matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Cuts `content` before `marker`'s last occurrence (the hidden keyword list ends every article). */
export function withoutKeywords(content: string, marker: string): string {
  const at = content.lastIndexOf(marker);
  return at >= 0 ? content.slice(0, at).trimEnd() : content;
}

/** Where the window of `length` characters holding the most different words begins (earliest on ties). */
function bestStart(lower: string, words: readonly string[], length: number): number {
  const hits = words.flatMap((w, wi) => {
    const out: { at: number; wi: number }[] = [];
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) out.push({ at: i, wi });
    return out;
  });
  let best = { at: 0, count: 0 };
  for (const h of hits) {
    const count = new Set(hits.filter((o) => o.at >= h.at && o.at < h.at + length).map((o) => o.wi)).size;
    if (count > best.count || (count === best.count && h.at < best.at)) best = { at: h.at, count };
  }
  return best.at;
}

/**
 * About `length` characters of `content` where most of `words` occur, starting at a sentence
 * boundary when one is near, with every match marked.
 */
export function excerpt(content: string, words: readonly string[], length = 80): Segment[] {
  const text = content.replace(/\s+/g, ' ').trim();
  const wanted = [...new Set(words.filter((w) => w.trim()))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const first = bestStart(
    lower,
    wanted.map((w) => w.toLowerCase()),
    length - 20,
  );
  let start = Math.max(0, first - 20);
  const boundary = Math.max(...['。', '！', '？', '. '].map((p) => text.lastIndexOf(p, first)));
  if (boundary >= 0 && first - boundary <= 40) start = boundary + 1;
  const end = Math.min(text.length, start + length);
  const window = text.slice(start, end).trim();
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  if (wanted.length === 0) return [{ text: prefix + window + suffix, mark: false }];
  const escaped = wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = window.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  const segments: Segment[] = [];
  if (prefix) segments.push({ text: prefix, mark: false });
  parts.forEach((p, i) => {
    if (p) segments.push({ text: p, mark: i % 2 === 1 });
  });
  if (suffix) segments.push({ text: suffix, mark: false });
  return segments;
}
