import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../shared/i18n.ts';

// Private-use characters around each part's number: nothing a message or a name contains.
const marker = (index: number) => `\uE000${index}\uE001`;

/**
 * A message with elements in it (a link, a date, a key): each part goes where its placeholder is in the
 * message ($1 the first part), so a translation may put it anywhere in the sentence.
 */
export function richMessage(key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren {
  const pieces = t(key, ...parts.map((_, i) => marker(i))).split(/\uE000(\d)\uE001/);
  return <>{pieces.map((piece, i) => (i % 2 ? parts[Number(piece)] : piece))}</>;
}
