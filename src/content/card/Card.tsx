import type { CardBrief } from '../../shared/messages.ts';
import type { PageContext } from '../../shared/page-context.ts';
import { formatDate, kindLabels } from '../../shared/format.ts';
import { plural, t } from '../../shared/i18n.ts';
import { briefLanguageNote } from '../../shared/language-names.ts';
import { cardContent, type CardContent } from './card-content.ts';

export interface CardProps {
  brief: CardBrief | null;
  loading: boolean;
  /** What the content script knows of the page: the card's words fit it (card-content.ts). */
  page: PageContext;
  /** The language of the name's text (its closest `lang`, primary subtag): a note when it is not the brief's. */
  language?: string;
  /** How many of the parts it can leave out the card shows (cardContent); all when not given. */
  extras?: number;
  onOpenFull(): void;
  onClose(): void;
  labelledById: string;
}

export function Card({ brief, loading, page, language, extras, onOpenFull, onClose, labelledById }: CardProps) {
  const describedById = `${labelledById}-summary`;
  const status = loading ? t('cardLoading') : brief ? null : t('cardNoBrief');
  const entity = brief?.brief;
  return (
    <div
      class={`card kind-${entity?.kind ?? 'none'}`}
      role="dialog"
      aria-labelledby={labelledById}
      aria-describedby={describedById}
      aria-busy={loading}
      tabIndex={-1}
    >
      <header class="head">
        <h2 id={labelledById} class="name">
          {entity?.name ?? t('extName')}
        </h2>
        {entity && <span class="kind">{kindLabels[entity.kind]}</span>}
        <button type="button" class="close" aria-label={t('cardClose')} onClick={(event) => event.isTrusted && onClose()}>
          ×
        </button>
      </header>
      {status && (
        <p class="status" id={brief ? undefined : describedById}>
          {status}
        </p>
      )}
      {brief && <BriefBody content={cardContent(brief, page, extras)} languageNote={briefLanguageNote('cardInEnglish', language)} summaryId={describedById} />}
      {entity && (
        <footer class="foot">
          <p class="as-of">{t('briefAsOf', formatDate(entity.asOf))}</p>
          <button type="button" class="open-full" onClick={(event) => event.isTrusted && onOpenFull()}>
            {t('cardFullBrief')}
          </button>
        </footer>
      )}
    </div>
  );
}

function BriefBody({ content, languageNote, summaryId }: { content: CardContent; languageNote?: string; summaryId: string }) {
  const { summary, age, story, note, facts, alsoIn } = content;
  return (
    <div class="body">
      <p id={summaryId} class="summary">
        {summary}
      </p>
      {age && <p class="age">{age}</p>}
      {languageNote && <p class="language">{languageNote}</p>}
      {story ? (
        <section class="story">
          <h3>
            <OneLine message="cardStoryLine" title={story.title} date={story.date} />
          </h3>
          <Claims content={content} />
          {story.statements.length > 0 && (
            <ul class="statements">
              {story.statements.map((statement, i) => (
                <li key={i}>{statement}</li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <Claims content={content} />
      )}
      {note && (
        <p class="note">
          <span class="date">{t('cardLabel', note.date)}</span> {note.text}
        </p>
      )}
      {facts.length > 0 && (
        <ul class="facts">
          {facts.map((fact, i) => (
            <li key={i}>{fact}</li>
          ))}
        </ul>
      )}
      {alsoIn && (
        <p class="also-in">
          <OneLine message="cardAlsoIn" title={alsoIn.title} date={alsoIn.date} />
        </p>
      )}
    </div>
  );
}

// Splits a line's message after the story's title, wherever the language puts it.
const titleMark = '\uE000';

/** A story's line cut short in its title where it must, so that what follows (its date) stays in view; the whole line on hover. */
function OneLine({ message, title, date }: { message: 'cardStoryLine' | 'cardAlsoIn'; title: string; date: string }) {
  const [before = '', after = ''] = t(message, titleMark, date).split(titleMark);
  return (
    <>
      <span class="title" title={before + title + after}>
        {before + title}
      </span>
      <span class="when">{after}</span>
    </>
  );
}

function Claims({ content: { claims, moreClaims } }: { content: CardContent }) {
  if (claims.length === 0) return null;
  return (
    <section class="claims" aria-label={t('briefClaims')}>
      <ul>
        {claims.map((claim, i) => (
          <li key={i}>
            {claim.date && <span class="date">{t('cardClaimDate', claim.date)} </span>}
            <span class="claimant">{t('cardLabel', claim.by)}</span> {claim.text}
          </li>
        ))}
      </ul>
      {moreClaims > 0 && <p class="more">{plural('cardMoreClaims', moreClaims)}</p>}
    </section>
  );
}
