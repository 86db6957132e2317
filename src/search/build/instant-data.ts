// The instant layer's data (InstantData) from the articles, synonyms and hot questions. Stays within one request of `budget` bytes gzip by leaving out the least useful
// fields first (descriptions, then headings, then keywords) on very large sites.
import { gzipSync } from 'node:zlib';
import { synonymMap } from '../shared/dictionary';
import { fillers } from '../shared/normalize';
import {
  instantDataBudget,
  packDoc,
  writeInstantFile,
  type InstantData,
  type InstantDoc,
  type InstantLevel,
} from '../shared/instant-file';
import { buildPinyinData, termSyllables } from './pinyin';
import { plainSyllables, readingTable } from '../shared/pinyin';
import { buildT2sMap } from './t2s';
import { sectionCues, urgentCues } from '../shared/intents';
import type { Situations } from '../../schemas/situations';
import { compileSituations, type LinePhone } from './situations';

/** What the builder needs to know of one article. */
export interface InstantArticle {
  id: string;
  section: string;
  title: string;
  description: string;
  keywords: readonly string[];
  /** The `##`/`###` headings of the body, as plain text. */
  headings: readonly string[];
  /** The whole text (for the Traditional → Simplified map). */
  body: string;
}

/** Plain-text headings of a Markdown body. */
export function headingsOf(body: string): string[] {
  return [...body.matchAll(/^#{2,3}\s+(.+?)\s*#*\s*$/gm)].map((m) =>
    (m[1] ?? '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  );
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of two or more characters, with Chinese in them, from running text. */
function words(text: string): string[] {
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike && s.segment.length >= 2 && /\p{Script=Han}/u.test(s.segment))
    .map((s) => s.segment);
}

/** The Chinese runs of 2–4 characters left in `phrase` after removing the words in `known`. */
function residue(phrase: string, known: ReadonlySet<string>): string[] {
  let rest = phrase;
  for (const w of [...known].sort((a, b) => b.length - a.length))
    if (w !== phrase && rest.includes(w)) rest = rest.split(w).join(' ');
  return (rest.match(/\p{Script=Han}{2,4}/gu) ?? []).filter((r) => r !== phrase);
}

const levels: InstantLevel[] = ['full', 'no-body-words', 'no-description', 'no-headings', 'titles', 'some-titles'];

function docOf(a: InstantArticle, section: number, level: InstantLevel): InstantDoc {
  const keep = levels.indexOf(level);
  return [
    a.id,
    a.title,
    section,
    keep < 4 ? a.keywords.join('，') : '',
    keep < 3 ? a.headings.join('，') : '',
    keep < 2 ? a.description : '',
  ];
}

/** The running text of an MDX body: no components, tags, link targets or Markdown marks. */
function plainText(body: string): string {
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>[\]|-]/g, ' ');
}

/** Builds the instant file's data; throws in Chinese when a hot question is not an article. */
export function buildInstantData(input: {
  articles: readonly InstantArticle[];
  sections: readonly { id: string; name: string }[];
  synonyms: readonly { id: string; variants: readonly string[] }[];
  hot: readonly string[];
  /** content/situations.yaml, validated, and the phones its lines may name. */
  situations?: { file: Situations; phones: ReadonlyMap<string, LinePhone>; lang?: 'zh-CN' | 'en' };
  budget?: number;
}): { data: InstantData; code: string; gzipBytes: number } {
  const { articles, sections, synonyms, hot, budget = instantDataBudget } = input;
  const sectionIndex = new Map(sections.map((s, i) => [s.id, i]));
  const dictionary = {
    synonyms: synonymMap(synonyms),
    t2s: buildT2sMap(
      articles.map((a) => `${a.title}${a.description}${a.keywords.join('')}${a.body}`).join('') +
        [...fillers].join('') +
        JSON.stringify(synonyms) +
        JSON.stringify(input.situations?.file ?? ''),
    ),
  };
  const situations =
    input.situations &&
    compileSituations(input.situations.file, dictionary.t2s, input.situations.phones, input.situations.lang);
  // Hot questions first: when not every title fits, they are the ones kept.
  const hotSet = new Set(hot);
  const ordered = [...articles.filter((a) => hotSet.has(a.id)), ...articles.filter((a) => !hotSet.has(a.id))];
  const make = (level: InstantLevel, count: number) => {
    const docs = ordered.slice(0, count).map((a) => docOf(a, sectionIndex.get(a.section) ?? 0, level));
    const vocabulary = new Set<string>();
    const add = (t: string) => {
      const w = t.trim().toLowerCase();
      if (Array.from(w).length >= 2 && Array.from(w).length <= 12 && /\p{Script=Han}/u.test(w)) vocabulary.add(w);
    };
    for (const [, title, , keywords, headings] of docs) {
      for (const k of keywords.split('，')) add(k);
      for (const w of words(`${title}，${headings}`)) add(w);
    }
    for (const s of synonyms) [s.id, ...s.variants].forEach(add);
    for (const [, , , keywords] of docs) for (const k of keywords.split('，')) for (const w of words(k)) add(w);
    // What is left of a keyword once the known words are taken out is a word too (钱包挂失 → 挂失).
    for (const [, , , keywords] of docs)
      for (const k of keywords.split('，')) residue(k.toLowerCase(), vocabulary).forEach(add);
    for (const f of fillers) add(f);
    // The words of intent are words the search understands, in pinyin too (bei pian → 被骗).
    for (const c of [...sectionCues, ...urgentCues]) c.cues.forEach(add);
    const terms = [...vocabulary].sort();
    // Words only the bodies use: pinyin and IME slips can reach them (zhuxiao → 注销), but
    // they are not index words of their own.
    const core = new Set(terms);
    const body = new Set<string>();
    if (level === 'full')
      for (const a of articles)
        for (const w of words(plainText(a.body))) if (!core.has(w.toLowerCase())) body.add(w.toLowerCase());
    const bodyTerms = [...body].sort();
    // The browser reads each character by its first reading; only terms read otherwise in
    // context (工行: gong hang, not gong xing) carry their pinyin.
    const pinyin = buildPinyinData([...terms, ...bodyTerms].join(''));
    const table = readingTable(pinyin);
    const spoken: Record<number, string> = {};
    [...terms, ...bodyTerms].forEach((t, i) => {
      const inContext = termSyllables(t).join(' ');
      if (inContext !== plainSyllables(t, table).join(' ')) spoken[i] = inContext;
    });
    const data: InstantData = {
      docs: docs.map(packDoc),
      sections: sections.map(({ id, name }) => ({ id, name })),
      terms,
      bodyTerms,
      spoken,
      pinyin,
      dict: dictionary,
      hot: [...hot],
      ...(situations ? { situations } : {}),
      level,
    };
    const code = writeInstantFile(data);
    return { data, code, gzipBytes: gzipSync(code).length };
  };
  for (const level of levels.slice(0, -1)) {
    const built = make(level, ordered.length);
    if (built.gzipBytes <= budget) return built;
  }
  // Titles of every article do not fit: as many as fit, found by halving (Pagefind finds the rest).
  let [lo, hi] = [Math.min(hot.length, ordered.length), ordered.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (make('some-titles', mid).gzipBytes <= budget) lo = mid;
    else hi = mid - 1;
  }
  return make('some-titles', lo);
}
