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

/** Most answers a question may offer; the first question may offer more (the urgent ones first). */
export const maxAnswers = { start: 8, other: 5 } as const;

/** A question node: 2 to 5 answers (up to 8 on the first question). */
export const questionSchema = z.object({
  /** The question, short and in the reader's words. */
  question: z
    .string({ error: '问题节点要写 question。' })
    .trim()
    .min(4, { error: 'question 太短，请写成完整的问题（至少 4 个字）。' })
    .max(60, { error: 'question 最多 60 个字。' }),
  /** Optional one-line help under the question. */
  hint: z.string().trim().max(120, { error: 'hint 最多 120 个字。' }).optional(),
  /** What the reader can answer. */
  answers: z
    .array(answerSchema, { error: 'answers 必须是列表。' })
    .min(2, { error: '问题至少要有 2 个回答。' })
    .max(maxAnswers.start, { error: `问题最多 ${maxAnswers.start} 个回答，多了读者难选；请拆成两步。` }),
});

/** An outcome node: where the conversation ends. */
export const outcomeSchema = z.object({
  /** What we think the problem is, as a heading. */
  title: z
    .string({ error: '结果节点要写 title。' })
    .trim()
    .min(4, { error: '结果的 title 至少 4 个字。' })
    .max(40, { error: 'title 最多 40 个字。' }),
  /** One or two sentences: what to do now. */
  summary: z
    .string({ error: '结果节点要写 summary。' })
    .trim()
    .min(10, { error: 'summary 至少 10 个字，请写清读者现在该做什么。' })
    .max(200, { error: 'summary 最多 200 个字。' }),
  /** Articles to read, as section/slug. 1 to 3. */
  articles: z
    .array(articleRef)
    .min(1, { error: '结果至少要推荐 1 篇文章。' })
    .max(3, { error: '结果最多推荐 3 篇文章。' }),
  /** true when the reader should call before anything else (theft, unknown transactions, fraud). */
  urgent: z.boolean({ error: 'urgent 只能写 true 或 false。' }).default(false),
  /** Whom an urgent outcome says to call first: the bank (default) or, for fraud, the police. */
  call: z
    .enum(['icbc-hotline', 'police-110'], {
      error: 'call 只能写 icbc-hotline（先打 95588）或 police-110（被骗了，先打 110）。',
    })
    .default('icbc-hotline'),
  /**
   * Optional: what the reader does before that call, when it is not a number the site prints
   * (a lost phone: stop the SIM through the carrier's own line). The urgent box shows it as step 1.
   */
  first: z
    .string({ error: 'first 要写成一句话：打电话之前先做的那一步。' })
    .trim()
    .min(6, { error: 'first 至少 6 个字，请写清先做什么。' })
    .max(80, { error: 'first 最多 80 个字。' })
    .optional(),
});

const mixed = (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `不认识或不该出现的字段：${(iss.keys ?? []).join('、')}。问题节点只写 question、hint、answers；结果节点只写 title、summary、articles、urgent、call、first，两种不能混写。`
    : undefined;
const strictQuestion = z.strictObject(questionSchema.shape, { error: mixed });
const strictOutcome = z.strictObject(outcomeSchema.shape, { error: mixed });

/**
 * A node is a question (it has `answers`) or an outcome, never both. Checked against the one
 * it looks like, so the messages are about the fields the editor actually wrote.
 */
export const nodeSchema = z
  .custom<z.output<typeof strictQuestion> | z.output<typeof strictOutcome>>()
  .transform((value, ctx) => {
    const isQ = typeof value === 'object' && value !== null && 'answers' in value;
    const result = (isQ ? strictQuestion : strictOutcome).safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });

/** The whole troubleshooter file (`content/troubleshooter.yaml`). */
export const troubleshooterSchema = z
  .object({
    /** Id of the first node. */
    start: z.string({ error: '请在文件开头写 start: 第一个节点的 id' }),
    /** Nodes by id (lowercase ASCII, hyphens). */
    nodes: z.record(
      z.string().regex(/^[a-z0-9-]+$/, { error: '节点 id 只能用小写英文字母、数字和连字符。' }),
      nodeSchema,
    ),
  })
  .superRefine((tree, ctx) => {
    // Only the first question may be longer: it lists the urgent cases before the others.
    for (const [id, node] of Object.entries(tree.nodes)) {
      if (!('answers' in node) && node.first !== undefined && !node.urgent) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', id, 'first'],
          message: 'first 只用在紧急的结果上：请同时写 urgent: true，或删掉 first。',
        });
      }
      if (id !== tree.start && 'answers' in node && node.answers.length > maxAnswers.other) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', id, 'answers'],
          message: `问题最多 ${maxAnswers.other} 个回答（只有第一个问题可以到 ${maxAnswers.start} 个），多了读者难选；请拆成两步。`,
        });
      }
    }
  });

/** A validated troubleshooter. */
export type Troubleshooter = z.infer<typeof troubleshooterSchema>;
/** One node. */
export type TroubleNode = z.output<typeof nodeSchema>;
/** A question node. */
export type QuestionNode = z.infer<typeof questionSchema>;
/** An outcome node. */
export type OutcomeNode = z.infer<typeof outcomeSchema>;
