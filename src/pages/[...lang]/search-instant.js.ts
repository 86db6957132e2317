import type { APIRoute } from 'astro';
import { instantFile } from '../../search/build';
import { editionPaths } from '../../lib/content/editions';
import type { Lang } from '../../lib/i18n';

// The instant layer: titles, keywords, headings, vocabulary with pinyin, synonyms and hot
// questions, as an ES module whose default export is the data. The head script imports it at
// the same moment as the search module (src/client/head.js), and the module map hands the
// search module that same download (src/search/browser/load.ts): no second round trip.
// One per edition: /search-instant.js (Chinese) and /en/search-instant.js (English articles).
export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response((await instantFile((props as { lang: Lang }).lang)).code, {
    headers: { 'Content-Type': 'text/javascript' },
  });
