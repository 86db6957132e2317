// The inline head script, minified once, and its CSP hash. The page and the CSP read the same
// string, so the hash always matches what ships.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** Minified source of src/client/head.js (it reads the search URLs from <html data-search-src data-instant-src>). */
export const headScript = transformSync(readFileSync(join(process.cwd(), 'src/client/head.js'), 'utf8'), {
  minify: true,
  target: 'es2020',
  legalComments: 'none',
}).code.trim();

/** CSP source expression for the head script. */
export const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}` as const;
