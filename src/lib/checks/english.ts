// The English edition's files (content/en/): the same placement, schema and fact rules as the
// Chinese ones, with English messages where its editors read them, plus the counterpart rule:
// every English article names its Chinese counterpart (which must exist) or says why it has none.
import { existsSync } from 'node:fs';
import { sections } from '../../data/sections';
import { englishArticleSchema } from '../../schemas/article';
import { readArticles, type RawArticle } from '../content/disk';
import { placementProblem } from '../content/ids';
import { articleUrl, sectionUrl } from '../content/routes';
import type { ArticleContext } from './article-context';
import { findCrossProblems } from './cross-file';
import { hotQuestionFileProblems } from './hot-questions';
import { situationFileProblems } from './situations';
import { synonymProblems, troubleshooterFileProblems } from './data-files';
import { articleFactProblems } from './facts';
import { firstStepProblems } from './first-step';
import { fraudOrderProblems, untappableCallProblems } from './fraud-order';
import { imageProblems } from './images';
import { linkProblems } from './links';
import { codeProblems } from './mdx-safety';
import type { Problem } from './problem';

/** The English edition's folder inside a content folder. */
export const englishDir = (dir: string) => `${dir.replace(/\/$/, '')}/en`;

/** The English articles of a content folder (none when it has no en/ folder). */
export function readEnglishArticles(dir: string): RawArticle[] {
  return existsSync(englishDir(dir)) ? readArticles(englishDir(dir)) : [];
}

/** Every problem of the English articles and data files; `chinese` are the Chinese article files. */
export function checkEnglish(
  dir: string,
  chinese: readonly RawArticle[],
  english: readonly RawArticle[] = readEnglishArticles(dir),
  opts: { publicDir?: string } = {},
): Problem[] {
  if (!existsSync(englishDir(dir))) return [];
  const base = englishDir(dir);
  const problems: Problem[] = [];
  const valid: { id: string; filePath: string; data: ReturnType<typeof englishArticleSchema.parse> }[] = [];
  const ids = new Map<string, string>();
  const chineseIds = new Set(chinese.map((a) => a.id));
  const claimed = new Map<string, string>();
  for (const a of english) {
    const placement = placementProblem(a.entry, base, ids);
    if (placement) {
      problems.push({ ...placement, file: a.filePath });
      continue;
    }
    if (a.fault) {
      problems.push({ file: a.filePath, ...a.fault });
      continue;
    }
    if (a.frontmatterError || !a.data) {
      problems.push({
        file: a.filePath,
        line: 1,
        message: a.frontmatterError
          ? `the frontmatter (between the two --- lines) does not parse: ${a.frontmatterError.split('\n')[0]}. Usually a missing space after a colon, or a list without [ ].`
          : 'the file has no frontmatter. Start it with a --- line, the fields (title, description, order, keywords, counterpart), and another --- line.',
      });
      continue;
    }
    const parsed = englishArticleSchema.safeParse(a.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file: a.filePath,
          line: 1,
          message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`,
        });
      continue;
    }
    valid.push({ id: a.id, filePath: a.filePath, data: parsed.data });
    const ref = parsed.data.counterpart;
    if (ref && !chineseIds.has(ref)) {
      problems.push({
        file: a.filePath,
        line: 1,
        message: `counterpart: ${ref} is not a Chinese article (content/${ref}.mdx does not exist). Write the id of the Chinese article this one corresponds to, e.g. counterpart: fixes/payment-failed, or replace the line with noCounterpart: "<why there is none>".`,
      });
    } else if (ref) {
      const other = claimed.get(ref);
      if (other)
        problems.push({
          file: a.filePath,
          line: 1,
          message: `counterpart: ${ref} is already the counterpart of ${other}. A Chinese article has one English counterpart: change one of them, or write noCounterpart: "<why>" instead.`,
        });
      else claimed.set(ref, a.filePath);
    }
  }
  problems.push(...findCrossProblems(valid, 'en'));
  const ctx: ArticleContext = {
    byPath: new Map(english.map((a) => [articleUrl(a.id, 'en'), a])),
    drafts: new Set(valid.filter((a) => a.data.draft).map((a) => articleUrl(a.id, 'en'))),
    sectionPaths: new Set(sections.map((s) => sectionUrl(s, 'en'))),
    publicDir: opts.publicDir ?? 'public',
  };
  const perArticle: ((a: RawArticle, c: ArticleContext) => Problem[])[] = [
    (a) => codeProblems(a.filePath, a.body, a.bodyLine, { components: true }),
    firstStepProblems,
    fraudOrderProblems,
    untappableCallProblems,
    articleFactProblems,
    linkProblems,
    imageProblems,
  ];
  for (const a of english) if (!a.fault) for (const check of perArticle) problems.push(...check(a, ctx));
  problems.push(
    ...synonymProblems(base),
    ...hotQuestionFileProblems(base, english),
    ...situationFileProblems(base, english, 'situations.yaml', 'en'),
    ...troubleshooterFileProblems(base, english),
  );
  return problems;
}
