// Yielding to the page between slices of work. The page's own tasks must run first: scheduler.yield()
// continuations are queued ahead of them (https://wicg.github.io/scheduling-apis/#sec-scheduler-yield), and in
// Firefox message events are served before timers. A timer queues us behind every page timer already due; set
// from a message event rather than from our last timer, it escapes the 4 ms clamp that nested timers get
// (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timer-initialisation-steps, step 5).
import type { ScanStats } from '../shared/messages.ts';

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      setTimeout(resolve, 0);
    };
    channel.port2.postMessage(undefined);
  });
}

/** Budget for one slice of work, well under the 50 ms of a long task. */
export const sliceBudgetMs = 8;

export interface SliceStats {
  /** Our own time on the main thread. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** When the first slice ended (performance.now()): in a scan, the top of the page is marked by then. */
  firstSliceEnd: number;
}

export const newSliceStats = (): SliceStats => ({ busyMs: 0, longestSliceMs: 0, slices: 0, firstSliceEnd: 0 });

/** The figures a frame reports (get-scan-stats) of slices counted since `started`, the first scan `totalMs` long. */
export function scanStatsOf(stats: SliceStats, started: number, totalMs: number, marks: number, registered: number): ScanStats {
  const { busyMs, longestSliceMs, slices, firstSliceEnd } = stats;
  return { busyMs, longestSliceMs, slices, firstSliceMs: firstSliceEnd - started, totalMs, marks, registered };
}

/** Runs one slice of work, given its deadline, and counts its time in `stats`. */
export function timedSlice<T>(stats: SliceStats, work: (deadline: number) => T): T {
  const start = performance.now();
  const result = work(start + sliceBudgetMs);
  const end = performance.now();
  const took = end - start;
  stats.firstSliceEnd ||= end;
  stats.busyMs += took;
  stats.slices++;
  stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
  return result;
}
