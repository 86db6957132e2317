// The UI strings baked into the search module at build time (src/lib/build/bundles.ts).
import type { SearchTexts } from '../../lib/build/bundles';

declare const SEARCH_TEXTS: Record<'zh-CN' | 'en', SearchTexts>;

/** The search UI's strings in the page's language, from src/lib/i18n/ (zh-CN.ts, en.ts). */
export const texts: SearchTexts =
  SEARCH_TEXTS[globalThis.document?.documentElement.lang.startsWith('en') ? 'en' : 'zh-CN'];
