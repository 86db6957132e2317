// Byte budgets (gzip), enforced by e2e/budgets.spec.ts and reported by npm run bench.
// Bytes are stable where times are not, so these are tests; times live in the benchmark.

/**
 * HTML + CSS of an article or section page until idle. 10.5 KB since the third content round put
 * 110 and the safe order on the first screen of every fraud page (suspected-theft: 10.35 KB);
 * 11 KB since every page carries the search dialog's markup (so the tap is answered before any
 * module) and the English edition's switch and hreflang alternates (suspected-theft: 10.64 KB).
 */
export const pageBudget = 11 * 1024;
/** HTML + CSS of the home page until idle. */
export const homeBudget = 12 * 1024;
/** The only script that runs before interaction (gzip): theme, 长辈模式, search and offline wiring. */
export const headScriptBudget = 1024;
// The file itself, not the entry point: plain Node scripts (npm run bench) read this module.
// eslint-disable-next-line no-restricted-imports
import { instantFileBudget } from '../../search/shared/instant-file.ts';

/** The instant file's budget is its owner's (src/search/shared/instant-file.ts). */
export { instantFileBudget };
/**
 * Everything the first search downloads (gzip): Pagefind and the search module, 150 KB before
 * the instant layer, plus the instant file that the suggestions need (issue 13, item 1).
 */
export const firstSearchBudget = 150 * 1024 + instantFileBudget;
