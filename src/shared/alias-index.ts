// The compact index the content script matches with. The build makes it from seeds/;
// the full briefs stay with the background and the popup.

export const entityKinds = ['person', 'place', 'organisation', 'document', 'event'] as const;
export type EntityKind = (typeof entityKinds)[number];

/**
 * `common`: a name every reader knows (a major country, capital or body: MOS:OVERLINK), marked in calm
 * mode only on a page about one of our stories; `specific`: everything else, marked once a page.
 */
export const prominences = ['common', 'specific'] as const;
export type Prominence = (typeof prominences)[number];

export const AliasFlag = {
  /** Accented text may match this alias ("Kyïv" for "Kyiv"). */
  FoldDiacritics: 1,
  /** A one-word surname of a person: not a mention when a given name of someone else comes right before it. */
  Surname: 2,
  /** A phrase that holds an alias but names something else ("The Washington Post"): it wins the match, and is dropped. */
  NotAMention: 4,
} as const;

export interface AliasIndex {
  /** [entity id, kind, prominence]; aliases point into this list by position. */
  entities: [id: string, kind: EntityKind, prominence: Prominence][];
  /**
   * [text as written, entity position, AliasFlag bits, companions, inflection]: with companions, the alias is a
   * mention only in a block that also mentions one of those entities (positions); with an inflection, it declines.
   */
  aliases: [text: string, entity: number, flags: number, companions?: number[], inflection?: [stem: string, pattern: number]][];
  /**
   * The name patterns of the declining aliases, by number: their language and every ending their stem takes
   * ("" for the stem alone). A declining alias is matched as written anywhere, and as its stem with one of
   * the endings where the text is in the pattern's language (see src/shared/inflection.ts).
   */
  inflections?: [language: string, endings: string[]][];
  /** Lower-case given names; one right before a Surname alias makes the name someone else's ("Melania Trump"). */
  givenNames: string[];
  /** The words around a name that make it another sense of it; none if absent. */
  contexts?: NameContexts;
}

/**
 * Words written as they appear in text (ALL CAPS forms are matched too). Each list says when a
 * person's or place's name is another sense of it, and so not a mention.
 */
export interface NameContexts {
  /** The name is part of a longer name: "Tour de France", "University of Washington". One or two words. */
  longerNameBefore: string[];
  /** The same, after it: "Washington County", "Trump Organization". One word. */
  longerNameAfter: string[];
  /** Titles of someone else right before a surname ("Ms. Trump"), unless the entity's own aliases use them. */
  otherTitles: string[];
  /** US state names and their abbreviations: "Moscow, Idaho" is another Moscow. */
  usStates: string[];
  /** Around an alias that is itself a state's name, these make it the state: "State of Washington", "Washington Gov.". */
  stateBefore: string[];
  stateAfter: string[];
  /**
   * Aliases that are also pronouns in ALL CAPS ("US"): one is the pronoun right after a verb of
   * pronounVerbs ("CONTACT US"), when the block ends there, punctuation follows, or a word of pronounEnds ("FOLLOW US ON").
   */
  pronouns: string[];
  pronounVerbs: string[];
  pronounEnds: string[];
}
