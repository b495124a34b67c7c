// A search hit's line: what matched, and in which language for a name in another ("matches the Polish form “Putina”").
import { t, type MessageKey } from '../shared/i18n.ts';
import { languageName } from '../shared/language-names.ts';
import type { MatchField, SearchHit } from './search-briefs.ts';

const matches: Record<MatchField, MessageKey> = {
  name: 'matchesName', alias: 'matchesAlias', 'native name': 'matchesNativeName', 'local name': 'matchesLocalName', form: 'matchesForm', summary: 'matchesSummary', fact: 'matchesFact',
};
const closeTo: Record<MatchField, MessageKey> = {
  name: 'closeToName', alias: 'closeToAlias', 'native name': 'closeToNativeName', 'local name': 'closeToLocalName', form: 'closeToForm', summary: 'closeToSummary', fact: 'closeToFact',
};

/** Nothing for an exact hit on the name itself: the name says it. */
export function matchedLine(hit: SearchHit): string | undefined {
  if (hit.field === 'name' && !hit.typo) return undefined;
  const language = hit.lang ? [languageName(hit.lang) ?? hit.lang] : [];
  return t((hit.typo ? closeTo : matches)[hit.field], hit.text, ...language);
}
