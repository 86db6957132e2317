// The inline head script, minified once, and its CSP hash. The page and the CSP read the same
// string, so the hash always matches what ships.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { instantFilePath, searchModulePath } from '../../search/shared';

/** Minified source of src/client/head.js, with the search URLs of src/search/shared. */
export const headScript = transformSync(readFileSync(join(process.cwd(), 'src/client/head.js'), 'utf8'), {
  define: {
    SEARCH_MODULE: JSON.stringify(searchModulePath),
    SEARCH_INSTANT: JSON.stringify(instantFilePath),
  },
  minify: true,
  target: 'es2020',
  legalComments: 'none',
}).code.trim();

/** CSP source expression for the head script. */
export const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}` as const;
