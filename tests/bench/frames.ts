// In-page probes for a page that keeps changing: its frame times while it runs, and how late its own
// 25 ms timer ever ran (window.__timerWorst, kept by the page from DOMContentLoaded; see everyday-pages.ts).
export interface FrameRun {
  p50: number;
  p95: number;
  /**
   * The share of the display's frames that were missed: each frame-to-frame time counts as that many median frames.
   * Steadier than p95, which flips between one frame and two as the missed share crosses 5%.
   */
  missedShare: number;
  /** The most the page's own 25 ms timer ran late since DOMContentLoaded. */
  timerWorstMs: number;
}

interface Evaluates {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Frame-to-frame times over `durationMs` of requestAnimationFrame. */
export async function measureFrames(page: Evaluates, durationMs: number): Promise<FrameRun> {
  const { deltas, timerWorstMs } = await page.evaluate(
    (duration: number) =>
      new Promise<{ deltas: number[]; timerWorstMs: number }>((resolve) => {
        const deltas: number[] = [];
        let last = -1;
        let end = Infinity;
        const tick = (time: number) => {
          if (last >= 0) deltas.push(time - last);
          else end = time + duration;
          last = time;
          if (time < end) requestAnimationFrame(tick);
          else resolve({ deltas, timerWorstMs: (window as unknown as { __timerWorst: number }).__timerWorst });
        };
        requestAnimationFrame(tick);
      }),
    durationMs,
  );
  const sorted = [...deltas].sort((a, b) => a - b);
  const p50 = percentile(sorted, 0.5);
  const frames = deltas.map((delta) => Math.max(1, Math.round(delta / p50)));
  const missed = frames.reduce((sum, count) => sum + count - 1, 0);
  return { p50, p95: percentile(sorted, 0.95), missedShare: missed / frames.reduce((sum, count) => sum + count, 0), timerWorstMs };
}

export const readTimerWorst = (page: Evaluates) => page.evaluate(() => (window as unknown as { __timerWorst: number }).__timerWorst, undefined);
