import { z } from 'astro/zod';

/** A service notice (`content/notices/*.md`): maintenance, outages, scam warnings. */
export const noticeSchema = z.object({
  /** Short headline shown in the banner. Required, at most 40 characters. */
  title: z
    .string({ error: '公告缺少 title（标题）。' })
    .trim()
    .min(4, { error: '公告 title 至少 4 个字。' })
    .max(40, { error: '公告 title 最多 40 个字，横幅放不下更长的标题。' }),
  /** When the banner starts showing, e.g. 2026-12-01 or 2026-12-01T22:00:00+08:00. */
  start: z.coerce.date({ error: 'start 必须是日期，例如 start: 2026-12-01T22:00:00+08:00' }),
  /** When it stops showing; leave out for "until removed". */
  end: z.coerce.date({ error: 'end 必须是日期，例如 end: 2026-12-02T06:00:00+08:00' }).optional(),
  /** info (blue), warning (amber) or critical (red). */
  severity: z.enum(['info', 'warning', 'critical'], { error: 'severity 只能写 info、warning 或 critical。' }).default('info'),
  /** Where the information comes from (an official announcement), shown under the notice. */
  source: z.string({ error: 'source 请写公告来源，例如“工商银行官网公告”。' }).trim().min(2),
});

/** A validated notice. */
export type NoticeData = z.infer<typeof noticeSchema>;
