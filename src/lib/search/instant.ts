// The instant layer: MiniSearch over titles, keywords, headings, descriptions and the pinyin
// of their words, built in the browser from the instant file. Answers every keystroke without
// a request; Pagefind's full-text results join later.
import MiniSearch from 'minisearch';
import type { InstantData } from './instant-data';
import { analyzeInstant, type QueryAnalysis, type QueryContext } from './instant-query';
import { pinyinKeys, readingTable, type SpokenTerm } from './pinyin';
import { fillers } from './normalize';
import { tokenize, Vocabulary } from './tokenize';

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
  /** Best matching articles, best first; at most `limit`. */
  suggest(query: string, limit?: number): { results: Suggestion[]; analysis: QueryAnalysis };
  /** The hot questions, as suggestions. */
  hot(): Suggestion[];
  /** Every article id → title and section. */
  article(id: string): Suggestion | undefined;
}

/** Field weights: a title or keyword match beats a heading or description mention. */
const boost = { t: 3, k: 2.2, h: 1, d: 0.7, p: 1.6 };

/** A result scoring below this share of the best one is noise, not a suggestion. */
const keepShare = 0.3;

/** Builds the engine (indexing takes a few milliseconds per hundred articles). */
export function createInstantEngine(data: InstantData): InstantEngine {
  const vocab = new Vocabulary(data.terms.filter((t) => !fillers.has(t)));
  const spoken: SpokenTerm[] = data.terms.map((term, i) => ({ term, syllables: (data.spoken[i] ?? '').split(' ') }));
  const keys = new Map<string, string[]>();
  const addKey = (k: string, term: string) => {
    const list = keys.get(k) ?? [];
    if (!list.includes(term)) list.push(term);
    keys.set(k, list);
  };
  for (const s of spoken) {
    const { full, initials } = pinyinKeys(s.syllables);
    addKey(full, s.term);
    if (initials.length >= 2) addKey(initials, s.term);
  }
  const ctx: QueryContext = { dict: data.dict, vocab, spoken, pinyinKeys: keys, readings: readingTable(data.pinyin) };
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
  const mini = new MiniSearch<{ id: string; t: string; k: string; h: string; d: string; p: string; s: string }>({
    fields: ['t', 'k', 'h', 'd', 'p'],
    tokenize: (text, field) => (field === 'p' ? text.split(' ').filter(Boolean) : tokenize(text, vocab)),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (q) => q.split(' ').filter(Boolean),
      processTerm: (term) => term,
      boost,
      combineWith: 'OR',
      prefix: (term) => /^[a-z]{2,}$/.test(term),
      fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
      weights: { fuzzy: 0.3, prefix: 0.5 },
    },
  });
  mini.addAll(
    data.docs.map(([id, t, section, k, h, d]) => {
      const s = data.sections[section]?.id ?? '';
      byId.set(id, { id, title: t, section: data.sections[section]?.name ?? '', score: 0 });
      return { id, t, k, h, d, p: pinyinField(`${t}，${k}`), s };
    }),
  );
  const sectionOf = new Map(data.docs.map(([id, , section]) => [id, data.sections[section]?.id ?? '']));

  return {
    suggest(query, limit = 5) {
      const analysis = analyzeInstant(query, ctx);
      if (analysis.tokens.size === 0 && analysis.urgent.length === 0) return { results: [], analysis };
      const found = mini.search([...analysis.tokens.keys()].join(' '), {
        boostTerm: (term) => analysis.tokens.get(term) ?? 1,
        boostDocument: (id) => analysis.sections.get(sectionOf.get(String(id)) ?? '') ?? 1,
      });
      const top = found[0]?.score ?? 0;
      const ranked = found.filter((r) => r.score >= top * keepShare).map((r) => String(r.id));
      // The reader may be losing money: the safety articles come first, whatever else matched.
      const order = [...new Set([...analysis.urgent.filter((id) => byId.has(id)), ...ranked])];
      const score = new Map(found.map((r) => [String(r.id), r.score]));
      const results = order.slice(0, limit).flatMap((id) => {
        const s = byId.get(id);
        return s ? [{ ...s, score: score.get(id) ?? top }] : [];
      });
      return { results, analysis };
    },
    hot: () => data.hot.flatMap((id) => byId.get(id) ?? []),
    article: (id) => byId.get(id),
  };
}
