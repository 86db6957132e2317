// Placement (folder = section, file name = URL) and frontmatter that fits the article schema.
import { articleSchema, type ArticleData } from '../../schemas/article';
import type { RawArticle } from '../content/disk';
import { placementProblem } from '../content/ids';
import type { Problem } from './problem';

/** An article whose frontmatter passed the schema. */
export interface ValidArticle {
  id: string;
  filePath: string;
  data: ArticleData;
}

/** Checks placement and frontmatter of every file; returns the problems and the valid articles. */
export function frontmatterProblems(articles: readonly RawArticle[]): { problems: Problem[]; valid: ValidArticle[] } {
  const problems: Problem[] = [];
  const valid: ValidArticle[] = [];
  const ids = new Map<string, string>();
  for (const a of articles) {
    // The same placement rule as the build.
    const placement = placementProblem(a.entry, a.filePath.slice(0, -a.entry.length - 1) || '.', ids);
    if (placement) {
      problems.push({ ...placement, file: a.filePath });
      continue;
    }
    if (a.fault) {
      problems.push({ file: a.filePath, ...a.fault });
      continue;
    }
    if (a.frontmatterError) {
      problems.push({
        file: a.filePath,
        line: 1,
        message: `开头的 frontmatter（两行 --- 之间）写法有误：${a.frontmatterError.split('\n')[0]}。常见原因：冒号后面少了空格，或列表没有用 [ ] 括起来。`,
      });
      continue;
    }
    if (!a.data) {
      problems.push({
        file: a.filePath,
        line: 1,
        message: '文件开头缺少 frontmatter。请用 npm run new 新建文章，或照编辑指南在第一行写 ---。',
      });
      continue;
    }
    const parsed = articleSchema.safeParse(a.data);
    if (!parsed.success) {
      // The line of the field (a top-level key), when it is written: +2, the opening --- is line 1.
      const lines = a.frontmatter?.split('\n') ?? [];
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const at = field ? lines.findIndex((l) => l.startsWith(`${field}:`)) : -1;
        problems.push({
          file: a.filePath,
          ...(at >= 0 ? { line: at + 2 } : {}),
          message: `${issue.path.join('.') || 'frontmatter'}：${issue.message}`,
        });
      }
    } else {
      valid.push({ id: a.id, filePath: a.filePath, data: parsed.data });
      // Comments ({/* … */}) are not shown either.
      if (!parsed.data.draft && a.body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim() === '')
        problems.push({
          file: a.filePath,
          line: a.bodyLine,
          message:
            '文章只有 frontmatter，没有正文，发布出去会是一页空白。请在第二行 --- 下面写正文；还没写好就在 frontmatter 里加 draft: true。',
        });
    }
  }
  return { problems, valid };
}
