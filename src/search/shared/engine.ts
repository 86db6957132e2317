// The instant engine: MiniSearch over titles, keywords, headings, descriptions and the pinyin
// of their words, built in the browser from the instant file. It indexes and ranks; when the
// indexing happens is the caller's (src/search/browser/scheduler.ts slices it in the browser).
// Answers every keystroke without a request; Pagefind's full-text results join later.
import MiniSearch from 'minisearch';
import { unpackDoc, type InstantData, type InstantDoc } from './instant-file';
import { analyse, type QueryAnalysis, type QueryContext } from './query';
import { pinyinKeys, plainSyllables, readingTable, syllableSet, type SpokenTerm } from './pinyin';
import { fillers } from './normalize';
import { tokenize, Vocabulary } from './tokenize';
import { situationMatcher } from './situations';
import { isConfident, type TopFacts } from './honest';
import { nearestWord, slipDistance, stem } from './english';

/** An article suggested for a query. */
export interface Suggestion {
  id: string;
  title: string;
  /** Section name. */
  section: string;
  score: number;
}

/** The instant engine over one instant file. */
export interface InstantEngine {
  /**
   * Best matching articles, best first; at most `limit`. `confident`: the first is the one the
   * reader is after (the situation's article, or a clear best match), so Enter may open it.
   */
  suggest(
    query: string,
    limit?: number,
  ): { results: Suggestion[]; analysis: QueryAnalysis; confident: boolean; top: TopFacts };
  /** The hot questions, as suggestions. */
  hot(): Suggestion[];
  /** Every article id → title and section. */
  article(id: string): Suggestion | undefined;
  /** Synonyms and Traditional → Simplified, for the full-text query layer. */
  dict: InstantData['dict'];
  /** The query analysed (rewritten, tokens, intent, full-text words) without running a search. */
  analyse(query: string): QueryAnalysis;
  /** The indexing still to do, for a scheduler to run. */
  work: IndexWork;
}

/** The engine's indexing, one article at a time. */
export interface IndexWork {
  /** Articles in the main index so far. */
  indexed(): number;
  /** Articles in the file. */
  readonly total: number;
  /** Adds the next article to the main index (does nothing when all are in). */
  next(): void;
  /** Whether any article is still missing from the main or the pinyin index. */
  left(): boolean;
  /** One step of the remaining work: the next article of the main index, else of the pinyin index. */
  step(): void;
  /** Runs one query, so that the reader's first keystroke finds the query path compiled. */
  warm(): void;
}

/**
 * How many articles are indexed before the first answer. Indexing a title takes about 0.4 ms on
 * a phone-speed CPU (this machine at 4× slowdown): at 5,000 articles the file's 3,200 titles took
 * over a second, and the first suggestion and Pagefind's start waited for all of them; 300 take
 * 0.1 s. The file lists hot questions first, then the site's order, so these are the articles
 * readers reach most; the rest are indexed within a second or two of idle time.
 */
export const eagerArticles = 300;

/** Field weights: a title or keyword match beats a heading or description mention. */
const boost = { t: 3, k: 2.2, h: 1, d: 0.7, p: 1.6 };

/** A result scoring below this share of the best one is noise, not a suggestion. */
const keepShare = 0.3;

/** The least total weight of the query tokens a suggestion must match (one distinctive bigram). */
const minMatchWeight = 0.6;

/**
 * The key a token has in MiniSearch's radix tree. Each non-ASCII code unit becomes "~" and four
 * hex digits: a tree node scans its children one by one, and the root of a tree of Chinese
 * bigrams would otherwise have thousands (indexing took ~150 ms; this way, a few).
 */
export function treeKey(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    out += c < 128 ? token[i] : `~${hex[c >> 12]}${hex[(c >> 8) & 15]}${hex[(c >> 4) & 15]}${hex[c & 15]}`;
  }
  return out;
}
const hex = '0123456789ABCDEF';

/**
 * The site's words, to tell a word the site never uses: every word of a title, keyword, heading,
 * synonym or body. Only a file that carries the bodies' words knows (at thousands of articles it
 * may not; then the search claims nothing about what the site lacks). English words: those of
 * the titles, keywords, headings, descriptions and synonyms (the file carries no English bodies).
 */
function siteWords(data: InstantData): Pick<QueryContext, 'onSite' | 'siteWords' | 'nearSiteWord' | 'slipOf'> {
  if (data.level !== 'full') return {};
  const words = [
    ...data.terms,
    ...data.bodyTerms,
    ...Object.keys(data.dict.synonyms),
    ...Object.values(data.dict.synonyms),
  ];
  const all = `\n${words.join('\n')}\n`;
  let vocab: Vocabulary | undefined;
  let latin: Set<string> | undefined;
  const latinWords = () =>
    (latin ??= new Set(
      [...words, ...data.docs.flatMap(([, t, , k = '', h = '', d = '']) => [t, k, h, d])].flatMap(
        (w) => w.toLowerCase().match(/[a-z][a-z-]+/g) ?? [],
      ),
    ));
  const slips = new Map<string, string | undefined>();
  return {
    onSite: (word) => all.includes(word),
    nearSiteWord: (word, typing = false) => {
      if (latinWords().has(word)) return true;
      for (const w of latinWords()) if (slipDistance(w, word) < Infinity || (typing && w.startsWith(word))) return true;
      return false;
    },
    slipOf: (word) => {
      if (!slips.has(word))
        slips.set(
          word,
          latinWords().has(word) || latinWords().has(stem(word)) ? undefined : nearestWord(word, latinWords()),
        );
      return slips.get(word);
    },
    // Made on the first query that needs it, not while the engine starts.
    get siteWords() {
      return (vocab ??= new Vocabulary(words));
    },
  };
}

/**
 * English: how much of the reader's query an article answers, in the reader's words: each
 * distinctive word 1 (a word every article is about ½), however many index words its synonym
 * brings (withdrawal is one word of the reader's, not the three of "move money out").
 */
function readerMatch(words: NonNullable<QueryAnalysis['readerWords']>, matched: string[] = []): number {
  const got = new Set(matched);
  return words.reduce((n, w) => n + (w.tokens.some((t) => got.has(t)) ? w.weight : 0), 0);
}

/**
 * Builds the engine. The first `eager` articles are indexed now; the rest wait for `work`, and
 * until then a query finds the articles indexed so far (Pagefind's full text finds all).
 */
export function createInstantEngine(data: InstantData, eager = eagerArticles): InstantEngine {
  const docs = data.docs.map((d) => unpackDoc(d, data.sections));
  const vocab = new Vocabulary(data.terms.filter((t) => !fillers.has(t)));
  const readings = readingTable(data.pinyin);
  const spoken: SpokenTerm[] = [...data.terms, ...data.bodyTerms].map((term, i) => ({
    term,
    syllables: data.spoken[i]?.split(' ') ?? plainSyllables(term, readings),
  }));
  const fullPinyin = new Map<string, string[]>();
  const initialsOf = new Map<string, string[]>();
  const addKey = (map: Map<string, string[]>, k: string, term: string) => {
    const list = map.get(k) ?? [];
    if (!list.includes(term)) list.push(term);
    map.set(k, list);
  };
  for (const s of spoken) {
    const { full, initials } = pinyinKeys(s.syllables);
    addKey(fullPinyin, full, s.term);
    if (initials.length >= 2) addKey(initialsOf, initials, s.term);
  }
  const ctx: QueryContext = {
    dict: data.dict,
    vocab,
    spoken,
    fullPinyin,
    initials: initialsOf,
    syllables: syllableSet(readings),
    readings,
    frequency: new Map(),
    situations: situationMatcher(data.situations),
  };
  // Made on the first query that needs them, not while the engine starts.
  Object.defineProperties(ctx, Object.getOwnPropertyDescriptors(siteWords(data)));
  const spokenOf = new Map(spoken.map((s) => [s.term, s]));

  // The pinyin field: full pinyin (and initials of longer terms) of the words of title and keywords.
  const pinyinField = (text: string) =>
    vocab
      .find(text.toLowerCase())
      .flatMap(({ term }) => {
        const s = spokenOf.get(term);
        if (!s) return [];
        const { full, initials } = pinyinKeys(s.syllables);
        return initials.length >= 3 ? [full, initials] : [full];
      })
      .join(' ');

  const byId = new Map<string, Suggestion>();
  /** The vocabulary terms of the title and keywords of the doc being indexed. */
  const docTerms = new Set<string>();
  const mini = new MiniSearch<{ id: string; t: string; k: string; h: string; d: string }>({
    fields: ['t', 'k', 'h', 'd'],
    // Last characters only from titles and keywords: a one-character query (骗, 丢) is answered
    // there, and headings and descriptions index fewer tokens.
    tokenize: (text, field) => {
      if (field !== 't' && field !== 'k') return tokenize(text, vocab, false);
      const tokens = tokenize(text, vocab);
      // Every vocabulary term of the title or keywords is one of their tokens: counted here,
      // so the text is walked once (the doc's terms are gathered field by field).
      for (const token of tokens) if (vocab.has(token)) docTerms.add(token);
      return tokens;
    },
    processTerm: treeKey,
    searchOptions: {
      tokenize: (q) => q.split(' ').filter(Boolean),
      processTerm: treeKey,
      boost,
      combineWith: 'OR',
      // A single Chinese character matches every token it begins (see lastChar in tokenize.ts).
      prefix: (term) => term.length === 5 && term.startsWith('~'),
    },
  });
  // Pinyin in an index of its own: prefix and typo matching there stay fast (no Chinese tree to walk).
  const spokenIndex = new MiniSearch<{ id: string; p: string }>({
    fields: ['p'],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (q) => q.split(' ').filter(Boolean),
      processTerm: (term) => term,
      combineWith: 'OR',
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
      weights: { fuzzy: 0.4, prefix: 0.6 },
    },
  });
  const frequency = ctx.frequency as Map<string, number>;
  for (const [id, t, section] of docs)
    byId.set(id, { id, title: t, section: data.sections[section]?.name ?? '', score: 0 });
  let indexed = 0;
  const indexNext = () => {
    const [id, t, , k, h, d] = docs[indexed++] as InstantDoc;
    docTerms.clear();
    mini.add({ id, t, k, h, d });
    for (const term of docTerms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  };
  while (indexed < Math.min(eager, docs.length)) indexNext();
  // The pinyin index follows the main one in idle time (most readers type Chinese); a Latin
  // query before it is done adds the articles indexed so far at once.
  let spokenReady = 0;
  const addSpoken = () => {
    const [id, t, , k] = docs[spokenReady++] as InstantDoc;
    spokenIndex.add({ id, p: pinyinField(`${t}，${k}`) });
  };
  const spokenSearch = (q: string, options: Parameters<typeof spokenIndex.search>[1]) => {
    while (spokenReady < indexed) addSpoken();
    return spokenIndex.search(q, options);
  };
  const sectionOf = new Map(docs.map(([id, , section]) => [id, data.sections[section]?.id ?? '']));

  // A keystroke analyses its query once: the suggestions and the full-text search share it.
  // (Again once more articles are indexed: their word counts choose among pinyin initials.)
  let last: { query: string; indexed: number; analysis: QueryAnalysis } | undefined;
  const analyseOnce = (query: string): QueryAnalysis => {
    if (last?.query !== query || last.indexed !== indexed) last = { query, indexed, analysis: analyse(query, ctx) };
    return last.analysis;
  };

  const suggest: InstantEngine['suggest'] = (query, limit = 5) => {
    const analysis = analyseOnce(query);
    const situation = analysis.situation && byId.has(analysis.situation.article) ? analysis.situation : undefined;
    if (analysis.tokens.size === 0 && analysis.urgent.length === 0 && !situation)
      return { results: [], analysis, confident: false, top: { first: 0, second: 0, matched: 0, missing: 0 } };
    const boostDocument = (id: unknown) => analysis.sections.get(sectionOf.get(String(id)) ?? '') ?? 1;
    const weights = new Map([...analysis.tokens].map(([t, w]) => [treeKey(t), w]));
    const boostTerm = (term: string) => weights.get(term) ?? 1;
    const tokens = [...analysis.tokens.keys()];
    const latin = tokens.filter((t) => /^[a-z]+$/.test(t) && (analysis.tokens.get(t) ?? 0) > 0.3);
    const merged = new Map<string, number>();
    /** Article → the weight of the query's words it matched. */
    const matched = new Map<string, number>();
    /** Article → the query's index words it matched. */
    const terms = new Map<string, string[]>();
    for (const r of tokens.length ? mini.search(tokens.join(' '), { boostTerm, boostDocument }) : []) {
      terms.set(String(r.id), r.queryTerms);
      // A match on generic words only (钱包, 用不了) is not a suggestion: full text does better.
      const weight = r.queryTerms.reduce((n, t) => n + (weights.get(t) ?? 0), 0);
      if (weight >= minMatchWeight) {
        merged.set(String(r.id), r.score);
        matched.set(String(r.id), weight);
      }
    }
    if (latin.length) {
      for (const r of spokenSearch(latin.join(' '), { boostTerm, boostDocument })) {
        merged.set(String(r.id), (merged.get(String(r.id)) ?? 0) + r.score * boost.p);
      }
    }
    const found = [...merged].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
    const top = found[0]?.score ?? 0;
    const ranked = found.filter((r) => r.score >= top * keepShare).map((r) => String(r.id));
    // The reader's situation decides what comes first; then, when the reader may be losing
    // money, the safety articles, whatever else matched.
    const order = [
      ...new Set([
        ...(situation ? [situation.article] : []),
        ...analysis.urgent.filter((id) => byId.has(id)),
        ...ranked,
      ]),
    ];
    const score = new Map(found.map((r) => [String(r.id), r.score]));
    const results = order.slice(0, limit).flatMap((id) => {
      const s = byId.get(id);
      return s ? [{ ...s, score: score.get(id) ?? top }] : [];
    });
    const facts: TopFacts = {
      first: results[0]?.id === ranked[0] ? (found[0]?.score ?? 0) : 0,
      second: found[1]?.score ?? 0,
      matched: analysis.readerWords
        ? readerMatch(analysis.readerWords, terms.get(ranked[0] ?? ''))
        : (matched.get(ranked[0] ?? '') ?? 0),
      missing: analysis.missing.length,
    };
    return { results, analysis, confident: !!situation || isConfident(facts), top: facts };
  };

  const work: IndexWork = {
    indexed: () => indexed,
    total: docs.length,
    next: () => {
      if (indexed < docs.length) indexNext();
    },
    left: () => indexed < docs.length || spokenReady < docs.length,
    step: () => {
      if (indexed < docs.length) indexNext();
      else if (spokenReady < docs.length) addSpoken();
    },
    warm: () => void suggest(docs[0]?.[1] ?? ''),
  };

  return {
    suggest,
    analyse: analyseOnce,
    work,
    hot: () => data.hot.flatMap((id) => byId.get(id) ?? []),
    article: (id) => byId.get(id),
    dict: data.dict,
  };
}
