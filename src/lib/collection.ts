import { getCollection, type CollectionEntry } from 'astro:content';
import { assertNoCrossProblems, visibleArticles } from './articles';

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
