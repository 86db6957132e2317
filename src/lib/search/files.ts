// The URLs of the search files the search UI asks for by name (Pagefind names its index
// chunks and fragments itself). Shared by the search module, the search page's preloads and the
// build, which fails when the Pagefind index it wrote does not have them. Every one carries this
// deploy's version (the search module's), so a deploy's files are asked for together.

/**
 * The instant layer (src/pages/search-instant.js.ts), as built into dist/. The head script, kept
 * under 1 KB, spells this URL itself from the search module's (`search-ui.js?v=` → this);
 * e2e/search.spec.ts fails if the two ever differ (the file would be requested twice).
 */
export const instantFilePath = 'search-instant.js';

/** The instant layer's URL. */
export const instantScript = (version: string) => `/${instantFilePath}?v=${version}`;

/** Pagefind's script, under this deploy's version. */
export const pagefindScript = (version: string) => `/pagefind/pagefind.js?v=${version}`;

/** Pagefind's entry file, under this deploy's version (Pagefind's `metaCacheTag`). */
export const pagefindEntry = (version: string) => `/pagefind/pagefind-entry.json?ts=${version}`;

/**
 * Pagefind's WebAssembly for this index: the file of the index's language, "unknown" when
 * Pagefind has no stemmer for it, as for Chinese.
 */
export const pagefindWasm = '/pagefind/wasm.unknown.pagefind';
