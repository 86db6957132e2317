// Reads article files straight from disk, for scripts and tests that run outside Astro
// (the content check, the scaffolder, coverage tests). The build itself uses astro:content.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** An article file as found on disk, frontmatter not yet validated. */
export interface RawArticle {
  /** `section/slug`. */
  id: string;
  /** Path relative to the working directory. */
  filePath: string;
  /** Parsed frontmatter (unvalidated), or undefined when it could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be parsed. */
  frontmatterError?: string;
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

/** Every `.md`/`.mdx` file two levels under `dir` (section folders), except `notices/`. */
export function readArticles(dir = 'content'): RawArticle[] {
  const out: RawArticle[] = [];
  for (const section of readdirSync(dir).sort()) {
    const sectionDir = join(dir, section);
    if (!statSync(sectionDir).isDirectory() || section === 'notices') continue;
    for (const file of readdirSync(sectionDir).sort()) {
      if (!/\.mdx?$/.test(file)) continue;
      const filePath = relative(process.cwd(), join(sectionDir, file));
      const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(filePath, 'utf8'));
      let data: Record<string, unknown> | undefined;
      let frontmatterError: string | undefined;
      try {
        data = frontmatter === undefined ? undefined : ((parseYaml(frontmatter) as Record<string, unknown>) ?? {});
      } catch (e) {
        frontmatterError = e instanceof Error ? e.message : String(e);
      }
      out.push({
        id: `${section}/${file.replace(/\.mdx?$/, '')}`,
        filePath,
        data,
        ...(frontmatterError ? { frontmatterError } : {}),
        body,
        bodyLine,
      });
    }
  }
  return out;
}
