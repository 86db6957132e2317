// Wording and typography of what readers read. textlint's engine (@textlint/kernel: the textlint
// CLI package around it costs a second to load and adds nothing here) with textlint-plugin-mdx,
// so frontmatter, imports, JSX and code are not prose; textlint-rule-prh over the terms
// dictionary; the zhlint rule of ./typography. Frontmatter title and description, components'
// title="…" and the troubleshooter's texts are linted as small Markdown documents, mapped back
// to their lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextlintKernel, type TextlintKernelOptions } from '@textlint/kernel';
import markdownPlugin from '@textlint/textlint-plugin-markdown';
import type { TextlintMessage } from '@textlint/types';
import mdxPlugin from 'textlint-plugin-mdx';
import prhRule from 'textlint-rule-prh';
import type { RawArticle } from '../content/disk';
import type { Problem } from './problem';
import { extras, readNotices, troubleshooterFields, type Field } from './prose-sources';
import { loadTerms, termMessage, type Terms } from './terms';
import { brokenBold, typographyHint, typographyRule } from './typography';

// CommonJS packages seen through ESM: take `default` when there is one.
const unwrap = <T>(m: T): T => (m as { default?: T }).default ?? m;

/** Lints one text; the file name's extension picks the parser (.mdx articles, .md for fields). */
type Lint = (text: string, filePath: string) => Promise<{ messages: TextlintMessage[] }>;

/** One textlint kernel with both rules and both parsers. */
function linterFor(terms: Terms): Lint {
  const rules: NonNullable<TextlintKernelOptions['rules']> = [
    { ruleId: 'typography', rule: typographyRule, options: { keep: terms.keep } },
  ];
  if (terms.yaml) {
    // Link texts and bold are prose too (prh skips them by default).
    rules.push({
      ruleId: 'prh',
      rule: unwrap(prhRule),
      options: { ruleContents: [terms.yaml], checkLink: true, checkEmphasis: true, checkBlockQuote: true },
    });
  }
  const plugins = [
    { pluginId: 'mdx', plugin: unwrap(mdxPlugin) },
    { pluginId: 'markdown', plugin: unwrap(markdownPlugin) },
  ];
  const kernel = new TextlintKernel();
  return (text, filePath) =>
    kernel.lintText(text, { ext: filePath.slice(filePath.lastIndexOf('.')), filePath, rules, plugins });
}

/** The `<…>` tag on this line that covers position `p`, if any. */
function tagAround(text: string, p: number, lineStart: number, lineEnd: number): [number, number] | undefined {
  const open = text.lastIndexOf('<', p);
  const close = text.indexOf('>', open);
  if (open < lineStart || close < p || close >= lineEnd || text.lastIndexOf('>', p - 1) > open) return undefined;
  return [open, close + 1];
}

/** `把“拨打95588咨询”改成“拨打 95588 咨询”`: the change with a few characters either side, on one line. */
function beforeAfter(text: string, [from, to]: readonly [number, number], insert: string): string {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', to) < 0 ? text.length : text.indexOf('\n', to);
  // A few characters either side, but never half a component tag: `<Phon` helps nobody.
  const a = tagAround(text, Math.max(lineStart, from - 5), lineStart, lineEnd)?.[0] ?? Math.max(lineStart, from - 5);
  const b = tagAround(text, Math.min(lineEnd, to + 5) - 1, lineStart, lineEnd)?.[1] ?? Math.min(lineEnd, to + 5);
  const left = text.slice(a, from);
  const right = text.slice(to, b);
  return `把“${left}${text.slice(from, to)}${right}”改成“${left}${insert}${right}”`;
}

/** Turns textlint's messages for one text into Problems (one per line and kind of slip). */
function toProblems(
  file: string,
  text: string,
  messages: TextlintMessage[],
  lineOf: (line: number) => number,
): Problem[] {
  const out: Problem[] = [];
  const slips = new Map<string, { line: number; hint: string; changes: string[] }>();
  for (const m of messages) {
    const line = m.loc.start.line;
    if (m.ruleId === 'prh') {
      const [head = '', ...note] = m.message.split('\n');
      const [actual = '', expected = m.fix?.text ?? ''] = head.split(' => ');
      out.push({ file, line: lineOf(line), message: termMessage(actual, expected, note.join(' ')) });
      continue;
    }
    if (m.ruleId === 'plugin-error') {
      out.push({
        file,
        line: lineOf(line),
        message:
          '用词和排版检查读不懂这篇文章（textlint-plugin-mdx 解析失败）。请检查组件标签、花括号和尖括号 <…> 是否成对；MDX 里不能用 <网址> 这种写法，请写成 [文字](网址)。问题仍在时请找开发同事。',
      });
      continue;
    }
    if (m.message === brokenBold) {
      out.push({
        file,
        line: lineOf(line),
        message:
          '排版：粗体没有生效，读者会看到“**”。粗体以标点结尾时，结束的 ** 后面要空一格（例如“**先挂断。** 再打电话”）。',
      });
      continue;
    }
    const hint = typographyHint(m.message);
    const key = `${line}\u0000${hint}`;
    const slip = slips.get(key) ?? { line: lineOf(line), hint, changes: [] };
    if (m.fix) slip.changes.push(beforeAfter(text, m.fix.range, m.fix.text));
    slips.set(key, slip);
  }
  for (const s of slips.values()) out.push({ file, line: s.line, message: `排版：${s.changes.join('，')}。${s.hint}` });
  return out;
}

/** Options for {@link checkProse}. */
export interface ProseOptions {
  /** Files to leave out (their MDX does not parse; the syntax check reports them). */
  skip?: ReadonlySet<string>;
}

/**
 * Discouraged terms and typography slips in every article and notice of `dir` (body, title,
 * description, components' titles) and in what the troubleshooter shows, each naming file and line.
 */
export async function checkProse(
  articles: readonly RawArticle[],
  dir: string,
  opts: ProseOptions = {},
): Promise<Problem[]> {
  const terms = loadTerms(dir);
  const lint = linterFor(terms);
  // Short texts outside any MDX body, linted as one Markdown document, a blank line apart.
  const lintFields = async (file: string, fields: Field[]) => {
    if (fields.length === 0) return [];
    const doc = fields.map((f) => f.value).join('\n\n');
    const r = await lint(doc, `${file}.fields.md`);
    return toProblems(file, doc, r.messages, (l) => fields[Math.floor((l - 1) / 2)]?.line ?? 1);
  };
  const perFile = await Promise.all(
    [...articles, ...readNotices(dir)]
      .filter((a) => !opts.skip?.has(a.filePath))
      .map(async (a) => {
        // The body with blank lines in place of the frontmatter, so textlint's lines are the file's.
        const text = '\n'.repeat(a.bodyLine - 1) + a.body;
        const body = await lint(text, a.filePath);
        return [...toProblems(a.filePath, text, body.messages, (l) => l), ...(await lintFields(a.filePath, extras(a)))];
      }),
  );
  const tree = join(dir, 'troubleshooter.yaml');
  return [...terms.problems, ...perFile.flat(), ...(await lintFields(tree, troubleshooterFields(tree)))];
}

/**
 * Applies the typography rule's corrections to the article bodies (spaces and punctuation only,
 * never wording, which needs an editor) and returns the files it changed. For `check:content --fix`.
 */
export async function fixTypography(articles: readonly RawArticle[], dir: string): Promise<string[]> {
  const terms = loadTerms(dir);
  const kernel = new TextlintKernel();
  const rules = [{ ruleId: 'typography', rule: typographyRule, options: { keep: terms.keep } }];
  const plugins = [{ pluginId: 'mdx', plugin: unwrap(mdxPlugin) }];
  const changed: string[] = [];
  for (const a of articles) {
    const text = readFileSync(a.filePath, 'utf8');
    const head = text.slice(0, text.length - a.body.length);
    let body = '\n'.repeat(a.bodyLine - 1) + a.body;
    // Twice: textlint leaves out a fix that overlaps another, and the second pass applies it.
    for (let pass = 0; pass < 2; pass++)
      body = (await kernel.fixText(body, { ext: '.mdx', filePath: a.filePath, rules, plugins })).output;
    const fixed = head + body.slice(a.bodyLine - 1);
    if (fixed !== text) {
      writeFileSync(a.filePath, fixed);
      changed.push(a.filePath);
    }
  }
  return changed;
}
