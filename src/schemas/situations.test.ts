import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { situationFileProblems } from '../lib/checks/situations';
import type { RawArticle } from '../lib/content/disk';

const raw = (id: string, draft = false) => ({ id, data: { draft } }) as unknown as RawArticle;
const articles = [raw('fixes/scammed-what-now'), raw('prevention/official-numbers-only'), raw('faq/new-one', true)];

function problemsOf(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'situations-'));
  writeFileSync(join(dir, 'situations.yaml'), yaml);
  return situationFileProblems(dir, articles).map((p) => `${p.line ?? '-'}：${p.message}`);
}

const head = 'already: [已经, 转了]\nnegations: [没有给, 没说]\nsituations:\n';
const good = `${head}  - id: scam-code
    article: prevention/official-numbers-only
    line: 有人向你要验证码？这是诈骗：挂断，自己拨打 {icbc-hotline}
    already: no
    concepts:
      asks: [让我, 要我]
      what: [验证码, 95588]
`;

describe('content/situations.yaml', () => {
  it('accepts a valid file, numbers in word lists written without quotes', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  it('names the line of an unknown or draft article and of a number not from contacts, in Chinese', () => {
    const bad = good
      .replace('prevention/official-numbers-only', 'fixes/no-such')
      .replace('{icbc-hotline}', '{icbc-hotlin}');
    expect(problemsOf(bad)).toEqual([
      '5：处境“scam-code”的文章 fixes/no-such 不存在。请写成“栏目/文件名”，并确认 content/fixes/no-such.mdx 存在。',
      '6：处境“scam-code”的 line 里的 {icbc-hotlin} 不是 src/data/contacts.ts 里的电话或短信号码 id。号码要写成 {icbc-hotline} 这样的 id，例如 {police-110}。',
    ]);
    expect(problemsOf(good.replace('prevention/official-numbers-only', 'faq/new-one'))[0]).toMatch(
      /^5：.*还是草稿（draft: true）/,
    );
  });

  it('rejects a number typed into the line, HTML, one concept alone and a typo in a field name', () => {
    expect(problemsOf(good.replace('{icbc-hotline}', '95588'))[0]).toMatch(/^6：.*直接写了号码/);
    expect(problemsOf(good.replace('自己拨打', '<b>自己拨打</b>'))).toEqual([
      '6：situations.0.line：line 只能是纯文字，不能写 < > 或 HTML 标签。',
    ]);
    expect(problemsOf(good.replace('    already: no\n', '').replace('      asks: [让我, 要我]\n', ''))[0]).toMatch(
      /^4：situations.0：处境要由几个同时出现的概念组成/,
    );
    expect(problemsOf(good.replace('concepts:', 'concept:')).join('\n')).toMatch(/不认识的字段：concept/);
  });

  it('names the line of YAML that does not parse, and a missing file', () => {
    expect(problemsOf(`${head}  - id: [oops\n`)[0]).toMatch(/^\d+：YAML 写法有误/);
    const dir = mkdtempSync(join(tmpdir(), 'situations-'));
    expect(situationFileProblems(dir, articles)[0]?.message).toMatch(/^缺少读者处境表/);
  });

  it('holds a line to the safe order: the police before the bank', () => {
    expect(
      problemsOf(good.replace('自己拨打 {icbc-hotline}', '拨打 {icbc-hotline}，再拨打 {police-110}')).map((p) =>
        p.replace(/。.*/, ''),
      ),
    ).toEqual(['6：处境“scam-code”的 line 把银行 {icbc-hotline} 写在了 {police-110} 前面']);
  });
});

describe('content/en/situations.yaml', () => {
  const en = [raw('fixes/scammed-what-now'), raw('prevention/scams-targeting-visitors'), raw('faq/new-one', true)];
  function englishProblemsOf(yaml: string) {
    const dir = mkdtempSync(join(tmpdir(), 'situations-en-'));
    writeFileSync(join(dir, 'situations.yaml'), yaml);
    return situationFileProblems(dir, en, 'situations.yaml', 'en').map(
      (p) => `${p.file.endsWith('/situations.yaml') ? 'situations.yaml' : p.file}:${p.line ?? '-'}: ${p.message}`,
    );
  }
  const goodEn = `already: [already, i transferred]
negations: [didn't, not yet]
situations:
  - id: scam-code
    article: prevention/scams-targeting-visitors
    line: 'Anyone asking for your code is a scammer: hang up. Already paid? Call {police-110}, then {icbc-hotline}.'
    already: no
    concepts:
      asks: [ask me, want the]
      what: [code, 95588]
`;

  it('accepts a valid file with lines up to 120 characters, and no file at all', () => {
    expect(englishProblemsOf(goodEn)).toEqual([]);
    expect(situationFileProblems(mkdtempSync(join(tmpdir(), 'situations-en-')), en, 'situations.yaml', 'en')).toEqual(
      [],
    );
  });

  it('names the file, the line and the fix in English', () => {
    expect(englishProblemsOf(goodEn.replace('prevention/scams-targeting-visitors', 'fixes/no-such'))).toEqual([
      'situations.yaml:5: situation "scam-code": its article fixes/no-such does not exist. Write it as section/file-name and make sure content/en/fixes/no-such.mdx exists.',
    ]);
    expect(englishProblemsOf(goodEn.replace('{icbc-hotline}', '95588'))[0]).toMatch(
      /^situations\.yaml:6: situation "scam-code": the line types a number\. Write numbers only as ids/,
    );
    expect(
      englishProblemsOf(goodEn.replace('{police-110}, then {icbc-hotline}', '{icbc-hotline}, then {police-110}')),
    ).toEqual([
      'situations.yaml:6: situation "scam-code": the line names the bank, {icbc-hotline}, before {police-110}. The safe order is hang up, then the police, then the bank: put {police-110} first.',
    ]);
    expect(englishProblemsOf(goodEn.replace('hang up.', `hang up.${' Really.'.repeat(8)}`))).toEqual([
      'situations.yaml:6: situations.0.line: line: at most 120 characters (a {phone id} counts as 5), so a reader takes it in at a glance on a phone. Shorten it.',
    ]);
    expect(englishProblemsOf(`${goodEn}  - id: [oops\n`)[0]).toMatch(/^situations\.yaml:\d+: the YAML does not parse/);
  });
});
