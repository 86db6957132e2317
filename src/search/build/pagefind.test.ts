// The Pagefind build step with Pagefind mocked (as Starlight tests its own): the files a
// Pagefind 1.x index has, written by a fake `writeFiles`, go through the real step.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readInstantFile, writeInstantFile, type InstantData, type PagefindChunk } from '../shared/instant-file';

const table: PagefindChunk[] = [
  ['000', '包的', 'zh-cn_a42dff7'],
  ['包相', '龙去', 'zh-cn_2bb2a8e'],
];

/** What the fake Pagefind does; each test sets it. */
const fake = {
  pages: 3,
  addErrors: [] as string[],
  wasm: true,
  meta: encode(['1.6.0', [], table, [], [], []]) as Uint8Array,
};
const closed = vi.fn();

vi.mock('pagefind', () => ({
  createIndex: () =>
    Promise.resolve({
      errors: [],
      index: {
        addDirectory: () => Promise.resolve({ errors: fake.addErrors, page_count: fake.pages }),
        writeFiles: ({ outputPath }: { outputPath: string }) => {
          const gz = (body: Uint8Array) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), body]));
          mkdirSync(join(outputPath, 'index'), { recursive: true });
          writeFileSync(
            join(outputPath, 'pagefind-entry.json'),
            JSON.stringify({ languages: { 'zh-cn': { hash: 'abc' } } }),
          );
          writeFileSync(join(outputPath, 'pagefind.abc.pf_meta'), gz(fake.meta));
          writeFileSync(join(outputPath, 'index', 'zh-cn_a42dff7.pf_index'), gz(Buffer.from('chunk')));
          if (fake.wasm) writeFileSync(join(outputPath, 'wasm.unknown.pagefind'), gz(Buffer.from('wasm')));
          return Promise.resolve({ errors: [] });
        },
      },
    }),
  close: () => {
    closed();
    return Promise.resolve();
  },
}));

const { default: pagefindIntegration } = await import('./integration');
const { asChunkTable } = await import('./pagefind');

const data: InstantData = {
  docs: [['payment-failed', '付款失败怎么办', 0]],
  sections: [{ id: 'fixes', name: '解决步骤' }],
  terms: [],
  bodyTerms: [],
  spoken: {},
  pinyin: { runs: '', extra: '' },
  dict: { synonyms: {}, t2s: {} },
  hot: [],
  level: 'full',
};

/** A built site with the instant file and the search page, before the Pagefind step. */
function site(): string {
  const dir = `${mkdtempSync(join(tmpdir(), 'pagefind-step-'))}/`;
  mkdirSync(join(dir, 'search'));
  writeFileSync(join(dir, 'search', 'index.html'), '<html><head></head><body></body></html>');
  writeFileSync(join(dir, 'search-instant.js'), writeInstantFile(data));
  // The English edition's instant file (each edition has one; the step fills both).
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'en', 'search-instant.js'), writeInstantFile(data));
  return dir;
}

async function run(dir: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m) };
  const hook = pagefindIntegration().hooks['astro:build:done'] as unknown as (o: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(dir), logger });
  return logged;
}

beforeEach(() => {
  Object.assign(fake, { pages: 3, addErrors: [], wasm: true, meta: encode(['1.6.0', [], table, [], [], []]) });
  closed.mockClear();
});

describe('Pagefind build step (Pagefind mocked)', () => {
  it('stores the index inflated, hands its names and chunk table to the instant file, preloads its metadata', async () => {
    const dir = site();
    const logged = await run(dir);
    expect(logged.join('\n')).toMatch(/indexed 3 pages; 3 index files stored inflated/);
    expect(readFileSync(join(dir, 'pagefind', 'index', 'zh-cn_a42dff7.pf_index'), 'latin1')).toBe('pagefind_dcdchunk');
    const file = readInstantFile(readFileSync(join(dir, 'search-instant.js'), 'utf8'));
    expect(file.docs).toEqual(data.docs);
    expect(file.pagefind).toEqual({ meta: ['/pagefind/pagefind.abc.pf_meta'], chunks: { 'zh-cn': table } });
    expect(readFileSync(join(dir, 'search', 'index.html'), 'utf8')).toContain(
      '<link rel="preload" href="/pagefind/pagefind.abc.pf_meta" as="fetch" crossorigin="anonymous"></head>',
    );
    expect(closed).toHaveBeenCalledOnce();
  });

  it('fails, and still stops Pagefind, when it reports errors', async () => {
    fake.addErrors = ['bad html'];
    await expect(run(site())).rejects.toThrow(/Pagefind: bad html/);
    expect(closed).toHaveBeenCalledOnce();
  });

  it('fails when the WebAssembly the search UI preloads is missing, naming where to fix it', async () => {
    fake.wasm = false;
    await expect(run(site())).rejects.toThrow(/wasm\.unknown\.pagefind.*src\/search\/shared\/urls\.ts/);
  });

  it('fails when no page was indexed', async () => {
    fake.pages = 0;
    await expect(run(site())).rejects.toThrow(/indexed 0 pages/);
  });

  it('fails when the metadata has no chunk table where Pagefind 1.x keeps it', async () => {
    fake.meta = encode(['2.0.0', [], 'elsewhere']);
    await expect(run(site())).rejects.toThrow(/pagefind\.abc\.pf_meta.*src\/search\/build\/pagefind\.ts/);
  });

  it('reads a chunk table and rejects one of another shape', () => {
    expect(asChunkTable(table, 'meta')).toEqual(table);
    expect(() => asChunkTable([], 'x.pf_meta')).toThrow(/x\.pf_meta.*src\/search\/build\/pagefind\.ts/);
    expect(() => asChunkTable([['a', 1, 'h']], 'x.pf_meta')).toThrow(/format/);
  });
});
