// Yielding to the page between slices of work. The page's own tasks must run first: scheduler.yield()
// continuations are queued ahead of them (https://wicg.github.io/scheduling-apis/#sec-scheduler-yield), and in
// Firefox message events are served before timers. A timer queues us behind every page timer already due; set
// from a message event rather than from our last timer, it escapes the 4 ms clamp that nested timers get
// (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timer-initialisation-steps, step 5).
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
