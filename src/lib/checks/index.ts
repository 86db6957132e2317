// Every check the schema cannot make, over the source files: one check per file in this folder,
// all reporting the same Problem shape. Used by `npm run check:content`, by the build (fatal)
// and by the tests. Every message: file:line, what is wrong, how to fix it.
import { sections } from '../../data/sections';
import { readArticles, type RawArticle } from '../content/disk';
import { articleUrl, sectionUrl } from '../content/routes';
import type { ArticleContext } from './article-context';
import { findCrossProblems } from './cross-file';
import { firstStepProblems } from './first-step';
import { contactFormProblems, fraudOrderProblems, untappableCallProblems } from './fraud-order';
import { noticeProblems, synonymProblems, troubleshooterFileProblems } from './data-files';
import { articleFactProblems } from './facts';
import { frontmatterProblems } from './frontmatter';
import { hotQuestionFileProblems } from './hot-questions';
import { situationFileProblems } from './situations';
import { imageProblems } from './images';
import { linkProblems } from './links';
import { codeProblems } from './mdx-safety';
import { checkMdxSyntax } from './mdx-syntax';
import { sortProblems, type Problem } from './problem';
import { checkProse } from './prose';
import { templateTextProblems } from './template-text';
import { checkEnglish, readEnglishArticles } from './english';

export { formatProblem, type Problem } from './problem';
export { headingSlugs } from './links';
export { templatePlaceholders } from './template-text';

/** Options for the checks that touch the file system. */
export interface CheckOptions {
  /** Folder served at the site root (for absolute image paths). */
  publicDir?: string;
}

/** The checks that look at one article at a time, in the order their problems are listed. */
const perArticle: ((a: RawArticle, ctx: ArticleContext) => Problem[])[] = [
  (a) => codeProblems(a.filePath, a.body, a.bodyLine, { components: true }),
  templateTextProblems,
  firstStepProblems,
  fraudOrderProblems,
  untappableCallProblems,
  articleFactProblems,
  linkProblems,
  imageProblems,
];

/** Every problem in the articles, all at once. */
export function checkArticles(articles: readonly RawArticle[], opts: CheckOptions = {}): Problem[] {
  const { problems, valid } = frontmatterProblems(articles);
  problems.push(...findCrossProblems(valid));
  const ctx: ArticleContext = {
    byPath: new Map(articles.map((a) => [articleUrl(a.id), a])),
    drafts: new Set(valid.filter((a) => a.data.draft).map((a) => articleUrl(a.id))),
    sectionPaths: new Set(sections.map((s) => sectionUrl(s))),
    publicDir: opts.publicDir ?? 'public',
  };
  // A file that cannot be read as an article (frontmatterProblems names why) gets no other check.
  for (const a of articles) if (!a.fault) for (const check of perArticle) problems.push(...check(a, ctx));
  return sortProblems(problems);
}

/** Every problem in the data files besides articles: synonyms, hot questions, situations, the troubleshooter, notices, contacts. */
export function checkDataFiles(dir: string, articles: readonly RawArticle[]): Problem[] {
  return sortProblems([
    ...synonymProblems(dir),
    ...hotQuestionFileProblems(dir, articles),
    ...situationFileProblems(dir, articles),
    ...troubleshooterFileProblems(dir, articles),
    ...noticeProblems(dir),
    ...contactFormProblems(),
  ]);
}

/**
 * Every problem in a content folder, sorted by file and line: the checks above, plus the two
 * that parse the MDX (async): its syntax (@mdx-js/mdx), then terms and typography (textlint),
 * which skip files whose MDX does not parse. The build and `npm run check:content` call this.
 */
export async function checkContent(
  dir: string,
  articles: readonly RawArticle[] = readArticles(dir),
  opts: CheckOptions = {},
): Promise<Problem[]> {
  const readable = articles.filter((a) => !a.fault);
  const syntax = await checkMdxSyntax(readable);
  const prose = await checkProse(readable, dir, { skip: new Set(syntax.map((p) => p.file)) });
  // The English edition: its own schema and messages; no Chinese prose rules (zhlint, terms).
  const english = readEnglishArticles(dir);
  const englishSyntax = await checkMdxSyntax(english.filter((a) => !a.fault));
  return sortProblems([
    ...syntax,
    ...checkArticles(articles, opts),
    ...checkDataFiles(dir, articles),
    ...prose,
    ...englishSyntax,
    ...checkEnglish(dir, articles, english, opts),
  ]);
}
