import { z } from 'astro/zod';
import { articleRef } from './article';

/** One answer of a question: what the reader taps, and the node it leads to. */
export const answerSchema = z.object({
  /** The answer as the reader would say it. Required. */
  label: z.string({ error: '每个回答都要写 label（读者点的文字）。' }).trim().min(1).max(30, {
    error: '回答的 label 最多 30 个字，请写短一些。',
  }),
  /** Id of the next node. Required. */
  next: z.string({ error: '每个回答都要写 next（点了以后去哪个节点）。' }).regex(/^[a-z0-9-]+$/, {
    error: 'next 只能用小写英文字母、数字和连字符，例如 payment-limit。',
  }),
});

/** A question node: 2 to 5 answers. */
export const questionSchema = z.object({
  /** The question, short and in the reader's words. */
  question: z.string({ error: '问题节点要写 question。' }).trim().min(4).max(60, { error: 'question 最多 60 个字。' }),
  /** Optional one-line help under the question. */
  hint: z.string().trim().max(120, { error: 'hint 最多 120 个字。' }).optional(),
  /** What the reader can answer. */
  answers: z
    .array(answerSchema, { error: 'answers 必须是列表。' })
    .min(2, { error: '问题至少要有 2 个回答。' })
    .max(5, { error: '问题最多 5 个回答，多了读者难选；请拆成两步。' }),
});

/** An outcome node: where the conversation ends. */
export const outcomeSchema = z.object({
  /** What we think the problem is, as a heading. */
  title: z.string({ error: '结果节点要写 title。' }).trim().min(4).max(40, { error: 'title 最多 40 个字。' }),
  /** One or two sentences: what to do now. */
  summary: z.string({ error: '结果节点要写 summary。' }).trim().min(10).max(200, { error: 'summary 最多 200 个字。' }),
  /** Articles to read, as section/slug. 1 to 3. */
  articles: z.array(articleRef).min(1, { error: '结果至少要推荐 1 篇文章。' }).max(3, { error: '结果最多推荐 3 篇文章。' }),
  /** true when the reader should call the bank before anything else (theft, unknown transactions). */
  urgent: z.boolean().default(false),
});

/** A node is a question or an outcome, never both. */
export const nodeSchema = z.union([questionSchema.strict(), outcomeSchema.strict()], {
  error: '每个节点要么是问题（question + answers），要么是结果（title + summary + articles），不能混写。',
});

/** The whole troubleshooter file (`content/troubleshooter.yaml`). */
export const troubleshooterSchema = z.object({
  /** Id of the first node. */
  start: z.string({ error: '请在文件开头写 start: 第一个节点的 id' }),
  /** Nodes by id (lowercase ASCII, hyphens). */
  nodes: z.record(
    z.string().regex(/^[a-z0-9-]+$/, { error: '节点 id 只能用小写英文字母、数字和连字符。' }),
    nodeSchema,
  ),
});

/** A validated troubleshooter. */
export type Troubleshooter = z.infer<typeof troubleshooterSchema>;
/** One node. */
export type TroubleNode = z.infer<typeof nodeSchema>;
/** A question node. */
export type QuestionNode = z.infer<typeof questionSchema>;
/** An outcome node. */
export type OutcomeNode = z.infer<typeof outcomeSchema>;
