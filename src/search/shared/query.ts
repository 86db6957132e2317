// The one query analyser, used by both engines: what a reader typed (any script, IME slips,
// pinyin, English, whole sentences) becomes, stage by stage,
//   1. `rewrite`: the query in the site's words (normalised, English synonyms, pinyin read,
//      IME slips corrected) — what the full-text engine searches, and no search is run;
//   2. `tokens`: weighted tokens for the instant index;
//   3. `intent`: sections to favour and urgent-safety articles;
//   4. `fullTextWords`: the words the full-text engine is asked for, with synonyms and without
//      fillers (src/search/shared/fallback.ts tries them all, then most, then any).
// A new stage (a reader's situation, another language's words) is a function of the
// `Rewrite` added to `analyse` below, with its result a field of `QueryAnalysis`.
import { genericWords, sectionCues, urgentCues } from './intents';
import type { SearchDictionary } from './dictionary';
import { applySynonyms, fillers, normalize, stripFillerPhrases, terms, wordSegmenter } from './normalize';
import { readPinyin, soundAlikes, type SpokenTerm } from './pinyin';
import { isHan, type Vocabulary } from './tokenize';
import { capQuery, queryMaxChars } from './limits';

/** What the query layer knows besides the index. */
export interface QueryContext {
  dict: SearchDictionary;
  vocab: Vocabulary;
  spoken: readonly SpokenTerm[];
  /** Joined full pinyin of vocabulary terms → the terms. */
  fullPinyin: ReadonlyMap<string, readonly string[]>;
  /** Initials of vocabulary terms (szrmb) → the terms. */
  initials: ReadonlyMap<string, readonly string[]>;
  /** Every valid syllable. */
  syllables: ReadonlySet<string>;
  /** How many articles use each vocabulary term in title or keywords. */
  frequency: ReadonlyMap<string, number>;
  /** Character → toneless readings. */
  readings: ReadonlyMap<string, string[]>;
}

/** The words a query gives the full-text engine. */
export interface FullTextWords {
  /** After normalisation and synonyms, without fillers. */
  terms: string[];
  /** The reader's own words (normalised, without fillers), when different from `terms`. */
  original: string[];
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
  /** The words the full-text engine is asked for (from `rewritten`, or the query as typed when that is empty). */
  fullText: FullTextWords;
}

const generic = /* @__PURE__ */ new Set(genericWords);

/** Which characters of `text` lie inside a generic word (钱包, 数字人民币). */
function genericMask(text: string, vocab: Vocabulary): boolean[] {
  const mask = new Array<boolean>(Array.from(text).length).fill(false);
  for (const { term, char: start } of vocab.find(text)) {
    if (!generic.has(term)) continue;
    for (let k = start; k < start + Array.from(term).length; k++) mask[k] = true;
  }
  return mask;
}

/**
 * Weighted bigrams of the text without fillers (the segmenter only decides what to drop, so
 * words it does not know, 挂失, stay whole). A bigram inside a generic word counts little; one
 * that reaches out of it (子钱, 包出) counts like any other.
 */
function weightedBigrams(text: string, vocab: Vocabulary): { piece: string; weight: number; lone: boolean }[] {
  const kept = [...wordSegmenter().segment(stripFillerPhrases(text))]
    .map((s) => (fillers.has(s.segment) ? ' ' : s.segment))
    .join('');
  const chars = Array.from(kept);
  const mask = genericMask(kept, vocab);
  const out: { piece: string; weight: number; lone: boolean }[] = [];
  let i = 0;
  while (i < chars.length) {
    const han = isHan(chars[i] ?? '');
    let j = i;
    while (j < chars.length && isHan(chars[j] ?? '') === han && chars[j] !== ' ') j++;
    if (j === i) {
      i++;
      continue;
    }
    const run = chars.slice(i, j).join('');
    if (!han) {
      for (const w of run.split(/[^\p{L}\p{N}-]+/u).filter(Boolean))
        out.push({ piece: w, weight: generic.has(w) ? 0.2 : 1, lone: false });
    } else if (j - i === 1) out.push({ piece: run, weight: 1, lone: true });
    else {
      for (let k = i; k + 1 < j; k++)
        out.push({ piece: `${chars[k]}${chars[k + 1]}`, weight: mask[k] && mask[k + 1] ? 0.15 : 0.6, lone: false });
    }
    i = j;
  }
  return out;
}

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
function readLatin(text: string, ctx: QueryContext): { text: string; latin: Map<string, boolean> } {
  // Latin word → whether it was read as the site's words.
  const latin = new Map<string, boolean>();
  const out = text.replace(/[a-z]+/g, (word) => {
    latin.set(word, false);
    if (ctx.vocab.has(word)) return word;
    const read = readPinyin(word, ctx.fullPinyin, ctx.syllables);
    // Initials are ambiguous (qb: 钱包, 区别): the word most articles use is the likely one.
    const initials = ctx.initials.get(word);
    const found = read?.length
      ? read
      : initials && [...initials].sort((a, b) => (ctx.frequency.get(b) ?? 0) - (ctx.frequency.get(a) ?? 0)).slice(0, 1);
    // Valid pinyin that names none of the site's words stays as typed (the pinyin field may match it).
    if (!found || found.length === 0) return word;
    latin.set(word, true);
    return ` ${found.filter((t) => !isFiller(t)).join(' ')} `;
  });
  return { text: out.replace(/\s+/g, ' ').trim(), latin };
}

/** Replaces IME slips by the vocabulary term that sounds the same, longest first. */
function correctSlips(text: string, ctx: QueryContext): { text: string; corrected: string[] } {
  const chars = Array.from(text);
  const known = new Array<boolean>(chars.length).fill(false);
  for (const { term, char: start } of ctx.vocab.find(text)) {
    const len = Array.from(term).length;
    for (let k = start; k < start + len; k++) known[k] = true;
  }
  const found = soundAlikes(text, ctx.spoken, ctx.readings, known).sort((a, b) => b.length - a.length);
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

/** Stage 1: the query in the site's words, and what each step of the way found. */
export interface Rewrite {
  /** Normalised: half-width, Simplified, lower case. */
  normal: string;
  /** In the site's words: pinyin read, IME slips corrected (the full-text engine's query). */
  rewritten: string;
  /** `rewritten` with every synonym mapped to the articles' word. */
  mapped: string;
  /** Vocabulary terms an IME slip was corrected to. */
  corrected: string[];
  /** Latin words of the query → whether they were read as the site's words. */
  latin: Map<string, boolean>;
}

/** Stage 1: rewrites a query into the site's words; runs no search. */
export function rewrite(raw: string, ctx: QueryContext): Rewrite {
  const normal = normalize(raw, ctx.dict.t2s);
  // English phrases first (synonyms), so that "lost phone" is not read as pinyin.
  const english = applySynonyms(normal, latinSynonyms(ctx.dict.synonyms)).replace(/\s+/g, ' ').trim();
  const latinRead = readLatin(english, ctx);
  const { text: rewritten, corrected } = correctSlips(latinRead.text, ctx);
  const mapped = applySynonyms(rewritten, ctx.dict.synonyms).replace(/\s+/g, ' ').trim();
  return { normal, rewritten, mapped, corrected, latin: latinRead.latin };
}

/** Stage 2: the weighted tokens of the instant index. */
function tokensOf({ rewritten, mapped, corrected, latin }: Rewrite, vocab: Vocabulary): Map<string, number> {
  const tokens = new Map<string, number>();
  const add = (t: string, w: number) => tokens.set(t, Math.max(tokens.get(t) ?? 0, w));

  // Whole words of the site, in the reader's words and in the articles' words; a word inside a
  // generic one (人民 in 数字人民币) counts as generic.
  for (const source of [rewritten, mapped, rewritten.replace(/ /g, ''), mapped.replace(/ /g, '')]) {
    const mask = genericMask(source, vocab);
    for (const { term, char: start } of vocab.find(source)) {
      if (isFiller(term)) continue;
      const inside = mask.slice(start, start + Array.from(term).length).every(Boolean);
      add(term, inside ? 0.2 : termWeight(term));
    }
  }
  for (const t of corrected) add(t, termWeight(t));
  // Latin words also match the pinyin field; once read as Chinese words, they only confirm them.
  for (const [l, read] of latin) if (l.length >= 2) add(l, generic.has(l) ? 0.2 : read ? 0.3 : 0.8);
  // Bigrams of what is left without fillers; a lone character only when it is all there is.
  const pieces = [...weightedBigrams(rewritten, vocab), ...weightedBigrams(mapped, vocab)];
  const hanPieces = pieces.filter((p) => isHan(p.piece[0] ?? ''));
  const lone = hanPieces.length > 0 && hanPieces.every((p) => p.lone);
  for (const p of pieces) if (!p.lone || lone) add(p.piece, p.weight);
  return tokens;
}

/** Stage 3: the intent read from the query (src/search/shared/intents.ts). */
function intentOf({ normal, rewritten, mapped }: Rewrite): Pick<QueryAnalysis, 'sections' | 'urgent'> {
  const cueText = `${normal} ${rewritten} ${mapped}`.replace(/ /g, '');
  const sections = new Map<string, number>();
  for (const c of sectionCues) {
    if (c.cues.some((cue) => cueText.includes(cue)))
      for (const s of c.sections) sections.set(s, Math.max(sections.get(s) ?? 1, c.boost));
  }
  const urgent = [
    ...new Set(urgentCues.filter((u) => u.cues.some((cue) => cueText.includes(cue))).flatMap((u) => u.articles)),
  ];
  return { sections, urgent };
}

/**
 * Stage 4: the full-text engine's words: normalised, synonyms mapped, fillers dropped. Needs
 * only the dictionary, so the first chunks can be chosen before the instant engine exists.
 */
export function fullTextWords(text: string, dict: SearchDictionary): FullTextWords {
  const plain = stripFillerPhrases(normalize(capQuery(text).text, dict.t2s));
  const canon = new Set(Object.values(dict.synonyms));
  const mapped = terms(applySynonyms(plain, dict.synonyms), canon);
  const own = terms(plain);
  const same = own.length === mapped.length && own.every((t, i) => t === mapped[i]);
  return { terms: mapped, original: same ? [] : own };
}

/**
 * Analyses one query for both engines: every stage, in order. A query longer than `max` (a
 * paste, a URL) is read only that far (src/search/shared/limits.ts). The analyser's own work
 * is linear in what it reads (query-limits.test.ts counts it); the browser's word segmenter is
 * not (in Node's ICU: 1 s for 10,000 characters, 5.7 s for 20,000), so the cap is what keeps
 * a paste from freezing the page.
 */
export function analyse(input: string, ctx: QueryContext, max = queryMaxChars): QueryAnalysis {
  const raw = capQuery(input, max).text;
  const r = rewrite(raw, ctx);
  return {
    tokens: tokensOf(r, ctx.vocab),
    rewritten: r.rewritten,
    ...intentOf(r),
    fullText: fullTextWords(r.rewritten || raw, ctx.dict),
  };
}
