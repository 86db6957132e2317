// The limits every part of search keeps, once: how long a reader waits before search says it is
// not working, and how long a query may be. The head script (its fallback to the search page),
// the search module's loads and queries (src/search/browser/load.ts), the search boxes'
// maxlength and the query analyser (src/search/shared/query.ts) all take them from here.

/**
 * How long a reader's search may wait for anything (a file, a query, a result) before it says
 * that full-text search is not working right now (ms). The head script opens the search page
 * after the same time when the search module has not come.
 */
export const giveUpMs = 6000;

/** The longest query searched, in UTF-16 code units (as an input's maxlength counts). */
export const queryMaxChars = 200;

/**
 * A query cut to `max` code units (never inside a character), and whether it reached the
 * limit: then anything the reader typed or pasted beyond it (the box's maxlength drops it
 * silently) was not searched, and the view says so. Reads at most `max` units of `text`.
 */
export function capQuery(text: string, max = queryMaxChars): { text: string; cut: boolean } {
  if (text.length < max) return { text, cut: false };
  // A high surrogate at the cut would leave half a character.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return { text: text.slice(0, end), cut: true };
}
