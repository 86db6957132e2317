import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page under `dir`, skipping the search index and hashed assets. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}
