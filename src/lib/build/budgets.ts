// Byte budgets (gzip), enforced by e2e/budgets.spec.ts and reported by npm run bench.
// Bytes are stable where times are not, so these are tests; times live in the benchmark.

/** HTML + CSS of an article or section page until idle. */
export const pageBudget = 10 * 1024;
/** HTML + CSS of the home page until idle. */
export const homeBudget = 12 * 1024;
/** The only script that runs before interaction (gzip): theme, 长辈模式, search and offline wiring. */
export const headScriptBudget = 1024;
/** The instant search layer's one file (gzip), issue 13: at most 40 KB, even at 5,000 articles. */
export const instantFileBudget = 40 * 1024;
/**
 * Of that, what the Pagefind build adds to the file after the instant layer is written: the
 * names of Pagefind's metadata file and its index chunk table (3.5 KB gzip at 5,000 articles).
 */
export const pagefindNamesReserve = 5 * 1024;
/**
 * Everything the first search downloads (gzip): Pagefind and the search module, 150 KB before
 * the instant layer, plus the instant file that the suggestions need (issue 13, item 1).
 */
export const firstSearchBudget = 150 * 1024 + instantFileBudget;
