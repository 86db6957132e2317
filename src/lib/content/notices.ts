/** The part of a notice the selection needs. */
export interface NoticeLike {
  id: string;
  data: { start: Date; end?: Date | undefined };
}

/** True when the notice's window contains `now` (no end means it stays until removed). */
export function isActive(n: NoticeLike, now: Date): boolean {
  return n.data.start <= now && (!n.data.end || now < n.data.end);
}

/** Notices in force at `now`, newest first, and the rest (upcoming are left out), newest first. */
export function splitNotices<T extends NoticeLike>(all: readonly T[], now: Date): { current: T[]; past: T[] } {
  const newest = (a: T, b: T) => b.data.start.getTime() - a.data.start.getTime();
  return {
    current: all.filter((n) => isActive(n, now)).sort(newest),
    past: all.filter((n) => n.data.end && n.data.end <= now).sort(newest),
  };
}
