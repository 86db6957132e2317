import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError, throwIfProblems } from '../checks/problem';
import { findTreeProblems } from '../checks/troubleshooter';
import { assertNoCrossProblems } from '../checks/cross-file';
import { splitNotices } from './notices';
import type { Troubleshooter } from '../../schemas/troubleshooter';
import { visibleArticles } from './articles';
import type { Lang } from '../i18n';

/** An article entry of either edition (ids are `section/slug` within the edition). */
export type Article = CollectionEntry<'articles'> | CollectionEntry<'articlesEn'>;

/** Every article entry of an edition, drafts included. */
const allArticles = (lang: Lang): Promise<Article[]> =>
  lang === 'en' ? getCollection('articlesEn') : getCollection('articles');

const checked = new Map<Lang, Promise<Article[]>>();

/**
 * Every article of an edition the reader may see, in order: drafts only on the dev server.
 * The first call runs the cross-file checks and fails the build on any problem; for English,
 * also that every counterpart names an existing Chinese article.
 */
export function getArticles(lang: Lang = 'zh-CN'): Promise<Article[]> {
  let p = checked.get(lang);
  if (!p) {
    p = allArticles(lang).then(async (all) => {
      assertNoCrossProblems(all, lang);
      if (lang === 'en') assertCounterparts(all as CollectionEntry<'articlesEn'>[], await getCollection('articles'));
      return visibleArticles(all, import.meta.env.DEV);
    });
    checked.set(lang, p);
  }
  return p;
}

const trees = new Map<Lang, Promise<Troubleshooter>>();

/** An edition's troubleshooter tree; the first call fails the build on any problem, naming the node. */
export function getTroubleshooter(lang: Lang = 'zh-CN'): Promise<Troubleshooter> {
  let tree = trees.get(lang);
  if (!tree) {
    const collection = lang === 'en' ? 'troubleshooterEn' : 'troubleshooter';
    const file = lang === 'en' ? 'content/en/troubleshooter.yaml' : 'content/troubleshooter.yaml';
    tree = Promise.all([getEntry(collection, 'tree'), allArticles(lang)]).then(([entry, all]) => {
      if (!entry) {
        throw new ContentError(
          lang === 'en'
            ? `${file} is missing: the English troubleshooter needs it (same format as content/troubleshooter.yaml).`
            : `缺少 ${file}：自助诊断需要这个文件。`,
        );
      }
      const drafts = new Map(all.map((a) => [a.id, { draft: a.data.draft && !import.meta.env.DEV }]));
      throwIfProblems(
        lang === 'en' ? 'The troubleshooter check' : '自助诊断检查',
        findTreeProblems(entry.data, drafts, entry.filePath ?? file),
        lang === 'en',
      );
      return entry.data;
    });
    trees.set(lang, tree);
  }
  return tree;
}

/** The Chinese article an English one corresponds to, by English id (reverse: chineseToEnglish). */
export async function counterparts(): Promise<{ toChinese: Map<string, string>; toEnglish: Map<string, string> }> {
  const [en, zh] = await Promise.all([getArticles('en'), getArticles('zh-CN')]);
  const published = new Set(zh.map((a) => a.id));
  const toChinese = new Map<string, string>();
  for (const a of en) {
    const ref = 'counterpart' in a.data ? a.data.counterpart : undefined;
    if (ref && published.has(ref)) toChinese.set(a.id, ref);
  }
  return { toChinese, toEnglish: new Map([...toChinese].map(([e, z]) => [z, e])) };
}

/** Every English counterpart names an existing Chinese article, and no two name the same one. */
function assertCounterparts(en: readonly CollectionEntry<'articlesEn'>[], zh: readonly { id: string }[]): void {
  const ids = new Set(zh.map((a) => a.id));
  const seen = new Map<string, string>();
  const problems = en.flatMap((a) => {
    const ref = a.data.counterpart;
    const file = a.filePath ?? `content/en/${a.id}.mdx`;
    if (!ref) return [];
    if (!ids.has(ref))
      return [
        {
          file,
          message: `counterpart: ${ref} is not a Chinese article (content/${ref}.mdx does not exist). Write the id of the Chinese article this one corresponds to, or replace the line with noCounterpart: "<why there is none>".`,
        },
      ];
    const other = seen.get(ref);
    seen.set(ref, file);
    return other
      ? [
          {
            file,
            message: `counterpart: ${ref} is already the counterpart of ${other}. A Chinese article has one English counterpart: change one of them, or give this one noCounterpart: "<why>".`,
          },
        ]
      : [];
  });
  throwIfProblems('The counterpart check', problems, true);
}

/** A notice entry. */
export type Notice = CollectionEntry<'notices'>;

/**
 * Build time: the moment notices are judged against for readers without JavaScript (one value
 * for the whole build). With JavaScript the reader's clock decides (src/client/head.js).
 */
export const buildTime = new Date();

/** The notices by their phase at build time (order: see splitNotices). */
export interface NoticeGroups {
  upcoming: Notice[];
  current: Notice[];
  past: Notice[];
}

let notices: Promise<NoticeGroups> | undefined;

/** Upcoming, current and past notices at build time. */
export function getNotices(): Promise<NoticeGroups> {
  notices ??= getCollection('notices').then((all) => splitNotices(all, buildTime));
  return notices;
}
