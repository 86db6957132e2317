import type { APIRoute } from 'astro';
import { instantFile } from '../lib/build/instant';

// The instant layer: titles, keywords, headings, vocabulary with pinyin, synonyms and hot
// questions, fetched together with the search module (src/client/head.js).
export const GET: APIRoute = async () =>
  new Response((await instantFile()).json, { headers: { 'Content-Type': 'application/json' } });
