// Extension CPU, the way the issue measured it: a CPU profile of the page's renderer while it loads,
// counting only the samples whose function comes from an extension's script (content scripts run in the
// page's renderer, in a world of their own, with their chrome-extension:// URL).
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName?: string; lineNumber?: number; columnNumber?: number };
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const samplingIntervalUs = 100;

/** Sums the sampled time (ms) spent in functions of chrome-extension:// scripts. */
export function extensionMs(profile: Profile): number {
  const ours = new Set(profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).map((node) => node.id));
  let us = 0;
  // A sample's time is the delta to the next one (the last sample has none).
  for (let i = 0; i + 1 < profile.samples.length; i++) if (ours.has(profile.samples[i]!)) us += profile.timeDeltas[i + 1]!;
  return us / 1000;
}

/** Starts profiling `page` (already on the origin it will load, so the renderer stays the same); `stop` gives the profile. */
export async function profilePage(page: Page): Promise<{ stop(): Promise<Profile> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await cdp.detach();
      return profile;
    },
  };
}
