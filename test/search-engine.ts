// The instant engine built straight from content/ (as the build builds the instant file), for
// tests that score query sets without a build or a browser.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { contacts, type Contact } from '../src/data/contacts';
import { orderedSections } from '../src/data/sections';
import { readArticles } from '../src/lib/content/disk';
import { sectionOf } from '../src/lib/content/articles';
import { situationsSchema } from '../src/schemas/situations';
import { buildInstantData, headingsOf } from '../src/search/build';
import { createInstantEngine, type InstantData, type InstantEngine } from '../src/search/shared';

/** The instant file's data from content/, with every published article. */
export function instantDataFromContent(dir = 'content'): InstantData {
  const articles = readArticles(dir).filter((a) => a.data && a.data['draft'] !== true);
  const synonyms = Object.entries(parseYaml(readFileSync(`${dir}/synonyms.yaml`, 'utf8')) as Record<string, string[]>);
  const hot = parseYaml(readFileSync(`${dir}/hot-questions.yaml`, 'utf8')) as string[];
  const situations = situationsSchema.parse(parseYaml(readFileSync(`${dir}/situations.yaml`, 'utf8')));
  const phones = new Map<string, { display: string; tel?: string }>();
  for (const c of contacts as readonly Contact[])
    if (c.kind !== 'site')
      phones.set(c.id, c.kind === 'phone' ? { display: c.display, tel: c.tel } : { display: c.display });
  return buildInstantData({
    articles: articles.map((a) => ({
      id: a.id,
      section: sectionOf(a.id),
      title: typeof a.data?.['title'] === 'string' ? a.data['title'] : '',
      description: typeof a.data?.['description'] === 'string' ? a.data['description'] : '',
      keywords: (a.data?.['keywords'] as string[] | undefined) ?? [],
      headings: headingsOf(a.body),
      body: a.body,
    })),
    sections: orderedSections,
    synonyms: synonyms.map(([id, variants]) => ({ id, variants })),
    hot,
    situations: { file: situations, phones },
  }).data;
}

/** The engine over content/, every article indexed. */
export function engineFromContent(dir = 'content'): InstantEngine {
  return createInstantEngine(instantDataFromContent(dir), Infinity);
}

/** Rows of a tab-separated query set, by its header. */
export function readQuerySet(path: string): Record<string, string>[] {
  const [head = '', ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [names[i] ?? String(i), v])));
}
