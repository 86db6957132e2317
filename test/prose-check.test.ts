import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/checks/index';
import { checkMdxSyntax, explainMdxError } from '../src/lib/checks/mdx-syntax';
import { checkProse, fixTypography } from '../src/lib/checks/prose';
import { loadTerms } from '../src/lib/checks/terms';
import { readArticles } from '../src/lib/content/disk';

const fixture = 'e2e/fixtures/prose';
const slips = `${fixture}/fixes/slips.mdx`;
const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
// Loading the MDX compiler and textlint takes a few seconds on a busy machine.
const slow = { timeout: 30_000 };
const prose = async (dir: string) => (await checkProse(readArticles(dir), dir)).map(formatProblem);

describe('terms (textlint + prh over content/terms.yml)', slow, () => {
  it('rejects a discouraged term, naming file, line and the word to use', async () => {
    const out = await prose(fixture);
    expect(out).toContain(
      `${slips}:${lineOf(slips, '如果账号被冻结')}：用词：“账号”请写作“账户”。银行和钱包的户头统一写“账户”；社交平台上的官方账号、认证账号、仿冒账号照旧写“账号”。`,
    );
    expect(out.join('\n')).toContain(`${slips}:${lineOf(slips, '打开交易明细')}：用词：“交易明细”请写作“交易记录”`);
    expect(out.join('\n')).toContain(`${slips}:${lineOf(slips, '工信部提醒')}：用词：“工信部”请写作“工业和信息化部”`);
    expect(out.join('\n')).toContain(`${slips}:${lineOf(slips, '数字人民币APP')}：用词：“APP”请写作“App”`);
  });

  it('keeps proper uses and skips keywords, which list what readers type', async () => {
    const out = (await prose(fixture)).join('\n');
    expect(out).not.toContain(`${slips}:${lineOf(slips, '官方账号')}：`);
    expect(out).not.toContain(`${slips}:5：`);
  });

  it('checks what the troubleshooter shows, naming its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tree-'));
    writeFileSync(
      join(dir, 'troubleshooter.yaml'),
      'start: s\nnodes:\n  s:\n    question: 你的APP怎么了？\n    answers:\n      - label: 账号被冻结\n        next: s\n',
    );
    cpSync('content/terms.yml', join(dir, 'terms.yml'));
    const out = (await checkProse([], dir)).map(formatProblem).sort();
    const file = join(dir, 'troubleshooter.yaml');
    expect(out).toEqual([
      `${file}:4：排版：把“你的APP怎么了？”改成“你的 APP 怎么了？”。中文和英文、数字之间空一格，<Phone /> 这类组件前后也一样。`,
      `${file}:4：用词：“APP”请写作“App”。正文里统一写“App”（首字母大写）。`,
      `${file}:6：用词：“账号”请写作“账户”。银行和钱包的户头统一写“账户”；社交平台上的官方账号、认证账号、仿冒账号照旧写“账号”。`,
    ]);
  });

  it('checks service notices too: title and body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notices-'));
    mkdirSync(join(dir, 'notices'));
    cpSync('content/terms.yml', join(dir, 'terms.yml'));
    writeFileSync(
      join(dir, 'notices', 'n.md'),
      '---\ntitle: 数字人民币APP维护\nstart: 2026-12-01\nsource: 工商银行官网公告\n---\n\n维护期间请勿登陆。\n',
    );
    const file = relative(process.cwd(), join(dir, 'notices', 'n.md'));
    const out = (await checkProse([], dir)).map(formatProblem).join('\n');
    expect(out).toContain(`${file}:2：用词：“APP”请写作“App”`);
    expect(out).toContain(`${file}:2：排版：把“数字人民币APP维护”改成“数字人民币 APP 维护”`);
    expect(out).toContain(`${file}:7：用词：“登陆”请写作“登录”`);
  });

  it('reports a dictionary rule whose own example fails, in Chinese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    writeFileSync(
      join(dir, 'terms.yml'),
      'version: 1\nrules:\n  - expected: 账户\n    pattern: 账号\n    specs:\n      - from: 官方账号\n        to: 官方账号\n',
    );
    expect(loadTerms(dir).problems.map(formatProblem)).toEqual([
      `${join(dir, 'terms.yml')}：用词表里“账户”这一条的例子没有通过：“官方账号”按这条规则会改成“官方账户”，但例子写的是“官方账号”。请修改 pattern，或者改正例子（specs）。`,
    ]);
  });
});

describe('typography (zhlint inside textlint)', slow, () => {
  it('rejects a typography slip with the change to make', async () => {
    const out = await prose(fixture);
    expect(out).toContain(
      `${slips}:${lineOf(slips, '请拨打95588')}：排版：把“请拨打95588咨询，或者”改成“请拨打 95588 咨询，或者”，把“数字人民币APP查看。”改成“数字人民币 APP 查看。”。中文和英文、数字之间空一格，<Phone /> 这类组件前后也一样。`,
    );
    // frontmatter title, on its own line
    expect(out.join('\n')).toContain(`${slips}:2：排版：把“文章，拨打95588”改成“文章，拨打 95588”`);
  });

  it('spaces an inline component like the number it shows', async () => {
    const out = (await prose(fixture)).join('\n');
    expect(out).toContain(
      `${slips}:${lineOf(slips, '拨打<Phone')}：排版：把“拨打<Phone id="icbc-hotline" />”改成“拨打 <Phone id="icbc-hotline" />”`,
    );
  });

  it('does not flag valid MDX component lines, comments, bold leads or official names', async () => {
    const out = (await prose(fixture)).join('\n');
    const lines = [
      'import { Demo }',
      '拨打 <Phone id="icbc-hotline" />，说明情况',
      '<Callout type="warning"',
      '现在就拨打 <Phone',
      '{/* 编辑备注',
      '**先挂断电话。** 不要',
      '**换一个网络。**',
    ];
    lines.push('代码和网址不检查', '# 代码块里的中文和English', '<Demo label=');
    for (const text of lines) {
      expect(out, text).not.toContain(`${slips}:${lineOf(slips, text)}：`);
    }
    expect(out).not.toContain('clean.mdx');
  });

  it('says when bold did not take (CommonMark needs a space after `。**`)', async () => {
    expect(await prose(fixture)).toContain(
      `${slips}:${lineOf(slips, '粗体以句号结尾')}：排版：粗体没有生效，读者会看到“**”。粗体以标点结尾时，结束的 ** 后面要空一格（例如“**先挂断。** 再打电话”）。`,
    );
  });
});

describe('npm run fix:content', slow, () => {
  it('corrects spacing in article bodies and leaves wording, frontmatter and components alone', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fix-')), 'content');
    cpSync(fixture, dir, { recursive: true, dereference: true });
    const file = relative(process.cwd(), join(dir, 'fixes', 'slips.mdx'));
    const before = readFileSync(file, 'utf8').split('\n');
    expect(await fixTypography(readArticles(dir), dir)).toEqual([file]);
    const after = readFileSync(file, 'utf8').split('\n');
    const changed = after.map((l, i) => [before[i], l]).filter(([b, l]) => b !== l);
    expect(changed).toEqual([
      ['请拨打95588咨询，或者打开数字人民币APP查看。', '请拨打 95588 咨询，或者打开数字人民币 APP 查看。'],
      ['拨打<Phone id="icbc-hotline" />也可以。', '拨打 <Phone id="icbc-hotline" /> 也可以。'],
    ]);
    const left = (await prose(dir)).join('\n');
    expect(left).toContain('用词：“APP”请写作“App”');
    expect(left).not.toContain(`${file}:16：排版`);
  });
});

describe('MDX syntax (@mdx-js/mdx compile)', slow, () => {
  it('reports syntax errors in Chinese with file, line, the fix and the original message', async () => {
    const dir = 'e2e/fixtures/broken-mdx';
    const out = (await checkMdxSyntax(readArticles(dir))).map(formatProblem);
    expect(out).toEqual([
      `${dir}/fixes/html-comment.mdx:10：MDX 写法有误：MDX 里不能写 <!-- … --> 这种注释，请改用 {/* 注释 */}。（原始信息：Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`)）`,
      `${dir}/fixes/stray-brace.mdx:10：MDX 写法有误：花括号 { } 在 MDX 里表示代码，这里的内容不是有效的代码。正文里要写花括号，请写成 \\{ 和 \\}，或者改用全角的｛｝；注释写成 {/* 注释 */}。（原始信息：Could not parse expression with acorn）`,
      `${dir}/fixes/unclosed.mdx:10：MDX 写法有误：组件 <Callout> 没有结束标签。在它的内容后面另起一行写 </Callout>；没有内容的组件要写成 <Callout … />（末尾有斜杠）。（原始信息：Expected a closing tag for \`<Callout>\` (10:1-10:25)）`,
    ]);
  });

  it('explains the other common parser messages', () => {
    expect(
      explainMdxError(
        'Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
      ),
    ).toContain('写成 \\<');
    expect(
      explainMdxError(
        'Unexpected closing tag `</Callout>`, expected corresponding closing tag for `<Steps>` (1:1-1:8)',
      ),
    ).toBe('结束标签 </Callout> 和前面的 <Steps> 对不上。先写 </Steps> 关上 <Steps>，或检查标签名的拼写和大小写。');
    expect(
      explainMdxError(
        'Unexpected character `/` (U+002F) before local name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a link in MDX, use `[text](url)`)',
      ),
    ).toContain('<Site id=');
    expect(
      explainMdxError('Expected a closing tag for `<www.icbc.com.cn>` (1:3-1:20) before the end of `paragraph`'),
    ).toContain('不能用 <网址>');
    expect(
      explainMdxError('Unexpected end of file in attribute value, expected a corresponding closing quote `"`'),
    ).toContain('英文双引号');
  });

  it('passes every real article', async () => {
    expect((await checkMdxSyntax(readArticles('content'))).map(formatProblem)).toEqual([]);
  });
});

describe('the terms dictionary itself', () => {
  it('loads, its examples pass, and its official names are exempt from spacing', () => {
    const terms = loadTerms('content');
    expect(terms.problems).toEqual([]);
    expect(terms.keep).toEqual(expect.arrayContaining(['工银e钱包', '工银e生活']));
  });

  it('is missing: said so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-terms-'));
    mkdirSync(join(dir, 'fixes'));
    cpSync(`${fixture}/fixes/clean.mdx`, join(dir, 'fixes', 'ok.mdx'));
    expect(loadTerms(dir).problems[0]?.message).toContain('缺少用词表');
  });
});
