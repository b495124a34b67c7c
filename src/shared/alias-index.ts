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
  /** [text as written, entity position, AliasFlag bits]. */
  aliases: [text: string, entity: number, flags: number][];
  /** Lower-case given names; one right before a Surname alias makes the name someone else's ("Melania Trump"). */
  givenNames: string[];
}
