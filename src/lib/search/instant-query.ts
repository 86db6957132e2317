// Query analysis of the instant layer: what a reader typed (any script, IME slips, pinyin,
// English, whole sentences) → weighted tokens for the instant index, a rewritten query for
// Pagefind, and the intent read from it (sections to favour, urgent-safety articles).
import { genericWords, sectionCues, urgentCues } from '../../data/search-intents';
import type { SearchDictionary } from './dictionary';
import { applySynonyms, fillers, normalize, stripFillerPhrases, terms as words } from './normalize';
import { readPinyin, soundAlikes, type SpokenTerm } from './pinyin';
import { bigrams, runs, type Vocabulary } from './tokenize';

/** What the query layer knows besides the index. */
export interface QueryContext {
  dict: SearchDictionary;
  vocab: Vocabulary;
  spoken: readonly SpokenTerm[];
  /** Full pinyin and initials of vocabulary terms → the terms. */
  pinyinKeys: ReadonlyMap<string, readonly string[]>;
  /** Character → toneless readings. */
  readings: ReadonlyMap<string, string[]>;
}

/** The reading of one query. */
export interface QueryAnalysis {
  /** Index token → weight (distinctive words count more than generic ones). */
  tokens: Map<string, number>;
  /** The query in the site's words (pinyin read, slips corrected), for the full-text engine. */
  rewritten: string;
  /** Section ids → ranking factor. */
  sections: Map<string, number>;
  /** Articles to put first, in order, because the reader may be in danger. */
  urgent: string[];
}

const generic = new Set(genericWords);

const latinOnly = new WeakMap<Readonly<Record<string, string>>, Record<string, string>>();
/** The synonyms whose reader's words are Latin (English, e-CNY): read before pinyin. */
function latinSynonyms(synonyms: Readonly<Record<string, string>>): Record<string, string> {
  let out = latinOnly.get(synonyms);
  if (!out) {
    out = Object.fromEntries(Object.entries(synonyms).filter(([v]) => /^[a-z0-9 .'-]+$/.test(v)));
    latinOnly.set(synonyms, out);
  }
  return out;
}
const isFiller = (t: string) => fillers.has(t);

/**
 * Reads Latin runs as pinyin where they spell the site's words (the run is replaced by them);
 * anything else (English, App, Wi-Fi) stays as typed. Returns the Latin words as well, which
 * the index also matches against its pinyin field, by prefix while the reader is typing.
 */
function readLatin(text: string, ctx: QueryContext): { text: string; latin: string[] } {
  const latin: string[] = [];
  // Consecutive Latin words are read together: "zhifu shibai" is one phrase.
  const out = text.replace(/[a-z]+(?: [a-z]+)*/g, (run) => {
    latin.push(...run.split(' '));
    const letters = run.replace(/ /g, '');
    if (letters.length < 2 || ctx.vocab.has(run)) return run;
    const found = readPinyin(letters, ctx.pinyinKeys);
    return found.length ? ` ${found.join(' ')} ` : run;
  });
  return { text: out.replace(/\s+/g, ' ').trim(), latin };
}

/** Replaces IME slips by the vocabulary term that sounds the same, longest first. */
function correctSlips(text: string, ctx: QueryContext): { text: string; corrected: string[] } {
  const found = soundAlikes(text, ctx.spoken, ctx.readings).sort((a, b) => b.length - a.length);
  const chars = Array.from(text);
  const taken = new Array<boolean>(chars.length).fill(false);
  const corrected: string[] = [];
  for (const f of found) {
    if (taken.slice(f.start, f.start + f.length).some(Boolean)) continue;
    for (let k = f.start; k < f.start + f.length; k++) taken[k] = true;
    chars[f.start] = ` ${f.term} `;
    for (let k = f.start + 1; k < f.start + f.length; k++) chars[k] = '';
    corrected.push(f.term);
  }
  return { text: chars.join('').replace(/\s+/g, ' ').trim(), corrected };
}

/** Weight of a whole vocabulary term: longer terms say more; generic ones little. */
const termWeight = (t: string) => (generic.has(t) ? 0.2 : Math.min(1 + 0.3 * (Array.from(t).length - 2), 2.2));

/** Analyses one query for the instant layer. */
export function analyzeInstant(raw: string, ctx: QueryContext): QueryAnalysis {
  const normal = normalize(raw, ctx.dict.t2s);
  // English phrases first (synonyms), so that "lost phone" is not read as pinyin.
  const english = applySynonyms(normal, latinSynonyms(ctx.dict.synonyms)).replace(/\s+/g, ' ').trim();
  const latinRead = readLatin(english, ctx);
  const { text: rewritten, corrected } = correctSlips(latinRead.text, ctx);
  const mapped = applySynonyms(rewritten, ctx.dict.synonyms).replace(/\s+/g, ' ').trim();
  const tokens = new Map<string, number>();
  const add = (t: string, w: number) => tokens.set(t, Math.max(tokens.get(t) ?? 0, w));

  // Whole words of the site, in the reader's words and in the articles' words.
  for (const source of [rewritten, mapped]) {
    for (const { term } of ctx.vocab.find(source.replace(/ /g, ''))) if (!isFiller(term)) add(term, termWeight(term));
    for (const { term } of ctx.vocab.find(source)) if (!isFiller(term)) add(term, termWeight(term));
  }
  for (const t of corrected) add(t, termWeight(t));
  for (const l of latinRead.latin) if (l.length >= 2) add(l, generic.has(l) ? 0.2 : 0.8);
  // Bigrams of the meaningful words; a lone character only when it is all the reader typed.
  const meaningful = [...new Set([...words(stripFillerPhrases(rewritten)), ...words(stripFillerPhrases(mapped))])];
  const hanOnly = runs(mapped).filter((r) => r.han);
  const lone = hanOnly.length === 1 && Array.from(hanOnly[0]?.text ?? '').length === 1;
  for (const w of meaningful) {
    if (/^[\p{L}\p{N}-]+$/u.test(w) && !/\p{Script=Han}/u.test(w)) {
      add(w, 1);
      continue;
    }
    const pieces = bigrams(w).filter((b) => Array.from(b).length === 2 || lone);
    for (const b of pieces) add(b, generic.has(b) || generic.has(w) ? 0.15 : Array.from(b).length === 1 ? 1 : 0.6);
  }
  if (lone && tokens.size === 0) add(hanOnly[0]?.text ?? '', 1);

  const cueText = `${normal} ${rewritten} ${mapped}`.replace(/ /g, '');
  const sections = new Map<string, number>();
  for (const c of sectionCues) {
    if (c.cues.some((cue) => cueText.includes(cue))) for (const s of c.sections) sections.set(s, Math.max(sections.get(s) ?? 1, c.boost));
  }
  const urgent = [...new Set(urgentCues.filter((u) => u.cues.some((cue) => cueText.includes(cue))).flatMap((u) => u.articles))];
  return { tokens, rewritten, sections, urgent };
}
