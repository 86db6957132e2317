// Dates are shown in China Standard Time, whatever the build machine's time zone.
const zone = 'Asia/Shanghai';

/** YYYY-MM-DD in China Standard Time, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );
}

/** 2026年11月26日 */
export function chineseDate(date: Date): string {
  return date.toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: zone });
}

/** 2026年12月5日 20:00 (China Standard Time, 24-hour clock), for notice windows. */
export function chineseDateTime(date: Date): string {
  return date.toLocaleString('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  });
}

/** 5 December 2026 (China Standard Time), for English pages. */
export function englishDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: zone });
}

/** 5 December 2026, 20:00 (China Standard Time, 24-hour clock), for English notice windows. */
export function englishDateTime(date: Date): string {
  return date.toLocaleString('en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  });
}
