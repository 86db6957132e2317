// Content cannot run code. MDX is a program: `import`, `export` and `{…}` run on the build
// machine (and could publish its environment), raw HTML and event attributes would run in the
// reader's browser. Articles may use plain Markdown and the registered components with literal
// props, nothing else; notices (rendered without components) plain Markdown only. The tree is
// @mdx-js/mdx's own parse, the one Astro compiles, so what this check sees is what would run.
import { createProcessor } from '@mdx-js/mdx';
import { mdxComponentNames } from '../../components/mdx/names';
import { explainMdxError } from './mdx-syntax';
import type { Problem } from './problem';

/** The parts of an mdast/MDX node this check reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: Program };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { value: string; data?: { estree?: Program } };
  position?: { start: { line: number } };
}
interface Program {
  body: { type: string; expression?: { type: string; regex?: unknown; operator?: string; argument?: unknown } }[];
}

const components: ReadonlySet<string> = new Set(mdxComponentNames);
const componentList = mdxComponentNames.join('、');

/** Schemes that run code or smuggle a document in (whitespace and case do not hide them). */
const unsafeScheme = /^(javascript|vbscript|data):/;
const schemeOf = (url: string) =>
  url
    // eslint-disable-next-line no-control-regex -- browsers skip these before the scheme
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();

/** True when an attribute's `{…}` value is one literal: a string, a number or true/false. */
function literal(program: Program | undefined): boolean {
  const [statement, ...rest] = program?.body ?? [];
  const e = statement?.expression;
  if (rest.length > 0 || statement?.type !== 'ExpressionStatement' || !e) return false;
  if (e.type === 'Literal') return e.regex === undefined;
  return e.type === 'UnaryExpression' && e.operator === '-' && (e.argument as { type?: string }).type === 'Literal';
}

/** Event-handler attributes (onload, onClick…): `on` and a name; `only` is PublishedLimits' prop. */
const isEventAttribute = (name: string) => /^on[a-z]+$/i.test(name) && name !== 'only';

const short = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** What an editor wrote that would run code, and what to write instead. */
function nodeProblems(
  node: Node,
  allowed: ReadonlySet<string>,
  say: (node: { position?: Node['position'] }, message: string) => void,
): void {
  switch (node.type) {
    case 'mdxjsEsm':
      say(
        node,
        `不能写 import 或 export（MDX 会把这一行当成程序，在构建时运行）。${allowed.size ? `组件（${componentList}）不用 import 就能直接写；` : ''}请删掉这一行。`,
      );
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // {/* 注释 */} holds no code: its program is empty.
      if ((node.data?.estree?.body.length ?? 1) > 0)
        say(
          node,
          `花括号 {${short(String(node.value))}} 在 MDX 里是一段程序，会在构建时运行，文章里不能用。正文里要写花括号，请写成 \\{ 和 \\}，或者改用全角的｛｝；注释写成 {/* 注释 */}。`,
        );
      break;
    case 'html':
      say(
        node,
        `不能写 HTML（这里是“${short(String(node.value))}”）：它会在读者的浏览器里原样输出。请改用 Markdown：加粗写 **文字**，链接写 [文字](/栏目/文件名/)${allowed.size ? '，提醒框用 <Callout>' : ''}。`,
      );
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!allowed.has(name)) {
        const html = name === '' || /^[a-z]/.test(name);
        const can = allowed.size ? `能用的组件只有：${componentList}。` : '公告里不能用组件，只能写 Markdown。';
        say(
          node,
          html
            ? `不能写 HTML 标签 <${name}>：文章只能用 Markdown 和登记过的组件。${can}加粗写 **文字**，链接写 [文字](/栏目/文件名/)。`
            : `没有叫 <${name}> 的组件。${can}请检查拼写和大小写。`,
        );
      }
      for (const a of node.attributes ?? []) {
        const at = { position: a.position ?? node.position };
        if (a.type !== 'mdxJsxAttribute') {
          say(
            at,
            `组件 <${name}> 的属性不能写成 {…}（这是程序）。属性要写成 名字="文字"，例如 <Phone id="icbc-hotline" />。`,
          );
          continue;
        }
        const attr = a.name ?? '';
        if (isEventAttribute(attr)) {
          say(at, `属性 ${attr} 会在读者的浏览器里运行程序，文章里不能用。请删掉它。`);
          continue;
        }
        if (a.value && typeof a.value === 'object' && !literal(a.value.data?.estree)) {
          say(
            at,
            `组件 <${name}> 的属性 ${attr}={${short(a.value.value)}} 是一段程序。属性只能写成 ${attr}="文字"，或者数字、true、false。`,
          );
        }
        if (typeof a.value === 'string' && unsafeScheme.test(schemeOf(a.value))) {
          say(
            at,
            `属性 ${attr} 的值“${short(a.value)}”会运行程序或嵌入数据，不能用。站内链接写 /栏目/文件名/，官方网站用 <Site id="…" />。`,
          );
        }
      }
      break;
    }
    case 'link':
    case 'image':
    case 'definition':
      if (node.url && unsafeScheme.test(schemeOf(node.url)))
        say(
          node,
          `链接地址“${short(node.url)}”会运行程序或嵌入数据，不能用。站内链接写 [文字](/栏目/文件名/)，官方网站用 <Site id="…" />。`,
        );
      break;
  }
  for (const child of node.children ?? []) nodeProblems(child, allowed, say);
}

const processors = { mdx: createProcessor({ format: 'mdx' }), md: createProcessor({ format: 'md' }) };

/**
 * Everything in a Markdown or MDX body that would run code: `file`'s body starts at line
 * `bodyLine`. `components`: whether the registered components may be used (articles) or not
 * (notices). A body whose MDX does not parse gives nothing here (the articles' syntax check
 * reports it) unless `syntax` asks for it (notices, which have no syntax check of their own).
 */
export function codeProblems(
  file: string,
  body: string,
  bodyLine: number,
  opts: { components: boolean; syntax?: boolean },
): Problem[] {
  const problems: Problem[] = [];
  let tree: Node;
  try {
    // Blank lines in the frontmatter's place keep the line numbers.
    tree = processors[file.endsWith('.mdx') ? 'mdx' : 'md'].parse('\n'.repeat(bodyLine - 1) + body) as Node;
  } catch (e) {
    if (!opts.syntax) return [];
    const err = e as { reason?: string; message?: string; line?: number };
    const reason = err.reason ?? err.message ?? String(e);
    return [{ file, line: err.line, message: `MDX 写法有误：${explainMdxError(reason)}（原始信息：${reason}）` }];
  }
  nodeProblems(tree, opts.components ? components : new Set(), (node, message) =>
    problems.push({ file, line: node.position?.start.line, message }),
  );
  return problems;
}
