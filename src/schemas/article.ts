import { z } from 'astro/zod';

// Editors read these messages: each says what is wrong and what to write instead.
z.config(z.locales.zhCN());

/** Limits shared by the schema, the content check and the SEO tests. */
export const limits = {
  titleMax: 30,
  descriptionMin: 40,
  descriptionMax: 160,
} as const;

/** A reference to another article: `<section>/<slug>`, e.g. `fixes/payment-failed`. */
export const articleRef = z
  .string({ error: '请写成“栏目/文件名”的形式，例如 fixes/payment-failed。' })
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, {
    error: '请写成“栏目/文件名”的形式，只用小写字母、数字和连字符，例如 fixes/payment-failed。',
  });

/** Fields a frontmatter may have; any other name is almost always a typo (darft: true). */
const unknownFields = (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `不认识的字段：${(iss.keys ?? []).join('、')}。是不是拼错了？可以用的字段有 title、description、order、keywords、related、fraud、draft、updated。`
    : undefined;

/** Frontmatter of a help article. The section is not a field: it is the folder the file is in. */
export const articleSchema = z.strictObject(
  {
    /** Page title, the words a reader would search for. Required, at most 30 characters. */
    title: z
      .string({ error: '缺少 title（标题）。请加一行，例如 title: 付款时提示失败怎么办' })
      .trim()
      .min(4, { error: 'title（标题）太短，请写出读者会搜索的完整说法（至少 4 个字）。' })
      .max(limits.titleMax, {
        error: `title（标题）最多 ${limits.titleMax} 个字，请缩短，把补充说明写进 description。`,
      }),
    /** Meta description and search-result snippet. Required, 40–160 characters. */
    description: z
      .string({ error: '缺少 description（摘要）。请用一两句话写清这篇能帮读者解决什么。' })
      .trim()
      .min(limits.descriptionMin, {
        error: `description（摘要）至少 ${limits.descriptionMin} 个字，请写成一两句完整的话。`,
      })
      .max(limits.descriptionMax, {
        error: `description（摘要）最多 ${limits.descriptionMax} 个字，请删去次要内容。`,
      }),
    /** Position within the section, smallest first. Required whole number. */
    order: z
      .number({ error: 'order（排序）必须是数字，例如 order: 3（不要加引号）。' })
      .int({ error: 'order（排序）必须是整数，例如 order: 3。' })
      .min(0, { error: 'order（排序）不能是负数。' }),
    /** Phrasings readers type, searchable but never shown. At least one. */
    keywords: z
      .array(
        z
          .string({
            // YAML reads an unquoted 95588 as a number (and 0095588 as 95588): say to quote it.
            error: (iss) =>
              typeof iss.input === 'number'
                ? `keywords 里的 ${iss.input} 没加引号，会被当成数字。请给它加上引号，写成 "${iss.input}"（号码前面有 0 的，照原样写在引号里）。`
                : 'keywords 里的每一项都必须是文字。',
          })
          .trim()
          .min(1),
        {
          error: '缺少 keywords（搜索词）。请写成列表，例如 keywords: [付不了款, 支付失败]',
        },
      )
      .min(1, { error: 'keywords（搜索词）至少写一个读者会输入的说法。' }),
    /** Other articles worth reading next, as `section/slug`. */
    related: z.array(articleRef, { error: 'related 必须是列表，例如 related: [fixes/payment-failed]' }).default([]),
    /** `true` on pages about fraud: the closing “还没解决？” route then starts with 110. */
    fraud: z.boolean({ error: 'fraud 只能写 true 或 false（不加引号）：讲诈骗、被骗的文章写 true。' }).default(false),
    /** `true` keeps the article out of the build; the dev server still shows it. */
    draft: z.boolean({ error: 'draft 只能写 true 或 false（不加引号）。' }).default(false),
    /** Overrides the last-updated date taken from git, e.g. 2026-11-20. */
    updated: z.coerce.date({ error: 'updated 必须是日期，例如 updated: 2026-11-20' }).optional(),
  },
  { error: unknownFields },
);

/** Validated frontmatter of an article. */
export type ArticleData = z.infer<typeof articleSchema>;

/** Limits of the English edition: English titles need more characters than Chinese ones. */
export const englishLimits = {
  titleMax: 70,
  descriptionMin: 50,
  descriptionMax: 160,
} as const;

/** An English article's link to its Chinese counterpart: `<section>/<slug>` of a Chinese article. */
const englishRef = (field: string) =>
  z.string({ error: `${field} must be text like fixes/payment-failed.` }).regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, {
    error: `${field} must be "<section>/<file name>" in lowercase letters, digits and hyphens, e.g. fixes/payment-failed.`,
  });

/** Fields an English frontmatter may have (messages in English: its editors write English). */
const unknownEnglishFields = (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `Unknown field: ${(iss.keys ?? []).join(', ')}. A typo? The fields are title, description, order, keywords, related, fraud, draft, updated, counterpart, noCounterpart.`
    : undefined;

/**
 * Frontmatter of an English article (content/en/<section>/<slug>.mdx): the Chinese fields with
 * English messages and limits, plus exactly one of `counterpart` (the Chinese article it
 * corresponds to, checked to exist) or `noCounterpart` (why there is none).
 */
export const englishArticleSchema = z
  .strictObject(
    {
      /** Page title, the words a visitor would search for. Required, at most 70 characters. */
      title: z
        .string({ error: 'title is missing. Add a line such as: title: What to do when a payment fails' })
        .trim()
        .min(4, { error: 'title is too short: write the whole phrase a visitor would search for.' })
        .max(englishLimits.titleMax, {
          error: `title has more than ${englishLimits.titleMax} characters: shorten it and move the detail into description.`,
        }),
      /** Meta description and search-result snippet. Required, 50–160 characters. */
      description: z
        .string({ error: 'description is missing: say in one or two sentences what this article helps with.' })
        .trim()
        .min(englishLimits.descriptionMin, {
          error: `description needs at least ${englishLimits.descriptionMin} characters: write one or two full sentences.`,
        })
        .max(englishLimits.descriptionMax, {
          error: `description has more than ${englishLimits.descriptionMax} characters: drop the secondary details.`,
        }),
      /** Position within the section, smallest first. Required whole number. */
      order: z
        .number({ error: 'order must be a number, e.g. order: 3 (no quotes).' })
        .int({ error: 'order must be a whole number, e.g. order: 3.' })
        .min(0, { error: 'order cannot be negative.' }),
      /** Phrasings visitors type, searchable but never shown. At least one. */
      // A number as a keyword (keywords: [95588]) is what visitors type: read as text.
      keywords: z
        .array(
          z.preprocess(
            (v) => (typeof v === 'number' ? String(v) : v),
            z.string({ error: 'every keyword must be text.' }).trim().min(1),
          ),
          {
            error: 'keywords is missing: write a list, e.g. keywords: [payment failed, cannot pay]',
          },
        )
        .min(1, { error: 'keywords needs at least one phrase a visitor would type.' }),
      /** Other English articles worth reading next, as `section/slug`. */
      related: z
        .array(englishRef('each related entry'), {
          error: 'related must be a list, e.g. related: [fixes/payment-failed]',
        })
        .default([]),
      /** `true` on pages about fraud: the closing route then starts with 110. */
      fraud: z.boolean({ error: 'fraud must be true or false (no quotes).' }).default(false),
      /** `true` keeps the article out of the build; the dev server still shows it. */
      draft: z.boolean({ error: 'draft must be true or false (no quotes).' }).default(false),
      /** Overrides the last-updated date taken from git, e.g. 2026-11-20. */
      updated: z.coerce.date({ error: 'updated must be a date, e.g. updated: 2026-11-20' }).optional(),
      /** The Chinese article this one corresponds to, e.g. fixes/payment-failed. */
      counterpart: englishRef('counterpart').optional(),
      /** Why this article has no Chinese counterpart (e.g. a topic only visitors have). */
      noCounterpart: z
        .string({ error: 'noCounterpart must be a sentence saying why.' })
        .trim()
        .min(10, {
          error: 'noCounterpart must say why in a sentence (at least 10 characters).',
        })
        .optional(),
    },
    { error: unknownEnglishFields },
  )
  .refine((d) => (d.counterpart === undefined) !== (d.noCounterpart === undefined), {
    error:
      'Write exactly one of counterpart: <section>/<slug> (the Chinese article this one corresponds to) or noCounterpart: "<why there is none>".',
    path: ['counterpart'],
  });

/** Validated frontmatter of an English article. */
export type EnglishArticleData = z.infer<typeof englishArticleSchema>;
