import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../content/disk';
import {
  contactFormProblems,
  fraudOrderProblems,
  looksLikeScamForm,
  numbersInBody,
  untappableCallProblems,
} from './fraud-order';

const article = (body: string, data: Record<string, unknown> = { fraud: true }): RawArticle => ({
  id: 'faq/x',
  entry: 'faq/x.mdx',
  filePath: 'content/faq/x.mdx',
  data,
  body,
  bodyLine: 9,
});
const messages = (problems: { line?: number | undefined; message: string }[]) =>
  problems.map((p) => `${p.line}：${p.message}`);

describe('fraudOrderProblems', () => {
  it('accepts a fraud page whose opening gives 110 before the bank', () => {
    const body =
      '已经转了钱？先拨打 <Phone id="police-110" />，再打 <Phone id="icbc-hotline" />。\n\n## 小标题\n\n拨打 <Phone id="icbc-hotline" />。';
    expect(fraudOrderProblems(article(body))).toEqual([]);
  });

  it('names the line of a number that comes before the first 110', () => {
    const body =
      '自己拨打 <Phone id="icbc-hotline" /> 问。\n已经转了钱，先拨打 <Phone id="police-110" />。\n\n## 小标题';
    expect(messages(fraudOrderProblems(article(body)))).toEqual([
      '9：这篇是讲诈骗的文章（fraud: true），号码“95588”出现在第一个 110 之前。安全的顺序是先挂断、先报警，再找银行：请把 <Phone id="police-110" /> 写在它前面，或把这个号码移到后面。',
    ]);
  });

  it('counts numbers typed as text and numbers a component prints (the scam-number list)', () => {
    const body = '骗子常用这些号码：\n\n<ScamNumbers />\n\n转了钱就拨打 <Phone id="police-110" />。';
    expect(fraudOrderProblems(article(body)).map((p) => p.line)).toEqual([11]);
    expect(numbersInBody('说 95588 不会打来。报警打 110，不是 2022 年。').map((n) => n.number)).toEqual([
      '95588',
      '110',
    ]);
  });

  it('wants 110 before the first heading, and says where', () => {
    const body = '别点链接。\n\n## 已经转了钱\n\n拨打 <Phone id="police-110" />。';
    expect(messages(fraudOrderProblems(article(body)))).toEqual([
      '11：这篇是讲诈骗的文章（fraud: true），开头第一段就要告诉已经转了钱的读者先报警。请在第一个小标题之前写上：已经转了钱，先挂断、关掉屏幕共享，马上拨打 <Phone id="police-110" />。',
    ]);
  });

  it('leaves other pages and drafts alone', () => {
    const body = '拨打 <Phone id="icbc-hotline" />。';
    expect(fraudOrderProblems(article(body, {}))).toEqual([]);
    expect(fraudOrderProblems(article(body, { fraud: true, draft: true }))).toEqual([]);
  });
});

describe('fraudOrderProblems on an English article (content/en/)', () => {
  const english = (body: string): RawArticle => ({
    id: 'faq/x',
    entry: 'faq/x.mdx',
    filePath: 'content/en/faq/x.mdx',
    data: { fraud: true },
    body,
    bodyLine: 9,
  });

  it('accepts hang up, then 110, then the bank, in the opening', () => {
    const body =
      'Already paid? Hang up, stop screen sharing, note the account and call <Phone id="police-110" />. Then call <Phone id="icbc-hotline" />.\n\n## Heading';
    expect(fraudOrderProblems(english(body))).toEqual([]);
  });

  it('names the line and the fix, in English, when the bank comes before 110', () => {
    const body = 'Call <Phone id="icbc-hotline" /> first.\nAlready paid? Call <Phone id="police-110" />.\n\n## Heading';
    expect(messages(fraudOrderProblems(english(body)))).toEqual([
      '9：this is a fraud page (fraud: true) and the number "95588" comes before the first 110. The safe order is hang up, then the police, then the bank: put <Phone id="police-110" /> before it, or move this number after it.',
    ]);
  });

  it('wants 110 before the first heading, in English', () => {
    const body = 'Do not tap links.\n\n## Already paid\n\nCall <Phone id="police-110" />.';
    expect(messages(fraudOrderProblems(english(body)))).toEqual([
      '11：this is a fraud page (fraud: true): its opening, before the first heading, must tell a reader who already paid to call the police first. Write there: Already sent money? Hang up, stop screen sharing, note the account you paid and call <Phone id="police-110" />.',
    ]);
  });
});

describe('untappableCallProblems', () => {
  it('asks for <Phone> where a sentence says to call a number typed as text', () => {
    expect(messages(untappableCallProblems(article('\n仍然不行，请拨打 95588 说明情况；报案打 110。')))).toEqual([
      '10：这里让读者拨打 95588，但号码是普通文字，在手机上点不了。请写成 <Phone id="icbc-hotline" />。',
      '10：这里让读者拨打 110，但号码是普通文字，在手机上点不了。请写成 <Phone id="police-110" />。',
    ]);
  });

  it('lets headings, link text, statements and a step title followed by the tappable number be', () => {
    const body = [
      '## 额度对不上时打 95588',
      '见[拨打 95588 反映问题](/complaints/hotline/)。',
      '95588 不会打来要验证码。',
      '1. **打 95588 挂失。** 拨打 <Phone id="icbc-hotline" />，说明情况。',
      '拨打 <Phone id="icbc-hotline" />。',
      '号码是 96110，不是 110 的一部分：问 96110 也行。',
    ].join('\n');
    expect(messages(untappableCallProblems(article(body)))).toEqual([
      '14：这里让读者拨打 96110，但号码是普通文字，在手机上点不了。请写成 <Phone id="anti-fraud-96110" />。',
    ]);
  });
});

describe('contact forms', () => {
  it('knows the scam-sign forms and lets real numbers be', () => {
    for (const scam of ['+86 10 956196', '+8610956196', '00095588', '40095588', '+8695588', '010 95588'])
      expect(looksLikeScamForm(scam), scam).toBe(true);
    for (const real of ['95588', '956196', '110', '+852 2189 5588', '+85221895588', '12378'])
      expect(looksLikeScamForm(real), real).toBe(false);
  });

  it('finds none in src/data/contacts.ts', () => {
    expect(contactFormProblems()).toEqual([]);
  });

  it('reports the line of a contact printed in a scam-sign form, for the number shown and the one dialled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contacts-'));
    const file = join(dir, 'contacts.ts');
    writeFileSync(file, "// e-CNY app\n  {\n    display: '+86 10 956196',\n    tel: '+8610956196',\n  },\n");
    const app = {
      kind: 'phone',
      id: 'x',
      name: '数字人民币 App 客服热线',
      display: '+86 10 956196',
      tel: '+8610956196',
      use: '',
      en: { name: '', use: '' },
    } as const;
    expect(messages(contactFormProblems(file, [app]))).toEqual([
      '3：联系方式“数字人民币 App 客服热线”写成了“+86 10 956196”：95 开头的号码前面加了别的数字，正是本站教读者当成诈骗信号的样子。中文页面请写读者在中国内地直接拨的号码（例如 956196），前后不加任何数字。',
      '4：联系方式“数字人民币 App 客服热线”写成了“+8610956196”：95 开头的号码前面加了别的数字，正是本站教读者当成诈骗信号的样子。中文页面请写读者在中国内地直接拨的号码（例如 956196），前后不加任何数字。',
    ]);
  });
});
