import { z } from 'astro/zod';
import { parseBeijingTime } from '../lib/content/beijing-time';

/**
 * A notice time. Editors write Beijing time: `2026-12-05 20:00`, `2026-12-05T20:00:00` or
 * `2026-12-05` mean +08:00 whatever the build machine's zone; `Z` or `+08:00` may be added.
 * The notice loader hands the schema the text as written (YAML would otherwise turn
 * `2026-12-05T20:00:00` into a UTC date before the schema sees it).
 */
function beijingTime(field: 'start' | 'end', example: string) {
  const hint = `请写北京时间，例如 ${field}: ${example}（不写时区就按北京时间）。`;
  return z.unknown().transform((value, ctx): Date => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({
        code: 'custom',
        message: `公告缺少 ${field}（${field === 'start' ? '开始' : '结束'}时间）。${hint}`,
      });
      return z.NEVER;
    }
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const date = typeof value === 'string' || typeof value === 'number' ? parseBeijingTime(String(value)) : undefined;
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `${field} 不是有效的时间：“${typeof value === 'string' ? value : JSON.stringify(value)}”。${hint}`,
      });
      return z.NEVER;
    }
    return date;
  });
}

/** Shows a time back to the editor in Beijing time, e.g. 2026-12-05 20:00. */
function beijing(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A service notice (`content/notices/*.md`): maintenance, outages, scam warnings. */
export const noticeSchema = z
  .object({
    /** Short headline shown in the banner. Required, at most 40 characters. */
    title: z
      .string({ error: '公告缺少 title（标题）。' })
      .trim()
      .min(4, { error: '公告 title 至少 4 个字。' })
      .max(40, { error: '公告 title 最多 40 个字，横幅放不下更长的标题。' }),
    /** When the banner starts showing, Beijing time, e.g. 2026-12-01 22:00. Required. */
    start: beijingTime('start', '2026-12-01 22:00'),
    /** When it stops showing, Beijing time; leave out (or leave empty) for "until removed". */
    end: z.preprocess(
      (v) => (v === null || v === '' ? undefined : v),
      beijingTime('end', '2026-12-02 06:00').optional(),
    ),
    /** info (blue), warning (amber) or critical (red). */
    severity: z
      .enum(['info', 'warning', 'critical'], { error: 'severity 只能写 info、warning 或 critical。' })
      .default('info'),
    /** Where the information comes from (an official announcement), shown under the notice. */
    source: z.string({ error: 'source 请写公告来源，例如“工商银行官网公告”。' }).trim().min(2),
  })
  .superRefine((n, ctx) => {
    if (n.end && n.start && n.end.getTime() <= n.start.getTime()) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end（结束时间）${beijing(n.end)} 不晚于 start（开始时间）${beijing(n.start)}（北京时间）。请把 end 改到开始之后；公告一直有效就删掉 end 这一行。`,
      });
    }
  });

/** A validated notice. */
export type NoticeData = z.infer<typeof noticeSchema>;
