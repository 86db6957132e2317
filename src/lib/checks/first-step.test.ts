import { describe, expect, it } from 'vitest';
import { firstStepMaxChars, firstStepProblems } from './first-step';
import type { RawArticle } from '../content/disk';

const article = (body: string, draft = false, id = 'fixes/x'): RawArticle => ({
  id,
  entry: 'fixes/x.mdx',
  filePath: 'content/fixes/x.mdx',
  data: { draft },
  body,
  bodyLine: 8,
});
const messages = (body: string, draft = false) =>
  firstStepProblems(article(body, draft)).map((p) => `${p.line}：${p.message}`);

describe('firstStepProblems', () => {
  it('accepts a short box at the very top', () => {
    expect(messages('\n<FirstStep>\n先拨打 <Phone id="icbc-hotline" />。\n</FirstStep>\n\n正文。')).toEqual([]);
  });

  it('asks for the box when it is missing, naming the first body line', () => {
    expect(messages('正文。')).toEqual([
      '8：解决步骤的文章必须以“先做这一步”开头。请在正文第一行写 <FirstStep>最要紧的一件事，两三行以内。</FirstStep>',
    ]);
  });

  it('wants it first, closed, short and single', () => {
    expect(messages('前言。\n\n<FirstStep>\n一件事。\n</FirstStep>')).toEqual([
      '10：<FirstStep> 要放在正文最前面，前面不能有别的文字。请把它移到正文第一行。',
    ]);
    expect(messages('<FirstStep>\n一件事。')).toEqual(['8：<FirstStep> 没有结束。请在这段文字后面写 </FirstStep>。']);
    const long = '字'.repeat(firstStepMaxChars + 1);
    expect(messages(`<FirstStep>${long}</FirstStep>`)).toEqual([
      `8：“先做这一步”有 ${firstStepMaxChars + 1} 个字，最多 ${firstStepMaxChars} 个。只写最要紧的一件事，其余的放进后面的步骤。`,
    ]);
    expect(messages('<FirstStep>一</FirstStep>\n\n<FirstStep>二</FirstStep>')).toEqual([
      '10：一篇文章只能有一个 <FirstStep>。请删掉多余的那个。',
    ]);
  });

  it('leaves drafts and other sections alone', () => {
    expect(messages('正文。', true)).toEqual([]);
    expect(firstStepProblems(article('正文。', false, 'faq/x'))).toEqual([]);
  });
});
