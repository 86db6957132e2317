// Bad input an editor can produce by accident, each as a file in a throwaway content folder,
// through the same functions `npm run check:content` and the build call.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles, checkContent, checkDataFiles, formatProblem } from '../src/lib/checks/index';
import { contentFileLimit, readArticles } from '../src/lib/content/disk';

const head =
  '---\ntitle: 测试坏输入的文章\ndescription: 这是一篇用来测试内容检查的文章，摘要需要足够长，才能通过四十个字的最低长度要求。\norder: 1\nkeywords: [测试]\n---\n';

/** A content folder holding `faq/<name>` with `bytes`; returns the folder and the file as the checks name it. */
function folder(name: string, bytes: string | Buffer): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  mkdirSync(join(dir, 'faq'));
  writeFileSync(join(dir, 'faq', name), bytes);
  return { dir, file: relative(process.cwd(), join(dir, 'faq', name)) };
}
const problems = (dir: string) => checkArticles(readArticles(dir)).map(formatProblem);

describe('bad input gets a Chinese message naming file, line and fix', () => {
  it('a phone number in full-width digits is an unverified number; 第 10000 段 is not a number', () => {
    const { dir, file } = folder('a.mdx', `${head}\n请拨打 ９５５９９ 咨询，见第 10000 段，第１２３４５条。\n`);
    expect(problems(dir)).toEqual([
      `${file}:8：号码“９５５９９”不在已核实的联系方式里。只能使用 src/data/contacts.ts 中的号码（例如 <Phone id="icbc-hotline" />）；新号码须先核实来源再加入那里。`,
    ]);
    // The verified hotline in full-width digits is still the hotline.
    expect(problems(folder('b.mdx', `${head}\n请拨打 ９５５８８。\n`).dir)).toEqual([]);
  });

  it('an unquoted number in keywords is named, with the quoting that fixes it', () => {
    const { dir, file } = folder('a.mdx', `${head.replace('keywords: [测试]', 'keywords: [95588, 挂失]')}\n正文。\n`);
    expect(problems(dir)).toEqual([
      `${file}:5：keywords.0：keywords 里的 95588 没加引号，会被当成数字。请给它加上引号，写成 "95588"（号码前面有 0 的，照原样写在引号里）。`,
    ]);
    expect(
      problems(folder('b.mdx', `${head.replace('keywords: [测试]', 'keywords: ["95588", 挂失]')}\n正文。\n`).dir),
    ).toEqual([]);
  });

  it('frontmatter with no body fails (a draft may wait)', () => {
    const { dir, file } = folder('a.mdx', `${head}\n{/* 以后再写 */}\n`);
    expect(problems(dir)).toEqual([
      `${file}:7：文章只有 frontmatter，没有正文，发布出去会是一页空白。请在第二行 --- 下面写正文；还没写好就在 frontmatter 里加 draft: true。`,
    ]);
    expect(problems(folder('b.mdx', head.replace('order: 1', 'order: 1\ndraft: true')).dir)).toEqual([]);
  });

  it('a missing closing --- says so, and nothing else (no advice about title：)', { timeout: 30_000 }, async () => {
    const { dir, file } = folder('a.mdx', `${head.slice(0, -4)}\n正文。\n`);
    const all = (await checkContent(dir)).filter((p) => p.file === file).map(formatProblem);
    expect(all).toEqual([
      `${file}:1：第 1 行的 --- 开始了 frontmatter，但后面没有另一行 --- 把它关上，所以整个文件都被当成了正文。请在最后一个字段（通常是 keywords: […]）下面另起一行，只写 ---，再空一行开始正文。`,
    ]);
  });

  it('a UTF-8 BOM is named as a BOM', { timeout: 30_000 }, async () => {
    const { dir, file } = folder(
      'a.mdx',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${head}\n正文。\n`)]),
    );
    const all = (await checkContent(dir)).filter((p) => p.file === file).map(formatProblem);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(new RegExp(`^${file}:1：文件开头有一个看不见的 BOM 标记（UTF-8 BOM，字节 EF BB BF）`));
  });

  it(
    'bytes that are not UTF-8 (a GBK file) are caught by the check, with their line',
    { timeout: 30_000 },
    async () => {
      // 正文 in GBK: D5 FD CE C4, not UTF-8.
      const gbk = Buffer.concat([Buffer.from(`${head}\n`), Buffer.from([0xd5, 0xfd, 0xce, 0xc4]), Buffer.from('\n')]);
      const { dir, file } = folder('a.mdx', gbk);
      const all = (await checkContent(dir)).filter((p) => p.file === file).map(formatProblem);
      expect(all).toEqual([
        `${file}:8：文件不是 UTF-8 编码：第 8 行有无法识别的字节（常见于用 GBK、GB2312 或“ANSI”保存的文件）。请在编辑器里把文件另存为“UTF-8”编码，再检查这一行的文字有没有变成乱码。`,
      ]);
    },
  );

  it('an unknown component is named with its line before Astro sees it', { timeout: 30_000 }, async () => {
    const { dir, file } = folder('a.mdx', `${head}\n正文。\n\n<Tip>提示</Tip>\n`);
    const all = (await checkContent(dir)).filter((p) => p.file === file).map(formatProblem);
    expect(all).toEqual([
      `${file}:10：没有叫 <Tip> 的组件。能用的组件只有：Callout、ContactCard、FirstStep、IfScammed、Phone、PublishedLimits、ScamNumbers、Site、Steps、WrongNumbers。请检查拼写和大小写。`,
    ]);
  });

  it('a file over the size limit fails with the limit named', () => {
    const { dir, file } = folder('a.mdx', `${head}\n${'正文很长。\n'.repeat(contentFileLimit / 10)}`);
    const out = problems(dir);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^${file}:1：文件有 \\d+ KB，超过了每个文件 64 KB 的上限`));
  });

  it('notices: BOM, bad bytes and an unclosed frontmatter are named too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-notice-'));
    mkdirSync(join(dir, 'notices'));
    const notice = '---\ntitle: 测试维护公告\nstart: 2026-12-01 10:00\nsource: 某公告\n---\n\n正文。\n';
    writeFileSync(join(dir, 'notices', 'bom.md'), `\ufeff${notice}`);
    writeFileSync(join(dir, 'notices', 'open.md'), notice.replace('---\n\n', '\n'));
    const out = checkDataFiles(dir, []).map(formatProblem).join('\n');
    expect(out).toContain('notices/bom.md:1：文件开头有一个看不见的 BOM 标记');
    expect(out).toContain('notices/open.md:1：第 1 行的 --- 开始了 frontmatter，但后面没有另一行 ---');
  });
});
