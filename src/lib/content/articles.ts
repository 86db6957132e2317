import { ContentError } from './ids';
import { getSection, orderedSections, type Section } from '../../data/sections';

/** The part of an article entry that ordering, linking and checks need. */
export interface ArticleLike {
  /** `section/slug`. */
  id: string;
  /** Path of the source file relative to the project, when known. */
  filePath?: string | undefined;
  data: {
    title: string;
    description: string;
    order: number;
    related: string[];
    draft: boolean;
    updated?: Date | undefined;
  };
}

/** The section id of an article id (`fixes/payment-failed` → `fixes`). */
export function sectionOf(id: string): string {
  return id.split('/')[0] ?? '';
}

/** The slug of an article id (`fixes/payment-failed` → `payment-failed`). */
export function slugOf(id: string): string {
  return id.split('/')[1] ?? '';
}

/** The site path of an article. */
export function articleUrl(id: string): string {
  return `/${id}/`;
}

/** The site path of a section index. */
export function sectionUrl(section: Pick<Section, 'id'>): string {
  return `/${section.id}/`;
}

/** Articles the reader may see: drafts only when `includeDrafts` (the dev server). */
export function visibleArticles<T extends ArticleLike>(all: readonly T[], includeDrafts: boolean): T[] {
  return sortArticles(all.filter((a) => includeDrafts || !a.data.draft));
}

/** Sorts by section order, then `order`, then title. */
export function sortArticles<T extends ArticleLike>(list: readonly T[]): T[] {
  const rank = (a: T) => orderedSections.findIndex((s) => s.id === sectionOf(a.id));
  return [...list].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

/** Articles of one section, in order. */
export function articlesInSection<T extends ArticleLike>(list: readonly T[], sectionId: string): T[] {
  return sortArticles(list.filter((a) => sectionOf(a.id) === sectionId));
}

/** The previous and next article in the same section. */
export function prevNext<T extends ArticleLike>(list: readonly T[], id: string): { prev?: T; next?: T } {
  const siblings = articlesInSection(list, sectionOf(id));
  const i = siblings.findIndex((a) => a.id === id);
  const out: { prev?: T; next?: T } = {};
  const prev = siblings[i - 1];
  const next = siblings[i + 1];
  if (i > 0 && prev) out.prev = prev;
  if (i >= 0 && next) out.next = next;
  return out;
}

/** The related articles of `article` that are in `list`, in the order the editor wrote them. */
export function relatedArticles<T extends ArticleLike>(list: readonly T[], article: ArticleLike): T[] {
  return article.data.related.flatMap((ref) => list.filter((a) => a.id === ref));
}

/** Where a problem is reported: the source file when known, else the id. */
function where(a: ArticleLike): string {
  return a.filePath ?? `content/${a.id}.mdx`;
}

/**
 * Problems that no single file's schema can see: duplicate slugs or titles, `related`
 * entries that do not exist or point to drafts. Each message names the file and the fix.
 */
export function findCrossProblems(all: readonly ArticleLike[]): string[] {
  const problems: string[] = [];
  const byId = new Map(all.map((a) => [a.id, a]));
  const bySlug = new Map<string, ArticleLike>();
  const byTitle = new Map<string, ArticleLike>();
  for (const a of all) {
    if (!getSection(sectionOf(a.id))) {
      problems.push(`${where(a)}：未知栏目“${sectionOf(a.id)}”。`);
    }
    const sameSlug = bySlug.get(slugOf(a.id));
    if (sameSlug) {
      problems.push(
        `${where(a)}：文件名“${slugOf(a.id)}”和 ${where(sameSlug)} 重复。文件名在全站必须唯一，请给其中一个改名。`,
      );
    } else bySlug.set(slugOf(a.id), a);
    const sameTitle = byTitle.get(a.data.title);
    if (sameTitle) {
      problems.push(
        `${where(a)}：title“${a.data.title}”和 ${where(sameTitle)} 重复。读者会分不清，请改写其中一个标题。`,
      );
    } else byTitle.set(a.data.title, a);
    for (const ref of a.data.related) {
      const target = byId.get(ref);
      if (ref === a.id) {
        problems.push(`${where(a)}：related 里的“${ref}”就是这篇文章本身，请删掉这一项。`);
      } else if (!target) {
        problems.push(
          `${where(a)}：related 里的“${ref}”不存在。请写成“栏目/文件名”（不带 .mdx），并确认 content/${ref}.mdx 存在。`,
        );
      } else if (!a.data.draft && target.data.draft) {
        problems.push(
          `${where(a)}：related 里的“${ref}”是草稿（draft: true），发布后读者打不开。请删掉这一项，或先发布那篇文章。`,
        );
      }
    }
  }
  return problems;
}

/** Throws one error listing every cross-file problem, or returns quietly when there are none. */
export function assertNoCrossProblems(all: readonly ArticleLike[]): void {
  const problems = findCrossProblems(all);
  if (problems.length > 0) {
    throw new ContentError(`内容检查发现 ${problems.length} 个问题：\n- ${problems.join('\n- ')}`);
  }
}
