// The data files besides articles: synonyms, the troubleshooter and notices. YAML that does not
// parse, fields that do not fit their schema, a tree that leads nowhere, unverified facts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { noticeSchema } from '../../schemas/notice';
import { synonymSchema } from '../../schemas/synonyms';
import { troubleshooterSchema } from '../../schemas/troubleshooter';
import { readContentParts, readYaml, type RawArticle } from '../content/disk';
import { factProblems } from './facts';
import { codeProblems } from './mdx-safety';
import type { Problem } from './problem';
import { findTreeProblems } from './troubleshooter';

type YamlResult = ReturnType<typeof readYaml>;

/** A missing file or YAML that does not parse. */
function yamlProblems(file: string, r: YamlResult, what: string): Problem[] {
  if (r.missing) return [{ file, message: `缺少${what}。请从 git 历史里恢复这个文件。` }];
  if (r.error)
    return [
      { file, message: `YAML 写法有误：${r.error}。常见原因：冒号后面少了空格、缩进不一致、同一个名字写了两次。` },
    ];
  return [];
}

/**
 * Schema issues as problems of `file`, each naming the field; given the frontmatter text, also
 * the line of a top-level field.
 */
function schemaProblems(
  file: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
  frontmatter?: string,
): Problem[] {
  return issues.map((i) => {
    const field = String(i.path[0] ?? '');
    // +2: the opening --- is line 1.
    const at = field && frontmatter ? frontmatter.split('\n').findIndex((l) => l.startsWith(`${field}:`)) : -1;
    return {
      file,
      ...(at >= 0 ? { line: at + 2 } : {}),
      message: `${i.path.map(String).join('.') || '文件'}：${i.message}`,
    };
  });
}

/** content/synonyms.yaml: parses, is not empty, every entry fits the schema. */
export function synonymProblems(dir: string): Problem[] {
  const file = join(dir, 'synonyms.yaml');
  const syn = readYaml(file);
  const problems = yamlProblems(file, syn, '搜索同义词表');
  if (syn.data === undefined) return problems;
  const entries = Object.entries((syn.data as Record<string, unknown> | null) ?? {});
  if (entries.length === 0)
    problems.push({ file, message: '同义词表是空的。格式：文章里的词: [读者的说法一, 说法二]' });
  for (const [id, variants] of entries) {
    const r = synonymSchema.safeParse({ id, variants });
    if (!r.success)
      problems.push(
        ...schemaProblems(
          file,
          r.error.issues.map((i) => ({ ...i, path: [id, ...i.path.slice(1)] })),
        ),
      );
  }
  return problems;
}

/** content/troubleshooter.yaml: parses, fits the schema, leads every reader to a published article. */
export function troubleshooterFileProblems(dir: string, articles: readonly RawArticle[]): Problem[] {
  const file = join(dir, 'troubleshooter.yaml');
  const tree = readYaml(file);
  const problems = yamlProblems(file, tree, '自助诊断的问答树');
  if (tree.data === undefined) return problems;
  const r = troubleshooterSchema.safeParse(tree.data);
  if (!r.success) return [...problems, ...schemaProblems(file, r.error.issues)];
  const drafts = new Map(articles.map((a) => [a.id, { draft: a.data?.['draft'] === true }]));
  problems.push(...findTreeProblems(r.data, drafts, file));
  // What the troubleshooter shows readers obeys the same rule as articles.
  problems.push(...factProblems(file, JSON.stringify(tree.data), () => undefined));
  return problems;
}

/** content/notices/*.md: frontmatter that parses and fits the schema, verified facts only. */
export function noticeProblems(dir: string): Problem[] {
  const noticeDir = join(dir, 'notices');
  if (!existsSync(noticeDir)) return [];
  const problems: Problem[] = [];
  for (const name of readdirSync(noticeDir).filter((n) => /\.mdx?$/.test(n))) {
    const file = join(noticeDir, name);
    const { frontmatter, body, bodyLine, fault } = readContentParts(file);
    if (fault) {
      problems.push({ file, ...fault });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(frontmatter ?? '');
    } catch (e) {
      problems.push({
        file,
        line: 1,
        message: `frontmatter 写法有误：${e instanceof Error ? e.message.split('\n')[0] : String(e)}。`,
      });
      continue;
    }
    const r = noticeSchema.safeParse(data ?? {});
    if (!r.success) problems.push(...schemaProblems(file, r.error.issues, frontmatter ?? ''));
    // The times are checked by the schema; their digits are no phone number.
    const stated = Object.fromEntries(Object.entries(data ?? {}).filter(([k]) => k !== 'start' && k !== 'end'));
    problems.push(...factProblems(file, `${JSON.stringify(stated)}\n${body}`, () => 1));
    // Notices are rendered without components: plain Markdown only.
    problems.push(...codeProblems(file, body, bodyLine, { components: false, syntax: true }));
  }
  return problems;
}
