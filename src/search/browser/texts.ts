// The UI strings baked into the search module at build time (src/lib/build/bundles.ts).
import type { SearchTexts } from '../../lib/build/bundles';

declare const SEARCH_TEXTS: SearchTexts;

/** The search UI's strings, from src/lib/i18n/zh-CN.ts. */
export const texts: SearchTexts = SEARCH_TEXTS;
