// What the per-article checks need to know about the whole site.
import type { RawArticle } from '../content/disk';

/** Facts about the whole content folder that a single-article check may consult. */
export interface ArticleContext {
  /** Every article file by its site path (`/fixes/payment-failed/`). */
  byPath: ReadonlyMap<string, RawArticle>;
  /** Site paths of articles marked `draft: true`. */
  drafts: ReadonlySet<string>;
  /** Site paths of the section indexes. */
  sectionPaths: ReadonlySet<string>;
  /** Folder served at the site root (for absolute image paths). */
  publicDir: string;
}

/** True when the article is a draft (not published). */
export function isDraft(a: RawArticle): boolean {
  return a.data?.['draft'] === true;
}

/** The 1-based line of a character offset in the article body. */
export function lineAt(a: RawArticle, index: number): number {
  return a.bodyLine + a.body.slice(0, index).split('\n').length - 1;
}
