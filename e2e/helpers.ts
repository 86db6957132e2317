import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
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

/** Builds the site from `contentDir` into a fresh temporary folder: exit code, all output, dist. */
export function buildSite(contentDir: string): { status: number | null; output: string; dist: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'build-'));
  const dist = join(tmp, 'dist');
  const r = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_DIR: contentDir, OUT_DIR: dist, CACHE_DIR: join(tmp, 'cache') },
  });
  // eslint-disable-next-line no-control-regex
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dist };
}
