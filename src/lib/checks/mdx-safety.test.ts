import { describe, expect, it } from 'vitest';
import { codeProblems } from './mdx-safety';

const article = (body: string, file = 'content/fixes/x.mdx') =>
  codeProblems(file, body, 6, { components: true }).map((p) => `${p.file}:${p.line}：${p.message}`);
const notice = (body: string, file = 'content/notices/n.md') =>
  codeProblems(file, body, 8, { components: false, syntax: true }).map((p) => `${p.line}：${p.message}`);

describe('codeProblems: content cannot run code', () => {
  it('accepts Markdown, registered components with literal props and comments', () => {
    expect(
      article(
        '\n## 标题\n\n**加粗** [链接](/fixes/x/) <Phone id="icbc-hotline" />\n\n<Callout type="warning" n={3} open={true} neg={-1}>\n提醒\n</Callout>\n\n{/* 注释 */}\n',
      ),
    ).toEqual([]);
  });

  it('rejects import and export, naming the line', () => {
    const out = article('\nimport { readFileSync } from "node:fs"\n\nexport const x = process.env.PATH\n');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^content\/fixes\/x\.mdx:7：不能写 import 或 export/);
    expect(out[1]).toMatch(/^content\/fixes\/x\.mdx:9：不能写 import 或 export/);
  });

  it('rejects expressions in the text: {process.env.HOME} never reaches a page', () => {
    expect(article('正文 {process.env.HOME} 结束。')).toEqual([
      'content/fixes/x.mdx:6：花括号 {process.env.HOME} 在 MDX 里是一段程序，会在构建时运行，文章里不能用。正文里要写花括号，请写成 \\{ 和 \\}，或者改用全角的｛｝；注释写成 {/* 注释 */}。',
    ]);
    expect(article('\n{JSON.stringify(process.env)}\n')).toHaveLength(1);
  });

  it('rejects raw HTML, unknown components, event attributes, spread and computed props', () => {
    const out = article(
      [
        '<script>alert(1)</script>',
        '',
        '<style>{"body{display:none}"}</style>',
        '',
        '<img src="x" onerror="alert(1)" />',
        '',
        '<Phone id="icbc-hotline" onClick="alert(1)" />',
        '',
        '<Phone {...props} />',
        '',
        '<Phone id={process.env.HOME} />',
        '',
        '<Foo />',
        '',
        '<>片段</>',
      ].join('\n'),
    );
    const at = (line: number) => out.filter((l) => l.startsWith(`content/fixes/x.mdx:${line}：`));
    expect(at(6)[0]).toContain('不能写 HTML 标签 <script>');
    expect(at(8).join()).toContain('不能写 HTML 标签 <style>');
    expect(at(8).join()).toContain('花括号');
    expect(at(10).join()).toContain('不能写 HTML 标签 <img>');
    expect(at(10).join()).toContain('属性 onerror 会在读者的浏览器里运行程序');
    expect(at(12)).toEqual([
      'content/fixes/x.mdx:12：属性 onClick 会在读者的浏览器里运行程序，文章里不能用。请删掉它。',
    ]);
    expect(at(14)[0]).toContain('组件 <Phone> 的属性不能写成 {…}');
    expect(at(16)[0]).toContain('属性 id={process.env.HOME} 是一段程序');
    expect(at(18)[0]).toContain('没有叫 <Foo> 的组件。能用的组件只有：Callout、');
    expect(at(20)[0]).toContain('不能写 HTML 标签 <>');
  });

  it('rejects javascript: and data: URLs in links, images, definitions and attributes', () => {
    const out = article(
      [
        '[点这里](javascript:alert(1))',
        '',
        '![图](data:image/svg+xml;base64,PHN2Zz4=)',
        '',
        '[ref]: JavaScript:alert(1)',
        '',
        '<Site id="x" href=" javascript:alert(1)" />',
      ].join('\n'),
    );
    expect(out.map((l) => l.split('：')[0])).toEqual([
      'content/fixes/x.mdx:6',
      'content/fixes/x.mdx:8',
      'content/fixes/x.mdx:10',
      'content/fixes/x.mdx:12',
    ]);
    expect(out[0]).toContain('链接地址“javascript:alert(1)”会运行程序或嵌入数据，不能用。');
  });

  it('in a notice (.md): no HTML, no components', () => {
    expect(notice('公告 <b onclick="x">加粗</b>\n\n<script>alert(1)</script>\n')).toEqual([
      '8：不能写 HTML（这里是“<b onclick="x">”）：它会在读者的浏览器里原样输出。请改用 Markdown：加粗写 **文字**，链接写 [文字](/栏目/文件名/)。',
      '8：不能写 HTML（这里是“</b>”）：它会在读者的浏览器里原样输出。请改用 Markdown：加粗写 **文字**，链接写 [文字](/栏目/文件名/)。',
      '10：不能写 HTML（这里是“<script>alert(1)</script>”）：它会在读者的浏览器里原样输出。请改用 Markdown：加粗写 **文字**，链接写 [文字](/栏目/文件名/)。',
    ]);
    expect(notice('<Phone id="icbc-hotline" />', 'content/notices/n.mdx')[0]).toContain(
      '没有叫 <Phone> 的组件。公告里不能用组件，只能写 Markdown。',
    );
    expect(notice('{process.env.HOME}', 'content/notices/n.mdx')[0]).toContain('花括号');
    expect(notice('<Callout>', 'content/notices/n.mdx')[0]).toContain('MDX 写法有误');
  });
});
