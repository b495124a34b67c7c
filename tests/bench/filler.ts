// News-like filler text with names sprinkled in at about the rate of the pages the notes measured
// (8,000 mentions in 5.3 M characters: one per ~660 characters).
import type { Random } from './random.ts';

const subjects = ['Officials', 'The ministry', 'Diplomats', 'Analysts', 'A senior adviser', 'The delegation', 'Local authorities', 'Negotiators', 'A spokesperson', 'Observers', 'Residents', 'Lawmakers', 'Military commanders', 'Economists', 'Aid workers', 'The opposition'];
const verbs = ['said on Tuesday that', 'told reporters that', 'warned that', 'confirmed that', 'insisted that', 'denied reports that', 'suggested that', 'acknowledged that', 'argued that', 'noted late on Monday that', 'repeated that'];
const clauses = [
  'the talks would resume next week', 'no agreement had been reached on the main questions', 'the proposal remained under review',
  'further meetings were planned in the coming days', 'the situation along the front line was still tense',
  'energy supplies would be restored before winter', 'the draft contained several unresolved points',
  'sanctions would stay in place for now', 'an exchange of prisoners could begin soon', 'the area had seen heavy shelling overnight',
  'grain shipments were running behind schedule', 'a ceasefire was not yet on the table', 'the budget vote had been postponed again',
  'the consultations were “useful but difficult”', 'the security guarantees were still being drafted', 'turnout was lower than expected',
];
const tails = ['.', ', according to a statement.', ', citing people familiar with the matter.', ', though details were scarce.', ' after hours of discussion.', ' — a claim that could not be independently verified.'];
const linkTexts = ['the full statement', 'read more', 'earlier coverage', 'a transcript', 'the draft text', 'live updates'];

export interface Filler {
  sentence(): string;
  /** About `length` characters of sentences (at least one). */
  text(length: number): string;
  link(): string;
  name(): string;
}

/** `names`: what to sprinkle in; `mentionRate`: the chance that a sentence names someone or somewhere. */
export function filler(random: Random, names: () => string, mentionRate = 0.17): Filler {
  const sentence = () => {
    const verb = `${random.pick(verbs)} ${random.pick(clauses)}${random.pick(tails)}`;
    if (!random.chance(mentionRate)) return `${random.pick(subjects)} ${verb}`;
    return random.chance(0.5) ? `${names()} ${verb}` : `${random.pick(subjects)} in ${names()} ${verb}`;
  };
  return {
    sentence,
    text(length) {
      let text = sentence();
      while (text.length < length) text += ` ${sentence()}`;
      return text;
    },
    link: () => (random.chance(0.3) ? names() : random.pick(linkTexts)),
    name: names,
  };
}

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
