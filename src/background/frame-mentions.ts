// What each frame of each tab marked, so the badge and the popup count names in frames too.
// Kept in memory: after the service worker restarts, frames report again on their next change.
import type { PageMention } from '../shared/messages.ts';
import { mergeMentions } from '../shared/page-mentions.ts';

const byTab = new Map<number, Map<number, PageMention[]>>();

export function setFrameMentions(tabId: number, frameId: number, mentions: PageMention[]): void {
  let frames = byTab.get(tabId);
  if (!frames) byTab.set(tabId, (frames = new Map()));
  frames.set(frameId, mentions);
}

export const forgetTab = (tabId: number) => void byTab.delete(tabId);

/** Every frame's mentions but the top frame's, merged by entity. */
export function subframeMentions(tabId: number): PageMention[] {
  return mergeMentions([...(byTab.get(tabId) ?? [])].filter(([frameId]) => frameId !== 0).map(([, mentions]) => mentions));
}

/** How many entities the tab's frames marked, together. */
export function tabEntityCount(tabId: number): number {
  return mergeMentions([...(byTab.get(tabId)?.values() ?? [])]).length;
}

/** The frames that marked a name, the top frame first: where the keyboard shortcut goes. */
export function framesWithMarks(tabId: number): number[] {
  const frames = [...(byTab.get(tabId) ?? [])].filter(([, mentions]) => mentions.some((m) => (m.marked ?? m.count) > 0)).map(([frameId]) => frameId);
  return frames.sort((a, b) => a - b);
}
