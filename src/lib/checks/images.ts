// Images must exist in the project: the site loads nothing from other sites.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RawArticle } from '../content/disk';
import { lineAt, type ArticleContext } from './article-context';
import type { Problem } from './problem';

/** Missing or external images: `![alt](src)` and `<img src="">`. */
export function imageProblems(a: RawArticle, ctx: ArticleContext): Problem[] {
  const problems: Problem[] = [];
  for (const m of a.body.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]*\ssrc=["']([^"']+)["']/g)) {
    const src = m[1] ?? m[2] ?? '';
    const line = lineAt(a, m.index ?? 0);
    if (/^https?:\/\//.test(src)) {
      problems.push({
        file: a.filePath,
        line,
        message: `图片“${src}”来自外部网站。本站不从其他网站加载任何内容，请把图片放进 public/images/ 后写成 /images/文件名。`,
      });
      continue;
    }
    const onDisk = src.startsWith('/') ? join(ctx.publicDir, src) : join(dirname(a.filePath), src);
    if (!existsSync(onDisk)) {
      problems.push({
        file: a.filePath,
        line,
        message: `图片“${src}”不存在（找的是 ${onDisk}）。请检查文件名和大小写，或把图片放到那个位置。`,
      });
    }
  }
  return problems;
}
