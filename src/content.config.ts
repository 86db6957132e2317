import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { articleSchema, englishArticleSchema } from './schemas/article';
import { synonymSchema } from './schemas/synonyms';
import { troubleshooterSchema } from './schemas/troubleshooter';
import { noticeSchema } from './schemas/notice';
import { hotQuestionsSchema } from './schemas/hot-questions';
import { englishSituationsSchema, situationsSchema } from './schemas/situations';
import { articleIdFromPath } from './lib/content/ids';
import { noticeLoader } from './lib/content/notice-loader';

// CONTENT_DIR lets tests build small fixture sites; editors never set it.
const contentDir = process.env['CONTENT_DIR'] ?? './content';
// The English edition: the same layout one folder down (content/en/<section>/<slug>.mdx).
const englishDir = `${contentDir}/en`;

/** `账户: [账号, 帐号]` → { id: '账户', variants: ['账号', '帐号'] } */
const synonymEntries = (text: string) =>
  Object.entries((parseYaml(text) as Record<string, unknown> | null) ?? {}).map(([id, variants]) => ({
    id,
    variants,
  }));

/** The articles of a content folder, ids `section/slug` (the folder is the edition). */
const articleGlob = (base: string, exclude: string[]) => {
  // Ids are unique within an edition (fixes/payment-failed exists in both).
  const seen = new Map<string, string>();
  return glob({
    base,
    pattern: ['**/*.{md,mdx}', ...exclude],
    generateId: ({ entry, base: dir }) =>
      articleIdFromPath(entry, relative(process.cwd(), fileURLToPath(dir)) || '.', seen),
  });
};

export const collections = {
  articles: defineCollection({
    loader: articleGlob(contentDir, ['!notices/**', '!en/**']),
    schema: articleSchema,
  }),
  /** English articles: content/en/<section>/<slug>.mdx, each naming its Chinese counterpart or why none. */
  articlesEn: defineCollection({
    loader: articleGlob(englishDir, []),
    schema: englishArticleSchema,
  }),
  synonyms: defineCollection({
    loader: file(`${contentDir}/synonyms.yaml`, { parser: synonymEntries }),
    schema: synonymSchema,
  }),
  synonymsEn: defineCollection({
    loader: file(`${englishDir}/synonyms.yaml`, { parser: synonymEntries }),
    schema: synonymSchema,
  }),
  notices: defineCollection({
    // Times as written (Beijing time when no offset), not as YAML 1.1 would read them.
    loader: noticeLoader(`${contentDir}/notices`),
    schema: noticeSchema,
  }),
  hotQuestions: defineCollection({
    // One entry, "hot": the list of article ids (checked against the articles by the build).
    loader: file(`${contentDir}/hot-questions.yaml`, {
      parser: (text) => ({ hot: { articles: parseYaml(text) as unknown } }),
    }),
    schema: hotQuestionsSchema,
  }),
  hotQuestionsEn: defineCollection({
    loader: file(`${englishDir}/hot-questions.yaml`, {
      parser: (text) => ({ hot: { articles: parseYaml(text) as unknown } }),
    }),
    schema: hotQuestionsSchema,
  }),
  troubleshooterEn: defineCollection({
    loader: file(`${englishDir}/troubleshooter.yaml`, {
      parser: (text) => ({ tree: parseYaml(text) as Record<string, unknown> }),
    }),
    schema: troubleshooterSchema,
  }),
  situations: defineCollection({
    // One entry, "all": the shared words and the situations (checked against the articles by the build).
    loader: file(`${contentDir}/situations.yaml`, {
      parser: (text) => ({ all: parseYaml(text) as Record<string, unknown> }),
    }),
    schema: situationsSchema,
  }),
  situationsEn: defineCollection({
    loader: file(`${englishDir}/situations.yaml`, {
      parser: (text) => ({ all: parseYaml(text) as Record<string, unknown> }),
    }),
    schema: englishSituationsSchema,
  }),
  troubleshooter: defineCollection({
    // One entry, "tree": the whole question-and-answer tree of /diagnose/.
    loader: file(`${contentDir}/troubleshooter.yaml`, {
      parser: (text) => ({ tree: parseYaml(text) as Record<string, unknown> }),
    }),
    schema: troubleshooterSchema,
  }),
};
