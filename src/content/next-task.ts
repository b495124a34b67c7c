// Yielding to the page between slices of work. scheduler.yield keeps our place in the queue
// (Chrome 129+); elsewhere a MessageChannel message is the quickest way back.
type SchedulerYield = { yield?: () => Promise<void> };

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Budget for one slice of work, well under the 50 ms of a long task. */
export const sliceBudgetMs = 8;
