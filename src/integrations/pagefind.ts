import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pagefindDataPattern } from '../lib/build/header-policy';
import { instantFileBudget } from '../lib/build/budgets';
import { instantFilePath, pagefindWasm } from '../lib/search/files';
import { asChunkTable, type PagefindChunk } from '../lib/search/pagefind-chunks';

/** What begins every Pagefind index file once inflated; it tells Pagefind's script not to inflate it. */
const pagefindMark = 'pagefind_dcd';

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
        namePagefindFiles(site);
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
  const mark = Buffer.from(pagefindMark);
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

/** The index's language metadata files (named by a hash known only once it is written), by language. */
function metaFiles(site: string): { language: string; url: string }[] {
  const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return Object.entries(entry.languages).map(([language, { hash }]) => ({
    language,
    url: `/pagefind/pagefind.${hash}.pf_meta`,
  }));
}

/** The URLs of the index's language metadata files. */
const metaUrls = (site: string): string[] => metaFiles(site).map((m) => m.url);

/**
 * Pagefind asks for its metadata file only after its script and entry file have come, and for
 * its index chunks only once its WebAssembly has read that file. The search UI starts both
 * sooner: the search page preloads the metadata file in its head, and the instant file (which
 * the header search loads first) names it in a second export, `pagefindMeta`, and carries the
 * chunk table of each language in a third, `pagefindChunks` (src/lib/search/pagefind-chunks.ts).
 * The instant file stays within its budget with them.
 */
function namePagefindFiles(site: string): void {
  const metas = metaUrls(site);
  const page = `${site}search/index.html`;
  if (existsSync(page)) {
    const links = metas.map((m) => `<link rel="preload" href="${m}" as="fetch" crossorigin="anonymous">`).join('');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${links}</head>`));
  }
  const instant = `${site}${instantFilePath}`;
  if (!existsSync(instant)) throw new Error(`Pagefind integration: ${instantFilePath} was not built.`);
  const chunks = Object.fromEntries(
    metaFiles(site).map(({ language, url }) => [language, readChunkTable(`${site}${url.slice(1)}`)]),
  );
  appendFileSync(
    instant,
    `export const pagefindMeta = ${JSON.stringify(metas)};\nexport const pagefindChunks = ${JSON.stringify(chunks)};\n`,
  );
  const bytes = gzipSync(readFileSync(instant)).length;
  if (bytes > instantFileBudget)
    throw new Error(
      `Pagefind integration: with Pagefind's file names, ${instantFilePath} is ${bytes} B gzip, over its budget of ${instantFileBudget} B. Raise pagefindNamesReserve in src/lib/build/budgets.ts, so that the instant layer leaves them more room.`,
    );
}

/** The index chunk table of a language's metadata file (stored inflated: Pagefind's mark, then CBOR). */
function readChunkTable(file: string): PagefindChunk[] {
  const body = readFileSync(file);
  const marked = body.subarray(0, pagefindMark.length).toString('latin1') === pagefindMark;
  const cbor = marked ? body.subarray(pagefindMark.length) : body;
  // The metadata is [version, pages, index chunks, filters, sorts, meta fields] (pagefind/src/index/index_metadata.rs).
  const meta = decode(cbor, { useMaps: false }) as unknown[];
  return asChunkTable(Array.isArray(meta) ? meta[2] : undefined, file);
}
