import { afterEach, describe, expect, it } from 'vitest';
import { noticeSchema } from './notice';
import { parseBeijingTime } from '../lib/content/beijing-time';
import { rawTimes } from '../lib/content/notice-loader';

const valid = {
  title: '今晚系统维护通知',
  start: '2026-12-05 20:00',
  end: '2026-12-05 23:00',
  source: '工商银行官网公告',
};

function messages(data: unknown): string[] {
  const r = noticeSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const zoneBefore = process.env['TZ'];
afterEach(() => {
  if (zoneBefore === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zoneBefore;
});

describe('notice times are Beijing time', () => {
  for (const zone of ['UTC', 'America/New_York']) {
    it(`reads a time without an offset as +08:00 with TZ=${zone}`, () => {
      process.env['TZ'] = zone;
      // The zone really changed for this process (New York is behind UTC in December).
      expect(new Date(2026, 11, 5).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : 300);
      const r = noticeSchema.parse({ ...valid, start: '2026-12-05T20:00:00', end: '2026-12-05 23:30' });
      expect(r.start.toISOString()).toBe('2026-12-05T12:00:00.000Z');
      expect(r.end?.toISOString()).toBe('2026-12-05T15:30:00.000Z');
      expect(noticeSchema.parse({ ...valid, start: '2026-12-05', end: undefined }).start.toISOString()).toBe(
        '2026-12-04T16:00:00.000Z',
      );
    });
  }

  it('keeps an offset that is written', () => {
    expect(parseBeijingTime('2026-12-05T20:00:00Z')?.toISOString()).toBe('2026-12-05T20:00:00.000Z');
    expect(parseBeijingTime('2026-12-05T20:00:00+08:00')?.toISOString()).toBe('2026-12-05T12:00:00.000Z');
    expect(parseBeijingTime('2026-12-05 20:00 +0900')?.toISOString()).toBe('2026-12-05T11:00:00.000Z');
    expect(parseBeijingTime('2026-12-5 9:05')?.toISOString()).toBe('2026-12-05T01:05:00.000Z');
  });

  it('rejects what is not a calendar time', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-12-05 24:00',
      '2026-12-05 20:60',
      '12月5日 20:00',
      '2026/12/05',
    ]) {
      expect(parseBeijingTime(bad), bad).toBeUndefined();
    }
    expect(messages({ ...valid, start: '2026-02-30 20:00' })).toEqual([
      'start: start 不是有效的时间：“2026-02-30 20:00”。请写北京时间，例如 start: 2026-12-01 22:00（不写时区就按北京时间）。',
    ]);
  });

  it('hands the schema the times as written, not as YAML 1.1 dates', () => {
    const file = '---\ntitle: 维护通知\nstart: 2026-12-05T20:00:00\nend: 2026-12-05 23:00\n---\n正文\n';
    expect(rawTimes(file)).toEqual({ start: '2026-12-05T20:00:00', end: '2026-12-05 23:00' });
    expect(rawTimes('---\ntitle: x\n---\n')).toEqual({});
  });
});

describe('noticeSchema', () => {
  it('accepts a notice with no end (until removed), and an empty end', () => {
    expect(noticeSchema.parse({ ...valid, end: undefined }).end).toBeUndefined();
    expect(noticeSchema.parse({ ...valid, end: null }).end).toBeUndefined();
    expect(noticeSchema.parse(valid).severity).toBe('info');
  });

  it('fails an end that is not after the start, naming the field, in Beijing time', () => {
    expect(messages({ ...valid, end: '2026-12-05 20:00' })).toEqual([
      'end: end（结束时间）2026-12-05 20:00 不晚于 start（开始时间）2026-12-05 20:00（北京时间）。请把 end 改到开始之后；公告一直有效就删掉 end 这一行。',
    ]);
    expect(messages({ ...valid, end: '2026-12-05T12:00:00Z' })[0]).toMatch(
      /^end: end（结束时间）2026-12-05 20:00 不晚于/,
    );
    expect(messages({ ...valid, end: '2026-12-04 23:00' })).toHaveLength(1);
  });

  it('asks for a missing start', () => {
    expect(messages({ ...valid, start: undefined })).toEqual([
      'start: 公告缺少 start（开始时间）。请写北京时间，例如 start: 2026-12-01 22:00（不写时区就按北京时间）。',
    ]);
  });
});
