// Which notices are upcoming, current or past. The build decides with its own clock (what
// readers without JavaScript see); every page also carries each window (`windowAttr`), and the
// head script (src/client/head.js) applies the same rule with the reader's clock.

/** The part of a notice the selection needs. */
export interface NoticeLike {
  id: string;
  data: { start: Date; end?: Date | undefined };
}

/** 0 = upcoming, 1 = current, 2 = past (also the `phase-N` list ids of /notices/). */
export type Phase = 0 | 1 | 2;

/** The latest time a Date can hold: the end of a notice that stays until removed. */
const forever = 8.64e15;

/** Where `now` falls in the notice's window: start inclusive, end exclusive, no end = forever. */
export function phase(n: NoticeLike, now: Date): Phase {
  const t = now.getTime();
  if (t < n.data.start.getTime()) return 0;
  return t < (n.data.end?.getTime() ?? forever) ? 1 : 2;
}

/** True when the notice's window contains `now` (no end means it stays until removed). */
export function isActive(n: NoticeLike, now: Date): boolean {
  return phase(n, now) === 1;
}

/**
 * `data-win` of a notice element: start and end in epoch milliseconds, for the head script
 * (phase = how many of the two times have passed), the same rule as `phase`.
 */
export function windowAttr(n: NoticeLike): string {
  return `${n.data.start.getTime()} ${n.data.end?.getTime() ?? forever}`;
}

/** The notices split by `phase` at `now`: upcoming soonest first, current and past newest first. */
export function splitNotices<T extends NoticeLike>(
  all: readonly T[],
  now: Date,
): { upcoming: T[]; current: T[]; past: T[] } {
  const sorted = [...all].sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
  const of = (p: Phase) => sorted.filter((n) => phase(n, now) === p);
  return { upcoming: of(0).reverse(), current: of(1), past: of(2) };
}
