// The one query analyser, used by both engines: what a reader typed (any script, IME slips,
// pinyin, English, whole sentences) becomes, stage by stage,
//   1. `rewrite`: the query in the site's words (normalised, English synonyms, pinyin read,
//      IME slips corrected) — what the full-text engine searches, and no search is run;
//   2. `tokens`: weighted tokens for the instant index;
//   3. `intent`: sections to favour and urgent-safety articles;
//   4. `fullTextWords`: the words the full-text engine is asked for, with synonyms and without
//      fillers (src/search/shared/fallback.ts tries them all, then most, then any).
//   5. `situation`: the reader's situation (content/situations.yaml, ./situations.ts);
//   6. `distinctive` and `missing`: the words that say what the query is about, and those of
//      them that appear nowhere on the site (the honest "no answer", ./honest.ts).
// In a long post the clause that asks weighs most (`focusOf`); the story before it counts less.
// A new stage (another language's words) is a function of the `Rewrite` added to `analyse`
// below, with its result a field of `QueryAnalysis`.
import { emptyWords, functionChars, genericWords, sectionCues, storyWords, urgentCues } from './intents';
import type { SearchDictionary } from './dictionary';
import {
  applySynonyms,
  synonymHits,
  fillerPhrases,
  fillers,
  normalize,
  stripFillerPhrases,
  terms,
  wordSegmenter,
} from './normalize';
import { readPinyin, soundAlikes, type SpokenTerm } from './pinyin';
import { isHan, Vocabulary } from './tokenize';
import { correctTypos, english as englishLayer, englishFillers, englishGeneric, englishQuiet, stem } from './english';
import { pageLang } from './urls';
import { capQuery, queryMaxChars } from './limits';
import type { SituationMatch, SituationMatcher } from './situations';

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
  /** The readers' situations, when the instant file has them. */
  situations?: SituationMatcher;
  /** Whether a word appears anywhere on the site; absent when the file does not carry the bodies' words. */
  onSite?: (word: string) => boolean;
  /** Every word of the site (titles, keywords, headings, synonyms, bodies), to find in a query. */
  siteWords?: Vocabulary;
  /**
   * Whether an English word is a site word or a slip of one (one or two letters off); `typing`:
   * or the beginning of one (the word the reader is still typing).
   */
  nearSiteWord?: (word: string, typing?: boolean) => boolean;
  /** The English site word an English word is a slip of; undefined for a site word or a word near none. */
  slipOf?: (word: string) => string | undefined;
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
  /** The reader's situation, when the query describes one. */
  situation?: SituationMatch | undefined;
  /** The words that say what the query is about: no fillers, question words or generic words. */
  distinctive: string[];
  /** Distinctive words that appear nowhere on the site (empty when the site's words are not known). */
  missing: string[];
  /**
   * English pages: each distinctive word of the reader's with the index words it stands for (its
   * stem, the site word it is a slip of, the words of the synonym it is part of), so that the
   * engine can tell how many of the reader's words a suggestion answers.
   */
  readerWords?: { word: string; weight: number; tokens: string[] }[];
  /** Whether every Latin word of two letters or more was read as pinyin (a Chinese reader's query; ./edition.ts). */
  pinyin: boolean;
}

const generic = /* @__PURE__ */ new Set(genericWords);
const empty = /* @__PURE__ */ new Set(emptyWords);
const story = /* @__PURE__ */ new Set(storyWords);
const grammar = /* @__PURE__ */ new Set(Array.from(functionChars));
const numeral = /[\d一二三四五六七八九十百千万亿两几零〇半]/;
/** Empty words, longest first, to cut out as phrases (the segmenter may keep 多少钱 whole). */
const emptyPhrases = /* @__PURE__ */ [...emptyWords].sort((a, b) => b.length - a.length);

/** Fillers and empty words out of the text, a space where each was. */
export function stripQuiet(text: string): string {
  return emptyPhrases.reduce((t, f) => t.split(f).join(' '), stripFillerPhrases(text));
}
/** A word that says nothing: a filler or an empty word. */
const isQuiet = (t: string) => fillers.has(t) || empty.has(t);

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
  const kept = [...wordSegmenter().segment(stripQuiet(text))]
    .map((s) => (isQuiet(s.segment) ? ' ' : s.segment))
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

const canonicalOf = new WeakMap<Readonly<Record<string, string>>, Set<string>>();
/** The words of the articles' side of the synonyms ("not arriving", "log in"), without apostrophes. */
function canonicalWords(synonyms: Readonly<Record<string, string>>): Set<string> {
  let out = canonicalOf.get(synonyms);
  if (!out) {
    out = new Set(Object.values(synonyms).flatMap((c) => c.replace(/['’]/g, '').split(/\s+/)));
    canonicalOf.set(synonyms, out);
  }
  return out;
}

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
  // A site word, or a word that says nothing (可以 is no slip of 可疑), is not a slip.
  for (const { term, char: start } of [...ctx.vocab.find(text), ...quietWords().find(text)]) {
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
  const en = pageLang() === 'en';
  // English phrases first (synonyms), so that "lost phone" is not read as pinyin. On an English
  // page, English slips are corrected first (frozed → frozen), and the Chinese words of a mixed
  // query are read by the English synonyms too (冻结 → restricted): the articles are English.
  const typed = en && ctx.slipOf ? correctTypos(normal, ctx.slipOf) : normal;
  const phrases = applySynonyms(typed, en ? ctx.dict.synonyms : latinSynonyms(ctx.dict.synonyms))
    .replace(/\s+/g, ' ')
    .trim();
  // On an English page, the English layer drops question words and adds stems (./english.ts).
  const english = en ? englishLayer.prepare(phrases, canonicalWords(ctx.dict.synonyms)) : phrases;
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
  // Question words out first: 不能 inside 能不能 is no word of the query.
  const [r, m] = [stripQuiet(rewritten), stripQuiet(mapped)];
  for (const source of [r, m, r.replace(/ /g, ''), m.replace(/ /g, '')]) {
    const mask = genericMask(source, vocab);
    for (const { term, char: start } of vocab.find(source)) {
      if (isQuiet(term)) continue;
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
  const plain = stripQuiet(normalize(capQuery(text).text, dict.t2s));
  const canon = new Set(Object.values(dict.synonyms));
  const mapped = terms(applySynonyms(plain, dict.synonyms), canon).filter((t) => !empty.has(t));
  const own = terms(plain).filter((t) => !empty.has(t));
  const same = own.length === mapped.length && own.every((t, i) => t === mapped[i]);
  return { terms: mapped, original: same ? [] : own };
}

/** A clause that ends as a question (？, 吗, 呢) asks. */
const asks = /(?:[?？]|[吗呢嘛][!！。.,，]*)$/;
/** Otherwise a clause asks when it has a question word: 怎么, 哪, 谁, 是不是, 能不能, 会不会, 该 … */
const asking = /[谁该咋哪]|怎么|怎样|如何|是不是|能不能|会不会|要不要|可不可以|为什么|为啥|是否|有没有/;
/** How much the words outside the asking clause count (the story before the question). */
export const storyWeight = 0.5;

/** The clauses of a normalised text: at punctuation, and at a space between Chinese characters. */
export function clausesOf(normal: string): string[] {
  return normal
    .split(/(?<=[,.!?;:，。！？；：、\n])|(?<=\p{Script=Han}) (?=\p{Script=Han})/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Whether a clause says something beyond fillers and question words (two characters or a Latin word). */
const saysSomething = (clause: string) =>
  [...wordSegmenter().segment(stripQuiet(clause))]
    .filter((s) => s.isWordLike && !isQuiet(s.segment))
    .map((s) => s.segment)
    .join('').length >= 2;

/**
 * The part of a long post that asks: the last clause with a question word, with the clauses
 * before it added while it says nothing on its own (怎么办？). Undefined when the query is one
 * clause, when no clause asks, or when the asking part is all of it.
 */
export function focusOf(normal: string): string | undefined {
  const clauses = clausesOf(normal);
  if (clauses.length < 2) return undefined;
  const lastWhere = (test: RegExp) => {
    for (let i = clauses.length - 1; i >= 0; i--) if (test.test(clauses[i] ?? '')) return i;
    return -1;
  };
  let last = lastWhere(asks);
  if (last < 0) last = lastWhere(asking);
  if (last < 0) return undefined;
  let first = last;
  while (first > 0 && !saysSomething(clauses.slice(first, last + 1).join(''))) first--;
  if (first === 0 && last === clauses.length - 1) return undefined;
  return clauses.slice(first, last + 1).join('');
}

/** Stage 5: the texts of the query the situations are matched in (as typed, rewritten, mapped, without spaces). */
function situationOf(r: Rewrite, ctx: QueryContext): SituationMatch | undefined {
  if (!ctx.situations) return undefined;
  const joined = (t: string) => t.replace(/(?<![a-z0-9]) | (?![a-z0-9])/g, '');
  return ctx.situations.match([r.normal, r.rewritten, r.mapped, joined(r.rewritten), joined(r.mapped)]);
}

/** Stage 6: the distinctive words of the query, and those the site never uses. */
function distinctiveOf(r: Rewrite, ctx: QueryContext): Pick<QueryAnalysis, 'distinctive' | 'missing' | 'readerWords'> {
  const words = new Set<string>();
  for (const s of wordSegmenter().segment(stripQuiet(r.mapped))) {
    const w = s.segment;
    if (!s.isWordLike || isQuiet(w) || generic.has(w) || Array.from(w).length < 2 || !/\p{Script=Han}/u.test(w))
      continue;
    words.add(w);
  }
  if (pageLang() === 'en') return englishDistinctive(r, ctx);
  const distinctive = [...words];
  if (!ctx.onSite || !ctx.siteWords) return { distinctive, missing: [] };
  // What the reader typed, character by character: covered by a word of the site, a word that
  // says nothing (fillers, question words, the story's words) or a character of grammar or
  // number. What is left, two characters or more in a row, is a word the site never uses
  // (the segmenter does not know 比特币 or 车险 either, so it is not asked).
  const text = r.normal;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const { term, at } of [...ctx.siteWords.find(text), ...quietWords().find(text)])
    for (let k = at; k < at + term.length; k++) covered[k] = true;
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? '';
    if (i < text.length && !covered[i] && isHan(ch) && !grammar.has(ch) && !numeral.test(ch)) run += ch;
    else {
      if (Array.from(run).length >= 2) runs.push(run);
      run = '';
    }
  }
  // A slip the rewrite corrected (工银e生化 → 工银e生活) is the site's word, not a missing one.
  const slip = (w: string) => r.corrected.some((t) => Array.from(w).some((ch) => t.includes(ch)));
  const missing = runs.filter((w) => !ctx.onSite?.(w) && !slip(w) && !story.has(w));
  return { distinctive, missing: [...new Set(missing)] };
}

/**
 * The English side of the honest rule: a word of three letters or more that says something and
 * is neither a site word (nor its stem) nor one or two letters off one (a typo the engine forgives)
 * is a word the site never uses.
 */
function englishDistinctive(
  r: Rewrite,
  ctx: QueryContext,
): { distinctive: string[]; missing: string[]; readerWords: NonNullable<QueryAnalysis['readerWords']> } {
  const words = [
    ...new Set(
      (
        r.normal
          .toLowerCase()
          .replace(/['’]/g, '')
          .match(/[a-z][a-z-]{2,}/g) ?? []
      ).filter((w) => !englishFillers.has(w) && !englishQuiet.has(w)),
    ),
  ];
  // What each word stands for in the index: itself, its stem, the site word it is a slip of,
  // and the articles' words of a synonym phrase it is part of (withdrawal → move money out).
  const slip = (w: string) => ctx.slipOf?.(w) ?? w;
  const typed = ctx.slipOf ? correctTypos(r.normal, ctx.slipOf) : r.normal;
  const phraseOf = new Map<string, string[]>();
  for (const [variant, canonical] of synonymHits(typed, ctx.dict.synonyms))
    for (const v of variant.match(/[a-z][a-z-]*/g) ?? [])
      phraseOf.set(v, [...(phraseOf.get(v) ?? []), ...(canonical.match(/[a-z0-9][a-z0-9'-]*/g) ?? [])]);
  const readerWords = words.map((word) => {
    const own = [word, slip(word), ...(phraseOf.get(slip(word)) ?? [])];
    const tokens = [...new Set([...own, ...own.map(stem), ...own.flatMap((w) => w.split('-'))])];
    return { word, weight: englishGeneric.has(word) || englishGeneric.has(stem(word)) ? 0.5 : 1, tokens };
  });
  if (!ctx.nearSiteWord) return { distinctive: words, missing: [], readerWords };
  // The last word may be one the reader is still typing (or ended a letter short: sms cod).
  const last = /[a-z]$/.test(r.normal) ? words.at(-1) : undefined;
  const missing = words.filter((w) => !ctx.nearSiteWord?.(w, w === last) && !ctx.nearSiteWord?.(stem(w)));
  return { distinctive: words, missing, readerWords };
}

/** Whether the query's Latin words (two letters or more; there is one) were all read as pinyin. */
function readAsPinyin(r: Rewrite): boolean {
  const words = [...r.latin].filter(([w]) => w.length >= 2);
  return words.length > 0 && words.every(([, read]) => read);
}

let quiet: Vocabulary | undefined;
/** Fillers, question words and the story's words, as one vocabulary. */
const quietWords = (): Vocabulary =>
  (quiet ??= new Vocabulary([...fillers, ...emptyWords, ...storyWords, ...fillerPhrases]));

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
  const tokens = tokensOf(r, ctx.vocab);
  // The story before the question counts less than the question.
  const focus = focusOf(r.normal);
  if (focus) {
    const asked = tokensOf(rewrite(focus, ctx), ctx.vocab);
    for (const [t, w] of tokens) if (!asked.has(t)) tokens.set(t, w * storyWeight);
  }
  return {
    tokens,
    rewritten: r.rewritten,
    ...intentOf(r),
    fullText: fullTextWords(r.rewritten || raw, ctx.dict),
    situation: situationOf(r, ctx),
    ...distinctiveOf(r, ctx),
    pinyin: readAsPinyin(r),
  };
}
