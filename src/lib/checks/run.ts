// Every content check in one call, for the build, `npm run check:content` and the tests alike.
import { readArticles } from '../content/disk';
import { checkArticles, checkDataFiles, sortProblems, type CheckOptions, type Problem } from './index';
import { checkMdxSyntax } from './mdx-syntax';
import { checkProse } from './prose';

/**
 * All problems in a content folder, sorted by file and line: MDX syntax, frontmatter, facts,
 * links and data files, then terms and typography (skipped for files whose MDX does not parse).
 */
export async function checkContent(dir: string, opts: CheckOptions = {}): Promise<Problem[]> {
  const articles = readArticles(dir);
  const syntax = await checkMdxSyntax(articles);
  const prose = await checkProse(articles, dir, { skip: new Set(syntax.map((p) => p.file)) });
  return sortProblems([...syntax, ...checkArticles(articles, opts), ...checkDataFiles(dir, articles), ...prose]);
}
