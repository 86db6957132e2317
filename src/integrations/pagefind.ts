import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index into `dist/pagefind/` after every production build. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let added;
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        } finally {
          // The Pagefind service is a child process: stop it even when indexing failed.
          await pagefind.close();
        }
        preloadMeta(site);
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        if (added.page_count === 0) throw new Error('Pagefind indexed 0 pages: no page has data-pagefind-body.');
      },
    },
  };
}

/**
 * The search page runs a query on load. Its head already preloads Pagefind's fixed-name files;
 * the language metadata file is named by a hash known only now, so its preload is added here.
 */
function preloadMeta(site: string): void {
  const page = `${site}search/index.html`;
  if (!existsSync(page)) return;
  const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const links = Object.entries(entry.languages)
    .map(
      ([, { hash }]) =>
        `<link rel="preload" href="/pagefind/pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`,
    )
    .join('');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${links}</head>`));
}
