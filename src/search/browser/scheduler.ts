// When the instant engine indexes: the first articles in short slices that let a keystroke in
// between (grow), all of them at once when a reader's query is waiting (hurry), the rest in idle
// time (complete). The engine (src/search/shared/engine.ts) only indexes and ranks.
import type { IndexWork } from '../shared/engine';

/** The time sources the scheduler uses; tests give it a fake clock. */
export interface Clock {
  now(): number;
  /** Runs `fn` soon, after other tasks. */
  later(fn: () => void): void;
  /** Runs `fn` when the browser is idle, with the idle time left (ms); undefined where it cannot tell. */
  idle?: ((fn: (left: () => number) => void) => void) | undefined;
}

/** The browser's clock. */
export const browserClock: Clock = {
  now: () => performance.now(),
  later: (fn) => void setTimeout(fn, 0),
  idle:
    typeof requestIdleCallback === 'function'
      ? (fn) => void requestIdleCallback((d) => fn(() => d.timeRemaining()), { timeout: 2000 })
      : undefined,
};

/** A grow slice: 20 ms, under the 50 ms of a long task. */
export const growSliceMs = 20;
/** An idle slice stops after this long, so that a keystroke waits at most that long. */
export const idleSliceMs = 6;

/** The indexing of one engine, scheduled. */
export interface Schedule {
  /** Settles when every article is indexed, in pinyin too (the rest in idle time, after one warm-up query). */
  complete: Promise<void>;
  /**
   * Indexes the first `n` articles now, in slices that let the page answer a keystroke between
   * them; settles when they are in.
   */
  grow(n: number): Promise<void>;
  /** Indexes at once the articles `grow` still has to do: a reader's query is waiting for them. */
  hurry(): void;
}

/** Schedules an engine's indexing. */
export function schedule(work: IndexWork, clock: Clock = browserClock): Schedule {
  /**
   * Runs `slice` when the browser is idle (Pagefind's responses go first), or soon where it
   * cannot tell. `more()` says whether to go on.
   */
  const whenIdle = (slice: (more: () => boolean) => void) => {
    const run = (left: () => number) => {
      const end = clock.now() + idleSliceMs;
      slice(() => clock.now() < end && left() > 1);
    };
    if (clock.idle) clock.idle(run);
    else clock.later(() => run(() => Infinity));
  };

  // In idle time: first one query, so that the reader's first keystroke finds the query path
  // compiled (its patterns, the word segmenter, the engine's code), then the remaining articles.
  const complete = new Promise<void>((resolve) => {
    const slice = (more: () => boolean) => {
      // At least a few per slice, so that a busy page still finishes.
      for (let n = 0; work.left() && (n < 5 || more()); n++) work.step();
      if (work.left()) whenIdle(slice);
      else resolve();
    };
    whenIdle(() => {
      work.warm();
      if (work.left()) whenIdle(slice);
      else resolve();
    });
  });

  // Slices of 20 ms on a timer, not scheduler.yield(): going on ahead of other work delayed
  // Pagefind's start and the first answer in the benchmark.
  let growTo = 0;
  const grow = async (n: number) => {
    const upTo = Math.min(n, work.total);
    growTo = Math.max(growTo, upTo);
    while (work.indexed() < upTo) {
      const end = clock.now() + growSliceMs;
      while (work.indexed() < upTo && clock.now() < end) work.next();
      if (work.indexed() < upTo) await new Promise<void>((resolve) => clock.later(resolve));
    }
  };

  return {
    complete,
    grow,
    hurry: () => {
      while (work.indexed() < growTo) work.next();
    },
  };
}
