// What readers read outside article bodies, for the terms and typography check: frontmatter
// title and description, components' title="…", the troubleshooter's texts, service notices.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isScalar, LineCounter, parse as parseYaml, parseDocument, visit } from 'yaml';
import { readContentParts, type RawArticle } from '../content/disk';

/** A short reader-visible text outside an MDX body, and the line it is written on. */
export interface Field {
  value: string;
  line: number;
}

/** Reader-visible strings outside the MDX body: title, description and components' title="…". */
export function extras(a: RawArticle): Field[] {
  // Line 1 is the opening `---`; the frontmatter's first line is line 2.
  const lines = (a.frontmatter ?? '').split('\n');
  const out: Field[] = [];
  for (const key of ['title', 'description']) {
    const value = a.data?.[key];
    const line = lines.findIndex((l) => l.startsWith(`${key}:`)) + 2;
    if (typeof value === 'string' && line > 1) out.push({ value: value.replace(/\s*\n\s*/g, ''), line });
  }
  for (const m of a.body.matchAll(/<[A-Z][\w.]*\b[^<>]*?\stitle=(["'])(.*?)\1/g)) {
    const at = m.index + m[0].lastIndexOf('title=');
    out.push({ value: m[2] ?? '', line: a.bodyLine + a.body.slice(0, at).split('\n').length - 1 });
  }
  return out;
}

/** What readers see of the troubleshooter: every question, hint, answer label, title and summary, with its line. */
export function troubleshooterFields(file: string): Field[] {
  if (!existsSync(file)) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const out: Field[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (
        ['question', 'hint', 'label', 'title', 'summary'].includes(key) &&
        isScalar(pair.value) &&
        typeof pair.value.value === 'string'
      ) {
        out.push({
          value: pair.value.value.replace(/\s*\n\s*/g, ''),
          line: lineCounter.linePos(pair.value.range?.[0] ?? 0).line,
        });
      }
    },
  });
  return out;
}

/** Service notices (content/notices/*.md) in the shape of articles; ones whose file or YAML is broken are left to the data-file check. */
export function readNotices(dir: string): RawArticle[] {
  const folder = join(dir, 'notices');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => /\.mdx?$/.test(n))
    .flatMap((name) => {
      const filePath = relative(process.cwd(), join(folder, name));
      const { frontmatter, body, bodyLine, fault } = readContentParts(filePath);
      // The data-file check names the fault; linting would only mislead.
      if (fault) return [];
      try {
        const data = (parseYaml(frontmatter ?? '') as Record<string, unknown> | null) ?? {};
        return [
          {
            id: `notices/${name}`,
            entry: `notices/${name}`,
            filePath,
            data,
            ...(frontmatter === undefined ? {} : { frontmatter }),
            body,
            bodyLine,
          },
        ];
      } catch {
        return [];
      }
    });
}
