// The format of the files in seeds/. The build validates with it, and seeds/schema.json
// (for editors) is generated from it by `npm run seeds:schema`; a unit test keeps the two in step.
import { z } from 'zod';
import { entityKinds, prominences } from '../shared/alias-index.ts';
import { languages } from '../shared/inflection.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
const paragraph = z.number().int().min(0);
const paragraphs = z.array(paragraph).min(1, 'must name at least one paragraph');

const factSheet = z.url({ message: 'must be a URL, as the fact sheet gives it' });

/**
 * Where a background fact comes from: a paragraph of the story (0 is the headline), or a source
 * exactly as the reference fact sheet gives it (its URL). Outside a story file it names the story too.
 */
const sourceShape = { paragraph: paragraph.optional(), factSheet: factSheet.optional() };
const oneSource = (s: { paragraph?: number; factSheet?: string }) => (s.paragraph === undefined) !== (s.factSheet === undefined);
const oneSourceMessage = 'needs exactly one of "paragraph" or "factSheet"';
const storySource = z.strictObject(sourceShape).refine(oneSource, oneSourceMessage);
const entitySource = z
  .strictObject({ ...sourceShape, story: id.optional() })
  .refine(oneSource, oneSourceMessage)
  .refine((s) => (s.paragraph === undefined) === (s.story === undefined), { message: 'a paragraph needs the id of its story', path: ['story'] });
const fact = z.strictObject({ text, source: entitySource });

const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code: two or three lower-case letters');
const oneWord = z.string().regex(/^[^\s]+$/u, 'must be one word');

/**
 * A name the matcher looks for: a plain string is English, as written in English-language news. An object gives
 * its language, how it declines there, or what it needs when two entities claim the same text or the name needs company.
 */
const alias = z.union([
  text,
  z
    .strictObject({
      text,
      /** The language whose press writes it so (a two- or three-letter code); its text is matched on any page. */
      lang: languageCode.default('en'),
      /** A pattern of seeds/inflections.json for `lang`: its endings on the stem are matched where the text is in that language. One-word aliases only. */
      inflect: z.string().min(1).optional(),
      /** The stem the endings attach to when it is not the text without the pattern's `strip` ("Києв" of "Київ"). */
      stem: oneWord.optional(),
      /** Ids of the other entities that also claim this text; this entity wins the match. */
      winsOver: z.array(id).min(1).optional(),
      /** A mention only in a block (paragraph, heading, list item) that mentions one of these entities too: other towns bear the name. */
      onlyWith: z.array(id).min(1).optional(),
    })
    .refine((a) => a.winsOver !== undefined || a.onlyWith !== undefined || a.inflect !== undefined || a.lang !== 'en', {
      message: 'needs "lang", "inflect", "winsOver" or "onlyWith"; else write the alias as a plain string',
    })
    .refine((a) => a.stem === undefined || a.inflect !== undefined, { message: 'a stem needs "inflect"', path: ['stem'] })
    .refine((a) => a.inflect === undefined || !/\s/u.test(a.text), { message: 'only a one-word alias declines: list other forms of a phrase as aliases', path: ['inflect'] }),
]);

export type SeedAlias = z.output<typeof alias>;

export const entity = z.strictObject({
  id,
  name: text,
  kind: z.enum(entityKinds),
  /** `common` for names every reader knows (major countries, capitals, bodies): calm mode marks them only on pages about the story. */
  prominence: z.enum(prominences, { error: (issue) => (issue.input === undefined ? 'missing field' : 'must be "common" or "specific"') }),
  /** Match forms, in English and in the other languages of the news. ALL CAPS forms are matched without listing them. */
  aliases: z.array(alias).min(1),
  /** The name in its own languages, shown on the brief; list the forms to match as aliases. */
  nativeNames: z.array(z.strictObject({ lang: languageCode, text })).default([]),
  /** Accented forms in the page match the plain alias ("Kyïv" for "Kyiv"). Off unless a seed says so. */
  foldDiacritics: z.boolean().default(false),
  summary: text,
  facts: z.array(fact).min(2, 'needs two to four facts').max(4, 'needs two to four facts'),
  /** The date the facts above are true as of. */
  asOf: isoDate,
  related: z.array(id).default([]),
  place: z
    .strictObject({
      lat: z.number().min(-90, 'latitude out of range').max(90, 'latitude out of range'),
      lon: z.number().min(-180, 'longitude out of range').max(180, 'longitude out of range'),
      region: text,
    })
    .optional(),
  /** Later developments, kept apart from what the story says. */
  notes: z.array(z.strictObject({ date: isoDate, text, source: entitySource })).default([]),
});

const statement = z.strictObject({ text, paragraphs });

export const story = z.strictObject({
  id,
  title: text,
  date: isoDate,
  /** Where the story was reported; the text itself is never stored. */
  source: text,
  /** Body paragraphs, numbered 1..paragraphCount; 0 is the headline. */
  paragraphCount: z.number().int().min(1),
  keyPoints: z.array(statement).min(1),
  /**
   * What each side holds on the disputed questions. One the story does not state is a background fact:
   * no paragraphs, and a fact-sheet source instead.
   */
  positions: z
    .array(
      z
        .strictObject({ party: id, question: text, text, paragraphs: z.array(paragraph), source: z.strictObject({ factSheet }).optional() })
        .refine((p) => (p.paragraphs.length > 0) !== (p.source !== undefined), { message: 'needs story paragraphs or a fact-sheet source, not both', path: ['paragraphs'] }),
    )
    .min(1),
  /** Front-line places whose control is disputed, each claim with who makes it. */
  contested: z
    .array(
      z.strictObject({
        place: id,
        /** Every claim names who makes it and when. */
        claims: z.array(z.strictObject({ by: id, text, date: isoDate, paragraphs })).min(1),
      }),
    )
    .default([]),
  timeline: z.array(z.strictObject({ date: isoDate, text, entities: z.array(id).default([]), source: storySource })).min(1),
  /** What this story says about each entity. */
  mentions: z.record(id, z.array(statement).min(1)),
  quotes: z
    .array(
      z.strictObject({
        speaker: id,
        text,
        paragraphs,
        about: z.array(id).default([]),
        /** For example that no second source confirms the wording. */
        caveat: text.optional(),
      }),
    )
    .default([]),
});

export const entityFile = z.strictObject({ $schema: z.string().optional(), entities: z.array(entity).min(1) });
export const storyFile = z.strictObject({ $schema: z.string().optional(), story });

export type SeedEntity = z.output<typeof entity>;
export type SeedStory = z.output<typeof story>;

/** seeds/given-names.json: lower-case given names that, right before a surname, make it someone else's. */
export const givenNamesFile = z.array(z.string().regex(/^\p{Ll}+(['-]\p{Ll}+)*$/u, 'must be one lower-case name'));

/** seeds/not-mentions.json: phrases that hold an alias but name something else ("The Washington Post"). */
export const notMentionsFile = z.array(text);

const inflectionPattern = z.strictObject({
  about: text,
  strip: z.string().default(''),
  endings: z.array(z.string().regex(/^\p{Ll}*$/u, 'must be lower-case letters, or "" for the stem alone')).min(1),
});
/** seeds/inflections.json: by language, the name patterns it declines and their endings (see src/shared/inflection.ts). */
export const inflectionsFile = z.strictObject({
  $schema: z.string().optional(),
  languages: z.partialRecord(z.enum(languages), z.record(z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be kebab-case'), inflectionPattern)),
});

const words = z.array(text);
/** seeds/name-contexts.json: the words around a name that make it another sense of it (see NameContexts in src/shared/alias-index.ts). */
export const nameContextsFile = z.strictObject({
  $schema: z.string().optional(),
  /** "Tour de France", "University of Washington": one or two words. */
  longerNameBefore: words,
  /** "Washington County", "Trump Organization": one word. */
  longerNameAfter: words,
  /** "Ms. Trump" is someone else. */
  otherTitles: words,
  /** "Moscow, Idaho" is another town. */
  usStates: words,
  /** "State of Washington", "Washington Gov." are the state. */
  stateBefore: words,
  stateAfter: words,
  /** "CONTACT US", "FOLLOW US ON" are the pronoun. */
  pronouns: words,
  pronounVerbs: words,
  pronounEnds: words,
});
