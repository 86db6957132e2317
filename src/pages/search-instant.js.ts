import type { APIRoute } from 'astro';
import { instantFile } from '../search/build';

// The instant layer: titles, keywords, headings, vocabulary with pinyin, synonyms and hot
// questions, as an ES module whose default export is the data. The head script imports it at
// the same moment as the search module (src/client/head.js), and the module map hands the
// search module that same download (src/search/browser/load.ts): no second round trip.
export const GET: APIRoute = async () =>
  new Response((await instantFile()).code, { headers: { 'Content-Type': 'text/javascript' } });
