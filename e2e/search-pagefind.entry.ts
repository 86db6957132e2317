// Bundled by e2e/search-pagefind.spec.ts into the page under test (never shipped): the search
// module's own analyser and Pagefind adapter, to compare with what Pagefind itself does.
import { createInstantEngine, fallbackStages, type InstantFile } from '../src/search/shared';
// The adapter itself, not an entry point: this test checks the adapter's guesses.
// eslint-disable-next-line no-restricted-imports
import { chunksFor, pagefindWords, sameQuery } from '../src/search/browser/pagefind';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** For each query: every word list the fallback may ask Pagefind for, the key it merges them by, and the chunks preloaded. */
function plan(file: InstantFile, queries: string[], lang: string) {
  const engine = createInstantEngine(file, Infinity);
  const table = file.pagefind?.chunks[lang] ?? [];
  return queries.map((query) => {
    const words = engine.analyse(query).fullText;
    const stages = fallbackStages(words);
    const lists = [...stages.all, ...stages.most, ...stages.any].map((l) => l.join(' '));
    return {
      query,
      lists: lists.map((q) => ({
        q,
        key: sameQuery(q, segmenter),
        chunks: chunksFor(pagefindWords(q, segmenter), table),
      })),
    };
  });
}

(globalThis as unknown as { searchPlan: typeof plan }).searchPlan = plan;
