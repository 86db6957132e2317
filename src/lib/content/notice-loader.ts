import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './disk';

/** The frontmatter fields that are times: the schema reads them as Beijing time. */
const timeFields = ['start', 'end'] as const;

/**
 * The frontmatter's time fields as written. Astro parses frontmatter with YAML 1.1 rules, which
 * turn `2026-12-05T20:00:00` into a UTC date and leave `2026-12-05 20:00` a string; `yaml`
 * (YAML 1.2, no timestamp type) keeps every one as text, so the schema applies one rule to all.
 */
export function rawTimes(fileText: string): Record<string, unknown> {
  const { frontmatter } = splitFrontmatter(fileText);
  let data: unknown;
  try {
    data = parseYaml(frontmatter ?? '');
  } catch {
    return {}; // Astro reports the YAML error itself.
  }
  if (!data || typeof data !== 'object') return {};
  const fields = data as Record<string, unknown>;
  return Object.fromEntries(timeFields.filter((f) => f in fields).map((f) => [f, fields[f]]));
}

/** `content/notices/*.md(x)`: Astro's glob loader, with the times handed to the schema as written. */
export function noticeLoader(base: string): Loader {
  const inner = glob({ base, pattern: '*.{md,mdx}' });
  return {
    name: 'notice-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          const text = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
          return context.parseData({ ...props, data: { ...props.data, ...rawTimes(text) } });
        },
      }),
  };
}
