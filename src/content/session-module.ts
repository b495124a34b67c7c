// The session as a module of its own (session.js), with the matcher, its tables, the marking and the hover:
// the content script imports it once a page's text may name someone (mention-gate.ts), so a page or frame
// that names nobody never loads or parses it.
import tables from 'backstory:matcher-tables';
import type { Settings } from '../shared/settings.ts';
import { createLazyCard } from './lazy-card.ts';
import { startSession as start, type Session, type SessionDeps } from './session.ts';

export function startSession(initial: Settings, onMarksChanged: () => void, host: Pick<SessionDeps, 'send' | 'mayMention'>): Session {
  return start(initial, onMarksChanged, { ...host, makeCard: createLazyCard, tables });
}
