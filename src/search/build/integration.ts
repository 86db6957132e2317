// The Pagefind build step (astro.config.mjs states its place among the steps): Pagefind indexes
// the final HTML through its adapter (./pagefind.ts), then hands its file names and chunk
// table to the instant file's owner (src/search/shared/instant-file.ts), which rewrites the file
// with them; the search page preloads the metadata file.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { overBudget, readInstantFile, writeInstantFile, type PagefindNames } from '../shared/instant-file';
import { instantPathFor, searchPageOf } from '../shared/urls';
import { indexSite, inflateIndex, metaFiles, pagefindNames, requireNamedFiles } from './pagefind';

/** Builds the Pagefind index into `dist/pagefind/` after every production build. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await indexSite(site);
        if (pages === 0) throw new Error('Pagefind indexed 0 pages: no page has data-pagefind-body.');
        const inflated = inflateIndex(site);
        requireNamedFiles(site);
        const names = pagefindNames(site);
        preloadMeta(site);
        for (const lang of ['zh-CN', 'en']) addToInstantFile(site, names, instantPathFor(lang));
        logger.info(`Pagefind indexed ${pages} pages; ${inflated} index files stored inflated`);
      },
    },
  };
}

/**
 * Pagefind asks for its metadata file only after its script and entry file have come: the
 * search page preloads it in its head.
 */
function preloadMeta(site: string): void {
  // Each edition's search page preloads its own language's file (Pagefind: zh-cn, en).
  for (const { language, url } of metaFiles(site)) {
    const page = `${site}${searchPageOf(language).slice(1)}index.html`;
    if (!existsSync(page)) continue;
    const link = `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous">`;
    writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${link}</head>`));
  }
}

/**
 * The instant file (which the header search loads first) carries Pagefind's names, so the
 * metadata file and the first index chunks start without waiting for Pagefind's own chain; it
 * stays within its budget with them.
 */
function addToInstantFile(site: string, names: PagefindNames, file: string): void {
  const path = `${site}${file.slice(1)}`;
  if (!existsSync(path)) throw new Error(`Pagefind integration: ${file} was not built.`);
  const code = writeInstantFile({ ...readInstantFile(readFileSync(path, 'utf8')), pagefind: names });
  writeFileSync(path, code);
  const problem = overBudget(gzipSync(code).length);
  if (problem) throw new Error(`Pagefind integration: ${problem}`);
}
