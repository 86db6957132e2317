import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pagefindDataPattern } from '../lib/build/header-policy';
import { instantFilePath, pagefindWasm } from '../lib/search/files';

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
        const inflated = inflateIndex(site);
        requireNamedFiles(site);
        preloadMeta(site);
        logger.info(`Pagefind indexed ${added.page_count} pages; ${inflated} index files stored inflated`);
        if (added.page_count === 0) throw new Error('Pagefind indexed 0 pages: no page has data-pagefind-body.');
      },
    },
  };
}

/**
 * Pagefind writes its index gzipped and inflates every file in JavaScript on the main thread
 * (about 0.1 s of a slow phone's first search). Stored inflated (each file still begins with
 * Pagefind's "pagefind_dcd" mark, which tells it to skip that step), they travel as the build's
 * brotli copies (src/integrations/precompress.ts): fewer bytes, inflated by the browser.
 */
function inflateIndex(site: string): number {
  const dir = `${site}pagefind`;
  const mark = Buffer.from('pagefind_dcd');
  let count = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!pagefindDataPattern.test(`/pagefind/${name.split(sep).join('/')}`)) continue;
    const file = join(dir, name);
    const body = readFileSync(file);
    if (body[0] !== 0x1f || body[1] !== 0x8b) continue;
    const raw = gunzipSync(body);
    if (!raw.subarray(0, mark.length).equals(mark))
      throw new Error(`Pagefind integration: ${name} does not start with Pagefind's mark once inflated.`);
    writeFileSync(file, raw);
    count++;
  }
  if (count === 0) throw new Error('Pagefind integration: no gzipped index file found to inflate.');
  return count;
}

/** The search UI asks for Pagefind's WebAssembly by name (src/lib/search/files.ts). */
function requireNamedFiles(site: string): void {
  if (!existsSync(`${site}${pagefindWasm.slice(1)}`))
    throw new Error(
      `Pagefind did not write ${pagefindWasm}, which the search UI preloads: a new Pagefind version or index language names it otherwise. Update src/lib/search/files.ts to the wasm.*.pagefind file in dist/pagefind/.`,
    );
}

/** The URLs of the index's language metadata files, named by a hash known only once it is written. */
function metaUrls(site: string): string[] {
  const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return Object.values(entry.languages).map(({ hash }) => `/pagefind/pagefind.${hash}.pf_meta`);
}

/**
 * Pagefind asks for its metadata file only after its script and entry file have come. The
 * search UI starts it at once instead: the search page preloads it in its head, and the
 * instant file (which the header search loads first) names it in a second export,
 * `pagefindMeta` (src/client/search/engine.ts).
 */
function preloadMeta(site: string): void {
  const metas = metaUrls(site);
  const page = `${site}search/index.html`;
  if (existsSync(page)) {
    const links = metas.map((m) => `<link rel="preload" href="${m}" as="fetch" crossorigin="anonymous">`).join('');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${links}</head>`));
  }
  const instant = `${site}${instantFilePath}`;
  if (!existsSync(instant)) throw new Error(`Pagefind integration: ${instantFilePath} was not built.`);
  appendFileSync(instant, `export const pagefindMeta = ${JSON.stringify(metas)};\n`);
}
