import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isArticlePath } from '../src/lib/content/routes';

/** Paths of every page listed in the built sitemap (the published pages). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** Paths of every published article (two path segments). */
export function articlePaths(): string[] {
  return sitemapPaths().filter(isArticlePath);
}

/** A temporary copy of content/ that one test may change. */
export function copyOfContent(): string {
  const content = join(mkdtempSync(join(tmpdir(), 'content-')), 'content');
  cpSync('content', content, { recursive: true });
  return content;
}

/**
 * Builds the site from `contentDir` into a fresh temporary folder (or `dist`): exit code, all
 * output, dist. `env` adds to the build's environment, e.g. `{ TZ: 'America/New_York' }`.
 */
export function buildSite(
  contentDir: string,
  { env = {}, dist: outDir }: { env?: Record<string, string>; dist?: string } = {},
): { status: number | null; output: string; dist: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'build-'));
  const dist = outDir ?? join(tmp, 'dist');
  const r = oneAtATime(() =>
    spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
        CONTENT_DIR: contentDir,
        OUT_DIR: dist,
        CACHE_DIR: join(tmp, 'cache'),
      },
    }),
  );
  // eslint-disable-next-line no-control-regex
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dist };
}

/**
 * Runs `fn` while no other test worker of this checkout builds: every build writes Astro's
 * generated .astro/ folder, so two at once could read each other's half-written files.
 */
function oneAtATime<T>(fn: () => T): T {
  const lock = join('node_modules', '.fixture-build.lock');
  const sleep = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run (no build takes 5 minutes) is taken over.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* released meanwhile */
      }
      Atomics.wait(sleep, 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
