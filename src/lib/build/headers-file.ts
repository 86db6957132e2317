// The _headers file of static hosts (Cloudflare Pages format; Netlify reads the same file),
// written from the header policy and read back by the test that proves the two agree. Every
// matching rule applies in order; "! Name" drops what an earlier rule set.
import { fileKinds, securityHeaders, type FileKind } from './header-policy.ts';

/** One rule: a path pattern and its header lines. */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

/** The text of public/_headers for the policy. */
export function renderHeadersFile(kinds: readonly FileKind[] = fileKinds): string {
  const fallback = kinds.at(-1);
  if (!fallback) throw new Error('the header policy has no kinds');
  const lines = [
    '# Generated from src/lib/build/header-policy.ts by `npm run gen:server`: do not edit by hand.',
    '# Security and caching headers for static hosts (Cloudflare Pages format; Netlify reads the',
    '# same file). deploy/nginx.conf sends the same policy. Content types are left to the host.',
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${fallback.cacheControl}`,
  ];
  // Hosts match the URL, not the file: only kinds that cache differently need a rule.
  for (const kind of kinds.slice(0, -1)) {
    if (kind.cacheControl === fallback.cacheControl) continue;
    for (const path of kind.paths) {
      if (!path.startsWith('/')) throw new Error(`_headers patterns start with "/": ${path} (kind ${kind.name})`);
      lines.push('', `# ${kind.name}`, path, '  ! Cache-Control', `  Cache-Control: ${kind.cacheControl}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Parses the file's text into rules. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const line = raw.trim();
    if (!rule) continue;
    if (line.startsWith('!')) rule.detach.push(line.slice(1).trim().toLowerCase());
    else {
      const at = line.indexOf(':');
      rule.set.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** The headers a host following `rules` sends for the URL `path` (lower-case names). */
export function headersFromFile(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}
