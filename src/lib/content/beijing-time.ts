// Notice times as editors write them. Beijing has had no daylight saving since 1991, so
// "Beijing time" is the fixed offset +08:00 and needs no time-zone database.

// 2026-12-05 · 2026-12-5 9:00 · 2026-12-05T20:00:00 · …20:00:00.000 · …Z · …+08:00 · …+0800
const pattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const pad = (s: string | undefined, n = 2) => (s ?? '0').padStart(n, '0');

/**
 * Reads a time; without an offset it is Beijing time (+08:00), whatever the machine's zone.
 * Returns undefined for anything that is not a real calendar time (2026-02-30, 24:10, …).
 */
export function parseBeijingTime(text: string): Date | undefined {
  const m = pattern.exec(text.trim());
  if (!m) return undefined;
  const [, y = '', mo = '', d = '', h, mi, s, ms, zone] = m;
  const daysInMonth = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > daysInMonth) return undefined;
  if (Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) return undefined;
  let offset = '+08:00';
  if (zone?.toUpperCase() === 'Z') offset = 'Z';
  else if (zone) offset = `${zone.slice(0, 3)}:${zone.length > 3 ? zone.slice(-2) : '00'}`;
  const date = new Date(
    `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${(ms ?? '').padEnd(3, '0')}${offset}`,
  );
  return Number.isNaN(date.getTime()) ? undefined : date;
}
