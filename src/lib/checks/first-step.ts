// Fix articles open with the one action that matters most: a short <FirstStep> box before
// anything else, so a worried reader sees it without scrolling.
import { getSection } from '../../data/sections';
import type { RawArticle } from '../content/disk';
import { isDraft, lineAt } from './article-context';
import type { Problem } from './problem';
import { isEnglishFile } from './facts';

/** The most text a <FirstStep> box may hold: about three lines on a 360 px phone. */
export const firstStepMaxChars = 90;

/** The same for English (letters take more room than Chinese characters): about four short lines. */
export const englishFirstStepMaxChars = 130;

/** The messages in the language of the file's editors (English files: content/en/…). */
const messages = {
  'zh-CN': {
    missing:
      '解决步骤的文章必须以“先做这一步”开头。请在正文第一行写 <FirstStep>最要紧的一件事，两三行以内。</FirstStep>',
    first: '<FirstStep> 要放在正文最前面，前面不能有别的文字。请把它移到正文第一行。',
    open: '<FirstStep> 没有结束。请在这段文字后面写 </FirstStep>。',
    long: (n: number, max: number) =>
      `“先做这一步”有 ${n} 个字，最多 ${max} 个。只写最要紧的一件事，其余的放进后面的步骤。`,
    twice: '一篇文章只能有一个 <FirstStep>。请删掉多余的那个。',
  },
  en: {
    missing:
      'a fix article opens with its first step. Write on the first line of the body: <FirstStep>the one thing to do now, in two or three lines.</FirstStep>',
    first: '<FirstStep> must come first in the body, before any other text: move it to the first line.',
    open: '<FirstStep> is not closed: write </FirstStep> after its text.',
    long: (n: number, max: number) =>
      `the first step has ${n} characters (not counting spaces), at most ${max}. Keep the one thing that matters most and move the rest into the steps below.`,
    twice: 'an article has one <FirstStep>: remove the extra one.',
  },
} as const;

/** Problems with the opening box of an article in a fix section (other sections and drafts pass). */
export function firstStepProblems(a: RawArticle): Problem[] {
  if (isDraft(a) || !getSection(a.id.split('/')[0] ?? '')?.fix) return [];
  const open = a.body.indexOf('<FirstStep>');
  const lineOf = (i: number) => lineAt(a, Math.max(0, i));
  const english = isEnglishFile(a.filePath);
  const m = messages[english ? 'en' : 'zh-CN'];
  const max = english ? englishFirstStepMaxChars : firstStepMaxChars;
  if (open < 0) {
    return [
      {
        file: a.filePath,
        line: a.bodyLine,
        message: m.missing,
      },
    ];
  }
  const problems: Problem[] = [];
  if (a.body.slice(0, open).trim() !== '') {
    problems.push({
      file: a.filePath,
      line: lineOf(open),
      message: m.first,
    });
  }
  const close = a.body.indexOf('</FirstStep>', open);
  if (close < 0) {
    problems.push({
      file: a.filePath,
      line: lineOf(open),
      message: m.open,
    });
    return problems;
  }
  const text = a.body
    .slice(open + '<FirstStep>'.length, close)
    .replace(/<[^>]+>|\[|\]\([^)]*\)|\*\*/g, '')
    .replace(/\s+/g, '');
  if (text.length > max) {
    problems.push({
      file: a.filePath,
      line: lineOf(open),
      message: m.long(text.length, max),
    });
  }
  if (a.body.indexOf('<FirstStep>', close) >= 0) {
    problems.push({
      file: a.filePath,
      line: lineOf(a.body.indexOf('<FirstStep>', close)),
      message: m.twice,
    });
  }
  return problems;
}
