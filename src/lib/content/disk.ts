// Reads article files straight from disk, for scripts and tests that run outside Astro
// (the content check, the scaffolder, coverage tests). The build itself uses astro:content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** An article file as found on disk, frontmatter not yet validated. */
export interface RawArticle {
  /** `section/slug` for a well-placed file; otherwise the path under the content folder without extension. */
  id: string;
  /** Path under the content folder, e.g. `fixes/payment-failed.mdx`. */
  entry: string;
  /** Path relative to the working directory. */
  filePath: string;
  /** Parsed frontmatter (unvalidated), or undefined when it could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be parsed. */
  frontmatterError?: string;
  /** The frontmatter as written (between the two `---` lines), for checks that need its lines. */
  frontmatter?: string;
  /** Everything after the frontmatter. */
  body: string;
  /** Line number (1-based) where the body starts. */
  bodyLine: number;
}

/** Splits a Markdown/MDX file into frontmatter text and body. */
export function splitFrontmatter(text: string): { frontmatter: string | undefined; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { frontmatter: undefined, body: text, bodyLine: 1 };
  return { frontmatter: m[1] ?? '', body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Every `.md`/`.mdx` file under `dir` at any depth, except `notices/` (their own collection). */
export function readArticles(dir = 'content'): RawArticle[] {
  const entries: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) {
        if (rel !== 'notices') walk(rel);
      } else if (/\.mdx?$/.test(name)) entries.push(rel);
    }
  };
  walk('');
  return entries.map((entry) => {
    const filePath = relative(process.cwd(), join(dir, entry));
    const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(filePath, 'utf8'));
    let data: Record<string, unknown> | undefined;
    let frontmatterError: string | undefined;
    try {
      data = frontmatter === undefined ? undefined : ((parseYaml(frontmatter) as Record<string, unknown>) ?? {});
    } catch (e) {
      frontmatterError = e instanceof Error ? e.message : String(e);
    }
    return {
      id: entry.replace(/\.mdx?$/, ''),
      entry,
      filePath,
      data,
      ...(frontmatterError ? { frontmatterError } : {}),
      ...(frontmatter === undefined ? {} : { frontmatter }),
      body,
      bodyLine,
    };
  });
}

/** Reads a YAML data file; `error` says what is wrong and on which line. */
export function readYaml(path: string): { data?: unknown; error?: string; missing?: boolean } {
  if (!existsSync(path)) return { missing: true };
  try {
    return { data: parseYaml(readFileSync(path, 'utf8')) as unknown };
  } catch (e) {
    return { error: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) };
  }
}
