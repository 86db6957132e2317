// The content adapter: the instant search file, made once per build from the content
// collections and served at /search-instant.js (src/pages/search-instant.js.ts). The only
// search file that reads astro:content.
import { getCollection, getEntry } from 'astro:content';
import { getArticles } from '../../lib/content/entries';
import { ContentError } from '../../lib/checks/problem';
import { sectionOf } from '../../lib/content/articles';
import { orderedSections } from '../../data/sections';
import { localSection } from '../../lib/i18n';
import { english as englishLayer } from '../shared/english';
import { urgentCues } from '../shared/intents';
import { instantDataBudget } from '../shared/instant-file';
import { hotQuestionProblems } from '../../schemas/hot-questions';
import { situationProblems } from '../../schemas/situations';
import { contacts, type Contact } from '../../data/contacts';
import type { LinePhone } from './situations';
import { buildInstantData, headingsOf } from './instant-data';

const made = new Map<'zh-CN' | 'en', Promise<{ code: string; gzipBytes: number; level: string }>>();

/**
 * An edition's instant file's module code (built once); fails the build on a bad hot question,
 * in the language of the edition's editors.
 */
export function instantFile(
  lang: 'zh-CN' | 'en' = 'zh-CN',
): Promise<{ code: string; gzipBytes: number; level: string }> {
  let p = made.get(lang);
  if (!p) {
    p = lang === 'en' ? englishInstantFile() : chineseInstantFile();
    made.set(lang, p);
  }
  return p;
}

/** The English edition's instant file: its articles, synonyms and hot questions (content/en/). */
async function englishInstantFile(): Promise<{ code: string; gzipBytes: number; level: string }> {
  const [articles, all, synonyms, hotEntry, situationsEntry] = await Promise.all([
    getArticles('en'),
    getCollection('articlesEn'),
    getCollection('synonymsEn'),
    getEntry('hotQuestionsEn', 'hot'),
    getEntry('situationsEn', 'all'),
  ]);
  const hot = hotEntry?.data.articles ?? [];
  const published = new Set(articles.map((a) => a.id));
  const drafts = new Set(all.filter((a) => !published.has(a.id)).map((a) => a.id));
  const problems = hotQuestionProblems(hot, published, drafts);
  if (problems.length)
    throw new ContentError(
      `content/en/hot-questions.yaml — ${problems.map((p) => `entry ${p.index + 1}: ${p.message}`).join('\n- ')}`,
    );
  // The situations (content/en/situations.yaml), held to the Chinese file's rules.
  const phones = situationPhones();
  if (situationsEntry) {
    const wrong = situationProblems(situationsEntry.data, published, drafts, new Set(phones.keys()), 'en');
    if (wrong.length)
      throw new ContentError(`content/en/situations.yaml:\n- ${wrong.map((p) => p.message).join('\n- ')}`);
  }
  const built = buildInstantData({
    articles: articles.map((a) => ({
      id: a.id,
      section: sectionOf(a.id),
      title: a.data.title,
      description: a.data.description,
      // Each keyword also by its words' stems, as the English query layer asks (shared/english.ts).
      keywords: a.data.keywords.map((k) => englishLayer.expand(k.toLowerCase())),
      headings: headingsOf(a.body ?? ''),
      body: a.body ?? '',
    })),
    sections: orderedSections.map((s) => localSection(s, 'en')),
    synonyms: synonyms.map((s) => ({ id: s.id, variants: s.data.variants })),
    hot,
    ...(situationsEntry ? { situations: { file: situationsEntry.data, phones, lang: 'en' as const } } : {}),
  });
  console.info(
    `[search] English instant file ${(built.gzipBytes / 1024).toFixed(1)} KB gzip, ${articles.length} articles`,
  );
  return { code: built.code, gzipBytes: built.gzipBytes, level: built.data.level };
}

/** The numbers a situation line may name: every phone and SMS sender of src/data/contacts.ts. */
function situationPhones(): Map<string, LinePhone> {
  const phones = new Map<string, LinePhone>();
  for (const c of contacts as readonly Contact[])
    if (c.kind !== 'site')
      phones.set(c.id, c.kind === 'phone' ? { display: c.display, tel: c.tel } : { display: c.display });
  return phones;
}

/** The Chinese edition's instant file. */
function chineseInstantFile(): Promise<{ code: string; gzipBytes: number; level: string }> {
  return (async () => {
    const [articles, all, synonyms, hotEntry, situationsEntry] = await Promise.all([
      getArticles(),
      getCollection('articles'),
      getCollection('synonyms'),
      getEntry('hotQuestions', 'hot'),
      getEntry('situations', 'all'),
    ]);
    if (synonyms.length === 0) {
      throw new ContentError(
        '缺少 content/synonyms.yaml（搜索同义词表），或者文件是空的。请从 git 历史里恢复它；格式见 docs/编辑指南.md。',
      );
    }
    if (!hotEntry)
      throw new ContentError(
        '缺少 content/hot-questions.yaml（热门问题）。请从 git 历史里恢复它；格式见 docs/编辑指南.md。',
      );
    const published = new Set(articles.map((a) => a.id));
    const drafts = new Set(all.filter((a) => !published.has(a.id)).map((a) => a.id));
    const problems = hotQuestionProblems(hotEntry.data.articles, published, drafts);
    if (problems.length)
      throw new ContentError(`content/hot-questions.yaml：\n- ${problems.map((p) => p.message).join('\n- ')}`);
    // The situations (content/situations.yaml): every article published, every number a contact.
    // Without the file the search still works, without its banners (a fixture site has none).
    const phones = situationPhones();
    if (situationsEntry) {
      const wrong = situationProblems(situationsEntry.data, published, drafts, new Set(phones.keys()));
      if (wrong.length)
        throw new ContentError(`content/situations.yaml：\n- ${wrong.map((p) => p.message).join('\n- ')}`);
    }
    // The urgent-safety articles are developer data; a missing one would silently weaken the rule.
    const missing = urgentCues.flatMap((u) => u.articles).filter((id) => !published.has(id));
    if (missing.length)
      throw new Error(
        `src/search/shared/intents.ts: urgentCues names articles that are not published: ${missing.join(', ')}`,
      );
    const built = buildInstantData({
      articles: articles.map((a) => ({
        id: a.id,
        section: sectionOf(a.id),
        title: a.data.title,
        description: a.data.description,
        keywords: a.data.keywords,
        headings: headingsOf(a.body ?? ''),
        body: a.body ?? '',
      })),
      sections: orderedSections,
      synonyms: synonyms.map((s) => ({ id: s.id, variants: s.data.variants })),
      hot: hotEntry.data.articles,
      ...(situationsEntry ? { situations: { file: situationsEntry.data, phones } } : {}),
    });
    if (built.gzipBytes > instantDataBudget) {
      console.warn(
        `[search] instant file ${built.gzipBytes} B gzip exceeds ${instantDataBudget} B even with titles only`,
      );
    } else {
      console.info(
        `[search] instant file ${(built.gzipBytes / 1024).toFixed(1)} KB gzip, ${articles.length} articles, level ${built.data.level}`,
      );
    }
    return { code: built.code, gzipBytes: built.gzipBytes, level: built.data.level };
  })();
}
