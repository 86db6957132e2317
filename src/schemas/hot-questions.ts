import { z } from 'astro/zod';
import { articleRef } from './article';

/** Most hot questions shown at once: the empty dialog must fit a phone screen. */
export const hotQuestionsMax = 8;

/** `content/hot-questions.yaml`: the questions shown before the reader types and with every no-result message. */
export const hotQuestionsSchema = z.object({
  /** Article ids (`栏目/文件名`) in the order readers see them; each an existing published article. */
  articles: z
    .array(articleRef, {
      error: '热门问题要写成列表，每行一个文章 id，例如：\n- fixes/payment-failed\n- fixes/account-restricted',
    })
    .min(1, { error: '热门问题至少写一篇文章，例如 - fixes/payment-failed' })
    .max(hotQuestionsMax, { error: `热门问题最多写 ${hotQuestionsMax} 篇，手机一屏放不下更多；请删去不常问的。` })
    .refine((ids) => new Set(ids).size === ids.length, { error: '热门问题里有同一篇文章写了两次，请删掉重复的一行。' }),
});

/** Validated hot questions. */
export type HotQuestions = z.infer<typeof hotQuestionsSchema>;

/**
 * Problems with the hot questions that the schema cannot see: ids that are not published
 * articles. `line(i)` is the file line of entry `i`.
 */
export function hotQuestionProblems(
  ids: readonly string[],
  published: ReadonlySet<string>,
  drafts: ReadonlySet<string>,
): { index: number; message: string }[] {
  return ids.flatMap((id, index) => {
    if (drafts.has(id))
      return [
        {
          index,
          message: `热门问题里的 ${id} 还是草稿（draft: true），读者看不到。请先发布它，或换一篇已发布的文章。`,
        },
      ];
    if (!published.has(id)) {
      return [
        {
          index,
          message: `热门问题里的 ${id} 不是已有的文章。请检查栏目和文件名（content/${id}.mdx 要存在），或删掉这一行。`,
        },
      ];
    }
    return [];
  });
}
