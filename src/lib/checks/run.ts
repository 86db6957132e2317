// Every content check in one call, for the build, `npm run check:content` and the tests alike.
import { readArticles, type RawArticle } from '../content/disk';
import { checkArticles, checkDataFiles, type CheckOptions } from './index';
import { sortProblems, type Problem } from './problem';
import { checkMdxSyntax } from './mdx-syntax';
import { checkProse } from './prose';

/**
 * All problems in a content folder, sorted by file and line: MDX syntax, frontmatter, facts,
 * links and data files, then terms and typography (skipped for files whose MDX does not parse).
 */
export async function checkContent(dir: string, articles: readonly RawArticle[] = readArticles(dir), opts: CheckOptions = {}): Promise<Problem[]> {
  const syntax = await checkMdxSyntax(articles);
  const prose = await checkProse(articles, dir, { skip: new Set(syntax.map((p) => p.file)) });
  return sortProblems([...syntax, ...checkArticles(articles, opts), ...checkDataFiles(dir, articles), ...prose]);
}
