import { orderedSections } from '../../data/sections';

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

/** Articles the reader may see: drafts only when `includeDrafts` (the dev server). */
export function visibleArticles<T extends ArticleLike>(all: readonly T[], includeDrafts: boolean): T[] {
  return sortArticles(all.filter((a) => includeDrafts || !a.data.draft));
}

/** Sorts by section order, then `order`, then title. */
export function sortArticles<T extends ArticleLike>(list: readonly T[]): T[] {
  const rank = (a: T) => orderedSections.findIndex((s) => s.id === sectionOf(a.id));
  return [...list].sort(
    (a, b) => rank(a) - rank(b) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN'),
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
