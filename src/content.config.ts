import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { articleIdFromPath } from './lib/article-id';

// CONTENT_DIR lets tests build small fixture sites; editors never set it.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

export const collections = {
  articles: defineCollection({
    loader: glob({
      base: contentDir,
      pattern: ['**/*.{md,mdx}', '!notices/**'],
      generateId: ({ entry, base }) =>
        articleIdFromPath(entry, relative(process.cwd(), fileURLToPath(base)) || '.'),
    }),
    schema: articleSchema,
  }),
};
