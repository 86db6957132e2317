// The checks the schema cannot make, over the source files. Used by `npm run check:content`,
// by the build (fatal) and by tests. Every message: file:line, what is wrong, how to fix it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { noticeSchema } from '../../schemas/notice';
import { synonymSchema } from '../../schemas/synonyms';
import { hotQuestionProblems, hotQuestionsSchema } from '../../schemas/hot-questions';
import { troubleshooterSchema } from '../../schemas/troubleshooter';
import { findTreeProblems } from '../content/troubleshooter';
import GithubSlugger from 'github-slugger';
import { articleSchema } from '../../schemas/article';
import { findCrossProblems } from '../content/articles';
import { allowedHosts, allowedNumberDigits } from '../../data/contacts';
import { readYaml, splitFrontmatter, type RawArticle } from '../content/disk';
import { sections } from '../../data/sections';
import { articleIdFromPath } from '../content/ids';

/** One problem found in one file. */
export interface Problem {
  file: string;
  line?: number | undefined;
  message: string;
}

/** Formats a problem the way editors read it: `file:line：message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}：${p.message}`;
}

/** Sample text written by `npm run new`; a published article must not contain it. */
export const templatePlaceholders = ['草稿摘要', '先用一两句话直接回答读者最关心的问题', '第一件要确认的事', '第一步做什么'] as const;

/** Pages that exist besides articles and sections. */
const fixedPages = new Set(['/', '/search/', '/notices/', '/accessibility/']);

/** The slugs Astro gives the `##`/`###` headings of an MDX body (github-slugger, as Astro does). */
export function headingSlugs(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const out = new Set<string>();
  for (const m of body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (m[1] ?? '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    out.add(slugger.slug(text));
  }
  return out;
}

function lineAt(a: RawArticle, index: number): number {
  return a.bodyLine + a.body.slice(0, index).split('\n').length - 1;
}

/** Phone-like numbers: five or more digits that are not amounts, dates or counts. */
const phonePattern =
  /(?<![\d.,/\w-])\+?\d[\d -]{3,}\d(?![\d.,]*\s*(?:元|万|块|笔|次|%|年|月|日|天|小时|分钟|个|位|条|岁))(?![\w-]*\/)/g;
const hostPattern = /\b(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|top|xyz|vip|cc|io)(?:\.cn)?)\b/gi;

/** A host is allowed when it is a verified one or lies under one (never a parent such as com.cn). */
function hostAllowed(host: string, allowed: Set<string>): boolean {
  const h = host.toLowerCase();
  return [...allowed].some((a) => h === a || h.endsWith(`.${a}`));
}

/** Problems in one text (frontmatter or body) that are about facts: numbers and web addresses. */
function factProblems(file: string, text: string, lineOf: (i: number) => number | undefined): Problem[] {
  const out: Problem[] = [];
  const numbers = allowedNumberDigits();
  const hosts = allowedHosts();
  for (const m of text.matchAll(phonePattern)) {
    const digits = m[0].replace(/\D/g, '');
    // Dates written as 20261125 are not phone numbers; 199… mobile numbers are.
    if (digits.length < 5 || numbers.has(digits) || /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(digits)) continue;
    out.push({
      file,
      line: lineOf(m.index ?? 0),
      message: `号码“${m[0].trim()}”不在已核实的联系方式里。只能使用 src/data/contacts.ts 中的号码（例如 <Phone id="icbc-hotline" />）；新号码须先核实来源再加入那里。`,
    });
  }
  for (const m of text.matchAll(hostPattern)) {
    const host = m[1] ?? '';
    if (hostAllowed(host, hosts)) continue;
    out.push({
      file,
      line: lineOf(m.index ?? 0),
      message: `网址“${m[0]}”不在已核实的官方网站里。只能使用 src/data/contacts.ts 中的网站（例如 <Site id="icbc-website" />）。`,
    });
  }
  return out;
}

/** Options for the checks that touch the file system. */
export interface CheckOptions {
  /** Folder served at the site root (for absolute image paths). */
  publicDir?: string;
}

/** Every problem in the articles, all at once. */
export function checkArticles(articles: readonly RawArticle[], opts: CheckOptions = {}): Problem[] {
  const publicDir = opts.publicDir ?? 'public';
  const drafted = (a: RawArticle) => a.data?.['draft'] === true;
  const problems: Problem[] = [];
  const valid: { id: string; filePath: string; data: ReturnType<typeof articleSchema.parse> }[] = [];

  const ids = new Map<string, string>();
  for (const a of articles) {
    // The same placement rules as the build (folder = section, file name = URL).
    try {
      articleIdFromPath(a.entry, a.filePath.slice(0, -a.entry.length - 1) || '.', ids);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      problems.push({ file: a.filePath, message: message.slice(message.indexOf('：') + 1) });
      continue;
    }
    if (a.frontmatterError) {
      problems.push({ file: a.filePath, line: 1, message: `开头的 frontmatter（两行 --- 之间）写法有误：${a.frontmatterError.split('\n')[0]}。常见原因：冒号后面少了空格，或列表没有用 [ ] 括起来。` });
      continue;
    }
    if (!a.data) {
      problems.push({ file: a.filePath, line: 1, message: '文件开头缺少 frontmatter。请用 npm run new 新建文章，或照编辑指南在第一行写 ---。' });
      continue;
    }
    const parsed = articleSchema.safeParse(a.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: a.filePath, message: `${issue.path.join('.') || 'frontmatter'}：${issue.message}` });
      }
    } else valid.push({ id: a.id, filePath: a.filePath, data: parsed.data });
  }

  // Cross-file problems (duplicates, related), reusing the build's own rule.
  for (const message of findCrossProblems(valid)) {
    const [file = '', ...rest] = message.split('：');
    problems.push({ file, message: rest.join('：') });
  }

  const byPath = new Map(articles.map((a) => [`/${a.id}/`, a]));
  const drafts = new Set(valid.filter((a) => a.data.draft).map((a) => `/${a.id}/`));
  const sectionPaths = new Set(sections.map((s) => `/${s.id}/`));

  for (const a of articles) {
    const isDraft = drafted(a);
    // Text the scaffolder leaves for the editor to replace must not be published.
    for (const placeholder of templatePlaceholders) {
      const at = `${JSON.stringify(a.data ?? {})}\n${a.body}`.indexOf(placeholder);
      if (!isDraft && at >= 0) {
        problems.push({ file: a.filePath, message: `还留着模板里的示例文字“${placeholder}”。请改写成真正的内容，或者先保留 draft: true。` });
      }
    }
    // Facts in frontmatter and body.
    const fm = a.data ? JSON.stringify(a.data) : '';
    problems.push(...factProblems(a.filePath, fm, () => 1));
    problems.push(...factProblems(a.filePath, a.body, (i) => lineAt(a, i)));

    // Internal links: Markdown [text](/path/#anchor) and href="/path/".
    for (const m of a.body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
      const target = (m[1] ?? m[2] ?? '').trim();
      const line = lineAt(a, m.index ?? 0);
      const [path = '', anchor] = target.split('#');
      if (/\.(png|jpe?g|gif|svg|webp|avif|pdf|xml|txt)$/i.test(path)) continue;
      const known = byPath.has(path) || sectionPaths.has(path) || fixedPages.has(path) || path.startsWith('/diagnose/');
      if (!known) {
        const hint = byPath.has(`${path}/`) ? `末尾少了“/”，请写成 ${path}/` : '请确认文章的栏目和文件名，链接写成 /栏目/文件名/';
        problems.push({ file: a.filePath, line, message: `链接“${target}”指向的页面不存在。${hint}。` });
        continue;
      }
      if (!isDraft && drafts.has(path)) {
        problems.push({ file: a.filePath, line, message: `链接“${target}”指向草稿（draft: true），发布后读者打不开。请删掉链接或先发布那篇文章。` });
      }
      const targetArticle = byPath.get(path);
      if (anchor && targetArticle && !headingSlugs(targetArticle.body).has(decodeURIComponent(anchor))) {
        const available = [...headingSlugs(targetArticle.body)].join('、') || '（那篇文章没有小标题）';
        problems.push({ file: a.filePath, line, message: `链接“${target}”里的 #${anchor} 在 ${targetArticle.filePath} 里找不到对应的小标题。可用的有：${available}。` });
      }
    }
    // Same-page anchors.
    for (const m of a.body.matchAll(/\]\(#([^)\s]+)\)/g)) {
      if (!headingSlugs(a.body).has(decodeURIComponent(m[1] ?? ''))) {
        problems.push({ file: a.filePath, line: lineAt(a, m.index ?? 0), message: `链接“#${m[1]}”在本文里找不到对应的小标题。请检查小标题的写法。` });
      }
    }
    // Images: ![alt](src) and <img src="">.
    for (const m of a.body.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]*\ssrc=["']([^"']+)["']/g)) {
      const src = m[1] ?? m[2] ?? '';
      if (/^https?:\/\//.test(src)) {
        problems.push({ file: a.filePath, line: lineAt(a, m.index ?? 0), message: `图片“${src}”来自外部网站。本站不从其他网站加载任何内容，请把图片放进 public/images/ 后写成 /images/文件名。` });
        continue;
      }
      const onDisk = src.startsWith('/') ? join(publicDir, src) : join(dirname(a.filePath), src);
      if (!existsSync(onDisk)) {
        problems.push({ file: a.filePath, line: lineAt(a, m.index ?? 0), message: `图片“${src}”不存在（找的是 ${onDisk}）。请检查文件名和大小写，或把图片放到那个位置。` });
      }
    }
  }
  return sortProblems(problems);
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((x, y) => x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0));
}

/**
 * The data files besides articles: synonyms, the troubleshooter and notices. YAML that does
 * not parse, fields that do not fit their schema, a tree that leads nowhere, unverified facts.
 */
export function checkDataFiles(dir: string, articles: readonly RawArticle[]): Problem[] {
  const problems: Problem[] = [];
  const yamlProblem = (file: string, r: ReturnType<typeof readYaml>, what: string) => {
    if (r.missing) problems.push({ file, message: `缺少${what}。请从 git 历史里恢复这个文件。` });
    else if (r.error) problems.push({ file, message: `YAML 写法有误：${r.error}。常见原因：冒号后面少了空格、缩进不一致、同一个名字写了两次。` });
  };
  const schemaProblems = (file: string, issues: { path: PropertyKey[]; message: string }[]) => {
    for (const i of issues) problems.push({ file, message: `${i.path.map(String).join('.') || '文件'}：${i.message}` });
  };

  const synFile = join(dir, 'synonyms.yaml');
  const syn = readYaml(synFile);
  yamlProblem(synFile, syn, '搜索同义词表');
  if (syn.data !== undefined) {
    const entries = Object.entries((syn.data as Record<string, unknown> | null) ?? {});
    if (entries.length === 0) problems.push({ file: synFile, message: '同义词表是空的。格式：文章里的词: [读者的说法一, 说法二]' });
    for (const [id, variants] of entries) {
      const r = synonymSchema.safeParse({ id, variants });
      if (!r.success) schemaProblems(synFile, r.error.issues.map((i) => ({ ...i, path: [id, ...i.path.slice(1)] })));
    }
  }

  problems.push(...hotQuestionFileProblems(dir, articles));

  const treeFile = join(dir, 'troubleshooter.yaml');
  const tree = readYaml(treeFile);
  yamlProblem(treeFile, tree, '自助诊断的问答树');
  if (tree.data !== undefined) {
    const r = troubleshooterSchema.safeParse(tree.data);
    if (!r.success) schemaProblems(treeFile, r.error.issues);
    else {
      const drafts = new Map(articles.map((a) => [a.id, { draft: a.data?.['draft'] === true }]));
      for (const message of findTreeProblems(r.data, drafts, treeFile)) {
        problems.push({ file: treeFile, message: message.slice(message.indexOf('：') + 1) });
      }
      // What the troubleshooter shows readers obeys the same rule as articles.
      problems.push(...factProblems(treeFile, JSON.stringify(tree.data), () => undefined));
    }
  }

  const noticeDir = join(dir, 'notices');
  if (existsSync(noticeDir)) {
    for (const name of readdirSync(noticeDir).filter((n) => /\.mdx?$/.test(n))) {
      const file = join(noticeDir, name);
      const text = readFileSync(file, 'utf8');
      const { frontmatter, body } = splitFrontmatter(text);
      let data: unknown;
      try {
        data = parseYaml(frontmatter ?? '');
      } catch (e) {
        problems.push({ file, line: 1, message: `frontmatter 写法有误：${e instanceof Error ? e.message.split('\n')[0] : e}。` });
        continue;
      }
      const r = noticeSchema.safeParse(data ?? {});
      if (!r.success) schemaProblems(file, r.error.issues);
      problems.push(...factProblems(file, `${JSON.stringify(data ?? {})}\n${body}`, () => 1));
    }
  }
  return sortProblems(problems);
}

/** Problems of `content/hot-questions.yaml`, each with the line of the entry. */
export function hotQuestionFileProblems(dir: string, articles: readonly RawArticle[]): Problem[] {
  const file = join(dir, 'hot-questions.yaml');
  const r = readYaml(file);
  if (r.missing) return [{ file, message: '缺少热门问题表。请从 git 历史里恢复这个文件，格式见 docs/编辑指南.md。' }];
  if (r.error) return [{ file, message: `YAML 写法有误：${r.error}。每行写成“- 栏目/文件名”，减号后面要有空格。` }];
  // The line of the i-th "- " entry, so that each message points at the line to change.
  const lines = readFileSync(file, 'utf8').split('\n');
  const entryLines = lines.flatMap((l, i) => (/^\s*-\s/.test(l) ? [i + 1] : []));
  const parsed = hotQuestionsSchema.safeParse({ articles: r.data });
  if (!parsed.success) {
    return parsed.error.issues.map((i) => {
      const index = typeof i.path[1] === 'number' ? i.path[1] : undefined;
      const line = index === undefined ? undefined : entryLines[index];
      return { file, line, message: i.message };
    });
  }
  const published = new Set(articles.filter((a) => a.data?.['draft'] !== true).map((a) => a.id));
  const drafts = new Set(articles.filter((a) => a.data?.['draft'] === true).map((a) => a.id));
  return hotQuestionProblems(parsed.data.articles, published, drafts).map((p) => ({ file, line: entryLines[p.index], message: p.message }));
}
