import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible, isText, pagefindDataPattern } from '../lib/build/header-policy.ts';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

// Pagefind's fragments are thousands of files at scale (5,000 at 5,000 articles): brotli 11
// would take minutes, while quality 6 costs seconds and still sends fewer bytes than gzip 9.
// Its index chunks and metadata are few (250 at 5,000 articles) and every first search waits
// for them: quality 11, 11 % fewer bytes for 0.15 s of build per chunk.
const isFragment = (path: string) => pagefindDataPattern.test(path) && path.endsWith('.pf_fragment');

/**
 * The brotli and gzip copies of the file at `path` (its bytes `body`) at the strength the build
 * uses (the bench measures the same): the strongest for the site's own files and Pagefind's
 * WebAssembly, metadata and index chunks, a fast one for Pagefind's fragments.
 */
export async function compress(body: Buffer, path: string): Promise<{ br: Buffer; gz: Buffer }> {
  const fast = isFragment(path);
  const [b, g] = await Promise.all([
    br(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: fast ? 6 : 11,
        [constants.BROTLI_PARAM_MODE]: isText(path) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: fast ? 6 : 9 }),
  ]);
  return { br: b, gz: g };
}

/** Every file under `dir` (paths relative to it, with "/"). */
function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, root) : [relative(root, p).split(sep).join('/')];
  });
}

/**
 * Writes x.br and x.gz beside every text file of the built site and Pagefind's index (the header
 * policy says which), so nginx (gzip_static, brotli_static) and the preview server send them without
 * compressing on every request. Runs last: every step that changes files (CSP trimming, the
 * search index, the service worker) is done, and the service worker never lists the copies.
 */
export default function precompress(): AstroIntegration {
  return {
    name: 'help-center:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const text = files(dist).filter((f) => !/\.(br|gz)$/.test(f) && isCompressible(`/${f}`));
        let raw = 0;
        let brotli = 0;
        // A few at a time: zlib's thread pool does the work; memory stays small.
        for (let i = 0; i < text.length; i += 8) {
          await Promise.all(
            text.slice(i, i + 8).map(async (f) => {
              const body = readFileSync(join(dist, f));
              const out = await compress(body, `/${f}`);
              writeFileSync(join(dist, `${f}.br`), out.br);
              writeFileSync(join(dist, `${f}.gz`), out.gz);
              raw += body.length;
              brotli += out.br.length;
            }),
          );
        }
        logger.info(
          `${text.length} files precompressed: ${(raw / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB brotli`,
        );
      },
    },
  };
}
