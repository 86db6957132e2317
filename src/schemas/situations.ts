import { z } from 'astro/zod';
import { articleRef } from './article';

/** Longest situation line, in characters: one line above the suggestions on a 360 px phone. */
export const situationLineMax = 60;

/**
 * Longest line of the English edition's situations (content/en/situations.yaml), in characters:
 * English takes about twice the characters of Chinese for the same sentence, and the same three
 * lines of a 360 px phone hold about 120 of them.
 */
export const englishSituationLineMax = 120;

/** A list of words (one concept, the "already" words, the negations). */
const words = (what: string) =>
  z
    .array(
      z.preprocess(
        // 95588 written without quotes is a word too.
        (v) => (typeof v === 'number' ? String(v) : v),
        z
          .string({ error: `${what}里的每一项都要是文字。` })
          .trim()
          .min(1, { error: `${what}里有一项是空的，请删掉它。` })
          .max(24, { error: `${what}里的词最多 24 个字，请写成短词，不要写整句。` }),
      ),
      { error: `${what}要写成列表，例如 [验证码, 短信里的数字]。` },
    )
    .min(1, { error: `${what}至少写一个词。` });

/** One situation of `content/situations.yaml` (or content/en/, with `lineMax` characters per line). */
const situationOf = (lineMax: number, tooLong = `line 最多 ${lineMax} 个字（号码算 5 个字），手机上要一眼读完。`) =>
  z
    .object(
      {
        /** Stable id: lower-case letters, digits and hyphens. */
        id: z
          .string({ error: '每个处境都要写 id，例如 id: scam-in-progress。' })
          .regex(/^[a-z0-9-]+$/, { error: 'id 只能用小写英文字母、数字和连字符，例如 scam-in-progress。' }),
        /** The article that must come first (`栏目/文件名`). */
        article: articleRef,
        /**
         * The one line shown above the suggestions: plain text; a phone number only as
         * {联系方式 id} from src/data/contacts.ts, e.g. {icbc-hotline}.
         */
        line: z
          .string({ error: '每个处境都要写 line：显示在搜索建议上面的一句话。' })
          .trim()
          .min(6, { error: 'line 太短，请写清读者现在该做什么。' })
          // A {phone id} counts as the five digits of a number.
          .refine((s) => Array.from(s.replace(/\{[^{}]*\}/g, '95588')).length <= lineMax, { error: tooLong })
          .refine((s) => !/[<>]/.test(s), { error: 'line 只能是纯文字，不能写 < > 或 HTML 标签。' }),
        /** yes: only once it has happened; no: only while it has not; any: either (default). */
        already: z
          .enum(['yes', 'no', 'any'], {
            error: 'already 只能写 yes（已经发生了才算）、no（还没发生才算）或 any（都算）。',
          })
          .default('any'),
        /** Concept groups that must occur together: name → words; every group needs one of its words. */
        concepts: z.record(z.string(), words('concepts 的每一组'), {
          error: 'concepts 要写成“组名: [词, 词]”，例如\n  who: [客服, 警察]\n  what: [验证码]',
        }),
        /** Words that rule the situation out (子钱包: a sub-wallet's balance, not theft). */
        unless: words('unless').optional(),
      },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `不认识的字段：${(iss as { keys?: string[] }).keys?.join('、') ?? ''}。处境只能写 id、article、line、already、concepts、unless。`
            : '每个处境要写成一组字段：id、article、line、concepts（可选 already、unless）。',
      },
    )
    .strict()
    .refine((s) => Object.keys(s.concepts).length + (s.already === 'any' ? 0 : 1) >= 2, {
      error:
        '处境要由几个同时出现的概念组成：concepts 至少写两组（例如 who 和 what），或者一组再加 already: yes / no。只凭一个词会把无关的问题也当成这个处境。',
    });

/** One situation of `content/situations.yaml`. */
export const situationSchema = situationOf(situationLineMax);

/** A situations file: the shared words and the situations, tried in order. */
const situationsFileOf = (situation: ReturnType<typeof situationOf>, name: string) =>
  z
    .object(
      {
        /** Words that say it has already happened (已经, 转了, 说了 …). */
        already: words('already'),
        /** Words that take "already" back when they come just before it (没有给, 没说, 还没 …). */
        negations: words('negations'),
        /** The situations, most urgent first: the first that matches wins. */
        situations: z
          .array(situation, { error: 'situations 要写成列表，每个处境以“- id: …”开头。' })
          .min(1, { error: 'situations 至少写一个处境。' }),
      },
      { error: `${name} 要有三部分：already、negations 和 situations。` },
    )
    .strict()
    .refine((f) => new Set(f.situations.map((s) => s.id)).size === f.situations.length, {
      error: '有两个处境用了同一个 id，请给其中一个换个名字。',
      path: ['situations'],
    });

/** `content/situations.yaml`: the shared words and the situations, tried in order. */
export const situationsSchema = situationsFileOf(situationSchema, 'content/situations.yaml');

/** `content/en/situations.yaml`: the same, in English, each line up to 120 characters. */
export const englishSituationsSchema = situationsFileOf(
  situationOf(
    englishSituationLineMax,
    `line: at most ${englishSituationLineMax} characters (a {phone id} counts as 5), so a reader takes it in at a glance on a phone. Shorten it.`,
  ),
  'content/en/situations.yaml',
);

/** Validated situations. */
export type Situations = z.infer<typeof situationsSchema>;
/** One validated situation. */
export type Situation = z.infer<typeof situationSchema>;

/** The {联系方式 id} placeholders of a line. */
export const linePlaceholders = (line: string): string[] => [...line.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');

/** The messages of `situationProblems`, in the language of the file's editors. */
const problemText = {
  'zh-CN': {
    draft: (id: string, a: string) =>
      `处境“${id}”的文章 ${a} 还是草稿（draft: true），读者打不开。请先发布它，或换一篇已发布的文章。`,
    missing: (id: string, a: string) =>
      `处境“${id}”的文章 ${a} 不存在。请写成“栏目/文件名”，并确认 content/${a}.mdx 存在。`,
    digits: (id: string) =>
      `处境“${id}”的 line 里直接写了号码。号码只能写成 src/data/contacts.ts 里的 id，例如 {icbc-hotline}、{police-110}，构建时换成核实过的号码，读者点了就能拨打。`,
    unknown: (id: string, p: string) =>
      `处境“${id}”的 line 里的 {${p}} 不是 src/data/contacts.ts 里的电话或短信号码 id。号码要写成 {icbc-hotline} 这样的 id，例如 {police-110}。`,
    order: (id: string) =>
      `处境“${id}”的 line 把银行 {icbc-hotline} 写在了 {police-110} 前面。安全的顺序是先挂断、先报警，再找银行：请把 {police-110} 写在前面。`,
  },
  en: {
    draft: (id: string, a: string) =>
      `situation "${id}": its article ${a} is a draft (draft: true), which readers cannot open. Publish it first, or name a published article.`,
    missing: (id: string, a: string) =>
      `situation "${id}": its article ${a} does not exist. Write it as section/file-name and make sure content/en/${a}.mdx exists.`,
    digits: (id: string) =>
      `situation "${id}": the line types a number. Write numbers only as ids of src/data/contacts.ts, e.g. {icbc-hotline} or {police-110}; the build puts in the checked number, and readers can tap it.`,
    unknown: (id: string, p: string) =>
      `situation "${id}": {${p}} in the line is not a phone or SMS id of src/data/contacts.ts. Write an id such as {icbc-hotline} or {police-110}.`,
    order: (id: string) =>
      `situation "${id}": the line names the bank, {icbc-hotline}, before {police-110}. The safe order is hang up, then the police, then the bank: put {police-110} first.`,
  },
} as const;

/**
 * Problems the schema cannot see, each with the path of the field: articles that are not
 * published, placeholders that name no phone of src/data/contacts.ts, typed numbers, and the
 * bank named before the police (the fraud pages' safe order). Messages in `lang`, the language
 * of the file's editors (content/en/situations.yaml: English).
 */
export function situationProblems(
  file: Situations,
  published: ReadonlySet<string>,
  drafts: ReadonlySet<string>,
  phones: ReadonlySet<string>,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): { path: (string | number)[]; message: string }[] {
  const t = problemText[lang];
  return file.situations.flatMap((s, i) => {
    const out: { path: (string | number)[]; message: string }[] = [];
    if (drafts.has(s.article)) out.push({ path: ['situations', i, 'article'], message: t.draft(s.id, s.article) });
    else if (!published.has(s.article))
      out.push({ path: ['situations', i, 'article'], message: t.missing(s.id, s.article) });
    if (/\d{3,}/.test(s.line.replace(/\{[^{}]*\}/g, '')))
      out.push({ path: ['situations', i, 'line'], message: t.digits(s.id) });
    const ids = linePlaceholders(s.line);
    for (const p of ids) if (!phones.has(p)) out.push({ path: ['situations', i, 'line'], message: t.unknown(s.id, p) });
    const [bank, police] = [ids.indexOf('icbc-hotline'), ids.indexOf('police-110')];
    if (bank >= 0 && police > bank) out.push({ path: ['situations', i, 'line'], message: t.order(s.id) });
    return out;
  });
}
