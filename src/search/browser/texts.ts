// The UI strings baked into the search module at build time (src/lib/build/bundles.ts).
import type { SearchTexts } from '../../lib/build/bundles';

declare const SEARCH_TEXTS: Record<'zh-CN' | 'en', SearchTexts>;

const pageIsEnglish = globalThis.document?.documentElement.lang.startsWith('en') ?? false;

/** The search UI's strings in the page's language, from src/lib/i18n/ (zh-CN.ts, en.ts). */
export const texts: SearchTexts = SEARCH_TEXTS[pageIsEnglish ? 'en' : 'zh-CN'];

/** The other edition: its language and its strings (the offer to search it is in its language). */
export const otherEdition: { lang: 'zh-CN' | 'en'; texts: SearchTexts } = pageIsEnglish
  ? { lang: 'zh-CN', texts: SEARCH_TEXTS['zh-CN'] }
  : { lang: 'en', texts: SEARCH_TEXTS.en };
