import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError, throwIfProblems } from '../checks/problem';
import { findTreeProblems } from '../checks/troubleshooter';
import { assertNoCrossProblems } from '../checks/cross-file';
import { splitNotices } from './notices';
import type { Troubleshooter } from '../../schemas/troubleshooter';
import { visibleArticles } from './articles';

/** An article entry of the content collection. */
export type Article = CollectionEntry<'articles'>;

let checked: Promise<Article[]> | undefined;

/**
 * Every article the reader may see, in order: drafts only on the dev server.
 * The first call runs the cross-file checks and fails the build on any problem.
 */
export function getArticles(): Promise<Article[]> {
  checked ??= getCollection('articles').then((all) => {
    assertNoCrossProblems(all);
    return visibleArticles(all, import.meta.env.DEV);
  });
  return checked;
}

let tree: Promise<Troubleshooter> | undefined;

/** The troubleshooter tree; the first call fails the build on any problem, naming the node. */
export function getTroubleshooter(): Promise<Troubleshooter> {
  tree ??= Promise.all([getEntry('troubleshooter', 'tree'), getCollection('articles')]).then(([entry, all]) => {
    if (!entry) throw new ContentError('缺少 content/troubleshooter.yaml：自助诊断需要这个文件。');
    const drafts = new Map(all.map((a) => [a.id, { draft: a.data.draft && !import.meta.env.DEV }]));
    throwIfProblems(
      '自助诊断检查',
      findTreeProblems(entry.data, drafts, entry.filePath ?? 'content/troubleshooter.yaml'),
    );
    return entry.data;
  });
  return tree;
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
