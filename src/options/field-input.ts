// What a reader types into the options page, checked before anything is saved.
import { hoverDelayRange } from '../shared/settings.ts';
import { siteNameOf } from '../shared/site-names.ts';

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const delayMessage = `Type a delay from ${hoverDelayRange.min} to ${hoverDelayRange.max} milliseconds.`;

/** An empty or broken field is an error to show, never a delay of 0. */
export function checkDelay(typed: string): Checked<number> {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, message: `The delay is empty. ${delayMessage}` };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `“${trimmed}” is not a whole number. ${delayMessage}` };
  const value = Number(trimmed);
  if (value < hoverDelayRange.min || value > hoverDelayRange.max) return { ok: false, message: `${value} is out of range. ${delayMessage}` };
  return { ok: true, value };
}

/** A site to add to a list: its name, or why it cannot be added. */
export function checkSite(typed: string, listed: readonly string[]): Checked<string> {
  if (typed.trim() === '') return { ok: false, message: 'Type a site name, such as example.com.' };
  const name = siteNameOf(typed);
  if (!name) return { ok: false, message: `“${typed.trim()}” is not a site name. Type one such as example.com.` };
  if (listed.includes(name)) return { ok: false, message: `${name} is already listed.` };
  return { ok: true, value: name };
}
