// MDX syntax, checked before the build: each article is compiled (not run) with @mdx-js/mdx,
// and the parser's English message (an unclosed <Callout>, a stray `{`) is said in Chinese
// with the line and the fix; the original stays at the end for whoever needs it.
import { compile } from '@mdx-js/mdx';
import type { RawArticle } from '../content/disk';
import type { Problem } from './problem';

/** What a parser message means for an editor and how to fix it. First match wins. */
const explanations: { test: RegExp; say: (m: RegExpExecArray) => string }[] = [
  {
    test: /to create a link in MDX|Expected a closing tag for `<[^>]*\.[^>]*>`/,
    say: () => 'MDX 里不能用 <网址> 这种写法。站内链接写成 [文字](/栏目/文件名/)，官方网站用 <Site id="…" />。',
  },
  {
    test: /Expected a closing tag for `<([^>]*)>`[^]*before the end of `(paragraph|blockQuote|listItem)`/,
    say: (m) => `组件 <${m[1]}> 没有在同一段里关上。把 <${m[1]}> 和 </${m[1]}> 各自单独写一行，或者都写在同一段里。`,
  },
  {
    test: /Expected a closing tag for `<([^>]*)>`/,
    say: (m) =>
      `组件 <${m[1]}> 没有结束标签。在它的内容后面另起一行写 </${m[1]}>；没有内容的组件要写成 <${m[1]} … />（末尾有斜杠）。`,
  },
  {
    test: /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    say: (m) =>
      `结束标签 </${m[1]}> 和前面的 <${m[2]}> 对不上。先写 </${m[2]}> 关上 <${m[2]}>，或检查标签名的拼写和大小写。`,
  },
  {
    test: /Unexpected closing slash/,
    say: () => '这个结束标签（</…>）前面没有对应的开始标签。请删掉它，或者补上开始标签。',
  },
  { test: /to create a comment in MDX/, say: () => 'MDX 里不能写 <!-- … --> 这种注释，请改用 {/* 注释 */}。' },
  {
    test: /before name, expected a character that can start a name/,
    say: () => '“<”在 MDX 里表示组件标签的开始。正文里要写小于号，请写成 \\<，或者改用文字“小于”“不到”。',
  },
  {
    test: /before attribute value|in attribute value, expected a corresponding closing quote/,
    say: () => '组件属性的值要用英文双引号括起来，两边都要有，例如 <Phone id="icbc-hotline" />。',
  },
  {
    test: /Could not parse expression|expected a corresponding closing brace for `\{`|in expression/,
    say: () =>
      '花括号 { } 在 MDX 里表示代码，这里的内容不是有效的代码。正文里要写花括号，请写成 \\{ 和 \\}，或者改用全角的｛｝；注释写成 {/* 注释 */}。',
  },
  {
    test: /import\/exports/,
    say: () => 'import 或 export 这一行写法有误。文章里用的组件全站都能直接用，一般不需要写 import。',
  },
  { test: /lazy line|indented/, say: () => '引用（>）或列表里的组件标签要和里面的内容对齐，缩进保持一致。' },
];

/** The Chinese explanation of one @mdx-js/mdx error message. */
export function explainMdxError(reason: string): string {
  for (const e of explanations) {
    const m = e.test.exec(reason);
    if (m) return e.say(m);
  }
  return '请检查这一行附近的 <组件>、{ } 和引号是否成对。';
}

/** The error's line: its own, the start of the place it names, or (for an unclosed tag) the `(10:1-10:25)` in its text. */
function lineOf(e: { line?: number | null; place?: unknown }, reason: string): number | undefined {
  const place = e.place as { start?: { line?: number }; line?: number } | undefined;
  const named = /\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1];
  return e.line ?? place?.start?.line ?? place?.line ?? (named ? Number(named) : undefined);
}

/** Every article whose MDX does not compile, with file, line, the fix in Chinese and the original message. */
export async function checkMdxSyntax(articles: readonly RawArticle[]): Promise<Problem[]> {
  const results = await Promise.all(
    articles
      .filter((a) => a.filePath.endsWith('.mdx'))
      .map(async (a): Promise<Problem | undefined> => {
        // The frontmatter is YAML, not MDX: blank lines in its place keep the line numbers.
        const body = '\n'.repeat(a.bodyLine - 1) + a.body;
        try {
          await compile({ value: body, path: a.filePath });
          return undefined;
        } catch (e) {
          const err = e as { reason?: string; message?: string; line?: number; place?: unknown };
          const reason = err.reason ?? err.message ?? String(e);
          return {
            file: a.filePath,
            line: lineOf(err, reason),
            message: `MDX 写法有误：${explainMdxError(reason)}（原始信息：${reason}）`,
          };
        }
      }),
  );
  return results.filter((p): p is Problem => p !== undefined);
}
