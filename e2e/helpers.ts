import { readFileSync } from 'node:fs';

/** Paths of every page listed in the built sitemap (the published pages). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** Paths of every published article (two path segments). */
export function articlePaths(): string[] {
  return sitemapPaths().filter((p) => /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(p) && !p.startsWith('/search/'));
}
