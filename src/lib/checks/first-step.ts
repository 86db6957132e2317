// Fix articles open with the one action that matters most: a short <FirstStep> box before
// anything else, so a worried reader sees it without scrolling.
import { getSection } from '../../data/sections';
import type { RawArticle } from '../content/disk';
import { isDraft, lineAt } from './article-context';
import type { Problem } from './problem';

/** The most text a <FirstStep> box may hold: about three lines on a 360 px phone. */
export const firstStepMaxChars = 90;

/** Problems with the opening box of an article in a fix section (other sections and drafts pass). */
export function firstStepProblems(a: RawArticle): Problem[] {
  if (isDraft(a) || !getSection(a.id.split('/')[0] ?? '')?.fix) return [];
  const open = a.body.indexOf('<FirstStep>');
  const lineOf = (i: number) => lineAt(a, Math.max(0, i));
  if (open < 0) {
    return [
      {
        file: a.filePath,
        line: a.bodyLine,
        message:
          '解决步骤的文章必须以“先做这一步”开头。请在正文第一行写 <FirstStep>最要紧的一件事，两三行以内。</FirstStep>',
      },
    ];
  }
  const problems: Problem[] = [];
  if (a.body.slice(0, open).trim() !== '') {
    problems.push({
      file: a.filePath,
      line: lineOf(open),
      message: '<FirstStep> 要放在正文最前面，前面不能有别的文字。请把它移到正文第一行。',
    });
  }
  const close = a.body.indexOf('</FirstStep>', open);
  if (close < 0) {
    problems.push({
      file: a.filePath,
      line: lineOf(open),
      message: '<FirstStep> 没有结束。请在这段文字后面写 </FirstStep>。',
    });
    return problems;
  }
  const text = a.body
    .slice(open + '<FirstStep>'.length, close)
    .replace(/<[^>]+>|\[|\]\([^)]*\)|\*\*/g, '')
    .replace(/\s+/g, '');
  if (text.length > firstStepMaxChars) {
    problems.push({
      file: a.filePath,
      line: lineOf(open),
      message: `“先做这一步”有 ${text.length} 个字，最多 ${firstStepMaxChars} 个。只写最要紧的一件事，其余的放进后面的步骤。`,
    });
  }
  if (a.body.indexOf('<FirstStep>', close) >= 0) {
    problems.push({
      file: a.filePath,
      line: lineOf(a.body.indexOf('<FirstStep>', close)),
      message: '一篇文章只能有一个 <FirstStep>。请删掉多余的那个。',
    });
  }
  return problems;
}
