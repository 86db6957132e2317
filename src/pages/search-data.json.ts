import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getArticles } from '../lib/collection';
import { synonymMap, type SearchDictionary } from '../lib/search/dictionary';
import { fillers } from '../lib/search/normalize';
import { buildT2sMap } from '../lib/search/t2s-build';

// Synonyms and the Traditional → Simplified map, fetched by the search UI with the index.
export const GET: APIRoute = async () => {
  const synonyms = await getCollection('synonyms');
  const articles = await getArticles();
  const vocabulary = [
    ...articles.map((a) => `${a.data.title}${a.data.description}${a.data.keywords.join('')}${a.body ?? ''}`),
    ...synonyms.map((s) => s.id + s.data.variants.join('')),
    ...fillers,
  ].join('');
  const dictionary: SearchDictionary = {
    synonyms: synonymMap(synonyms.map((s) => ({ id: s.id, variants: s.data.variants }))),
    t2s: buildT2sMap(vocabulary),
  };
  return new Response(JSON.stringify(dictionary), { headers: { 'Content-Type': 'application/json' } });
};
