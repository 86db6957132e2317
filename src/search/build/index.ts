// Search, build side: runs in Node at build time only (no DOM). What other folders may import of it.
export { default as pagefindIntegration } from './integration';
export { buildInstantData, headingsOf, type InstantArticle } from './instant-data';

/**
 * The instant file's code, made once per build from the content collections (./content.ts).
 * Imported when first asked for: astro.config.mjs loads this entry before astro:content exists.
 */
export const instantFile = async (lang: 'zh-CN' | 'en' = 'zh-CN') => (await import('./content')).instantFile(lang);
