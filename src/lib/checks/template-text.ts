// Text the scaffolder (`npm run new`) leaves for the editor to replace must not be published.
import type { RawArticle } from '../content/disk';
import { isDraft } from './article-context';
import type { Problem } from './problem';

/** Sample text written by `npm run new`; a published article must not contain it. */
export const templatePlaceholders = [
  '草稿摘要',
  '先用一两句话直接回答读者最关心的问题',
  '最要紧的一件事：读者现在先做什么',
  '先用一两句话说明为什么会这样',
  '第一件要确认的事',
  '第一步做什么',
] as const;

/** Placeholders left in a published article. */
export function templateTextProblems(a: RawArticle): Problem[] {
  if (isDraft(a)) return [];
  const text = `${JSON.stringify(a.data ?? {})}\n${a.body}`;
  return templatePlaceholders
    .filter((placeholder) => text.includes(placeholder))
    .map((placeholder) => ({
      file: a.filePath,
      message: `还留着模板里的示例文字“${placeholder}”。请改写成真正的内容，或者先保留 draft: true。`,
    }));
}
