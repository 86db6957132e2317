// content/hot-questions.yaml: parses, fits the schema, and names only published articles.
// Each message points at the line of the entry to change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hotQuestionProblems, hotQuestionsSchema } from '../../schemas/hot-questions';
import { readYaml, type RawArticle } from '../content/disk';
import type { Problem } from './problem';

/** Problems of `content/hot-questions.yaml`, each with the line of the entry. */
export function hotQuestionFileProblems(dir: string, articles: readonly RawArticle[]): Problem[] {
  const file = join(dir, 'hot-questions.yaml');
  const r = readYaml(file);
  if (r.missing) return [{ file, message: '缺少热门问题表。请从 git 历史里恢复这个文件，格式见 docs/编辑指南.md。' }];
  if (r.error) return [{ file, message: `YAML 写法有误：${r.error}。每行写成“- 栏目/文件名”，减号后面要有空格。` }];
  // The line of the i-th "- " entry.
  const lines = readFileSync(file, 'utf8').split('\n');
  const entryLines = lines.flatMap((l, i) => (/^\s*-\s/.test(l) ? [i + 1] : []));
  const parsed = hotQuestionsSchema.safeParse({ articles: r.data });
  if (!parsed.success) {
    return parsed.error.issues.map((i) => {
      const index = typeof i.path[1] === 'number' ? i.path[1] : undefined;
      return { file, line: index === undefined ? undefined : entryLines[index], message: i.message };
    });
  }
  const published = new Set(articles.filter((a) => a.data?.['draft'] !== true).map((a) => a.id));
  const drafts = new Set(articles.filter((a) => a.data?.['draft'] === true).map((a) => a.id));
  return hotQuestionProblems(parsed.data.articles, published, drafts).map((p) => ({
    file,
    line: entryLines[p.index],
    message: p.message,
  }));
}
