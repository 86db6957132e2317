// Pagefind at build time: the only build file that knows its Node API, its files' layout in
// dist/pagefind/ and its formats (the `pagefind_dcd` mark, the CBOR metadata). An upgrade of
// Pagefind checks this file (docs/upgrading-pagefind.md); src/search/browser/pagefind.ts is its
// browser-side twin.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { pagefindDataPattern } from '../../lib/build/header-policy';
import type { PagefindChunk, PagefindNames } from '../shared/instant-file';
import { pagefindMetaUrl, pagefindWasmFor } from '../shared/urls';

/** What begins every Pagefind index file once inflated; it tells Pagefind's script not to inflate it. */
export const pagefindMark = 'pagefind_dcd';

/** Indexes the built site (only `data-pagefind-body`) into `<site>pagefind/`; returns the page count. */
export async function indexSite(site: string): Promise<number> {
  try {
    // One index per language, by each page's <html lang> (zh-CN at the root, en under /en/).
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    // The Pagefind service is a child process: stop it even when indexing failed.
    await pagefind.close();
  }
}

/**
 * Pagefind writes its index gzipped and inflates every file in JavaScript on the main thread
 * (about 0.1 s of a slow phone's first search). Stored inflated (each file still begins with
 * Pagefind's "pagefind_dcd" mark, which tells it to skip that step), they travel as the build's
 * brotli copies (src/integrations/precompress.ts): fewer bytes, inflated by the browser.
 */
export function inflateIndex(site: string): number {
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

/** The search UI asks for Pagefind's WebAssembly by name (src/search/shared/urls.ts). */
export function requireNamedFiles(site: string): void {
  // Each edition's index language (zh-cn, en) asks for its own file.
  for (const wasm of metaFiles(site).map((m) => pagefindWasmFor(m.language)))
    if (!existsSync(`${site}${wasm.slice(1)}`))
      throw new Error(
        `Pagefind did not write ${wasm}, which the search UI preloads: a new Pagefind version or index language names it otherwise. Update src/search/shared/urls.ts to the wasm.*.pagefind file in dist/pagefind/.`,
      );
}

/** The index's language metadata files (named by a hash known only once it is written), by language. */
export function metaFiles(site: string): { language: string; url: string }[] {
  const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return Object.entries(entry.languages).map(([language, { hash }]) => ({ language, url: pagefindMetaUrl(hash) }));
}

/** Checks the table read from Pagefind's metadata; throws when its shape is not a chunk table. */
export function asChunkTable(value: unknown, file: string): PagefindChunk[] {
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((c) => Array.isArray(c) && c.length >= 3 && c.slice(0, 3).every((x) => typeof x === 'string'));
  if (!ok)
    throw new Error(
      `Pagefind integration: ${file} has no chunk table where Pagefind 1.x keeps it (the third field of its metadata). A new Pagefind version changed the format: update src/search/build/pagefind.ts and src/search/browser/pagefind.ts (docs/upgrading-pagefind.md).`,
    );
  return (value as string[][]).map(([from = '', to = '', hash = '']) => [from, to, hash]);
}

/** The index chunk table of a language's metadata file (stored inflated: Pagefind's mark, then CBOR). */
export function readChunkTable(file: string): PagefindChunk[] {
  const body = readFileSync(file);
  const marked = body.subarray(0, pagefindMark.length).toString('latin1') === pagefindMark;
  const cbor = marked ? body.subarray(pagefindMark.length) : body;
  // The metadata is [version, pages, index chunks, filters, sorts, meta fields] (pagefind/src/index/index_metadata.rs).
  const meta = decode(cbor, { useMaps: false }) as unknown[];
  return asChunkTable(Array.isArray(meta) ? meta[2] : undefined, file);
}

/**
 * What the browser may start before Pagefind asks for it: the URLs of the index's metadata
 * files and each language's chunk table.
 */
export function pagefindNames(site: string): PagefindNames {
  const metas = metaFiles(site);
  return {
    meta: metas.map((m) => m.url),
    chunks: Object.fromEntries(metas.map(({ language, url }) => [language, readChunkTable(`${site}${url.slice(1)}`)])),
  };
}
