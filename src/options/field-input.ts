// What a reader types into the options page, checked before anything is saved.
import { t } from '../shared/i18n.ts';
import { hoverDelayRange } from '../shared/settings.ts';
import { siteNameOf } from '../shared/site-names.ts';

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const { min, max } = hoverDelayRange;

/** An empty or broken field is an error to show, never a delay of 0. */
export function checkDelay(typed: string): Checked<number> {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, message: t('delayEmpty', min, max) };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: t('delayNotWhole', trimmed, min, max) };
  const value = Number(trimmed);
  if (value < min || value > max) return { ok: false, message: t('delayOutOfRange', trimmed, min, max) };
  return { ok: true, value };
}

/** A site to add to a list: its name, or why it cannot be added. */
export function checkSite(typed: string, listed: readonly string[]): Checked<string> {
  if (typed.trim() === '') return { ok: false, message: t('siteEmpty') };
  const name = siteNameOf(typed);
  if (!name) return { ok: false, message: t('siteNotAName', typed.trim()) };
  if (listed.includes(name)) return { ok: false, message: t('siteListed', name) };
  return { ok: true, value: name };
}
