import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getArticles } from '../lib/content/entries';
import { ContentError } from '../lib/checks/problem';
import { synonymMap, type SearchDictionary } from '../lib/search/dictionary';
import { fillers } from '../lib/search/normalize';
import { buildT2sMap } from '../lib/search/t2s-build';

// Synonyms and the Traditional → Simplified map, fetched by the search UI with the index.
export const GET: APIRoute = async () => {
  const synonyms = await getCollection('synonyms');
  if (synonyms.length === 0) {
    throw new ContentError('缺少 content/synonyms.yaml（搜索同义词表），或者文件是空的。请从 git 历史里恢复它；格式见 docs/编辑指南.md。');
  }
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
