import type { CardBrief } from '../../shared/messages.ts';
import type { PageContext } from '../../shared/page-context.ts';
import { formatDate, kindLabels } from '../../shared/format.ts';
import { cardContent, type CardContent } from './card-content.ts';

export interface CardProps {
  brief: CardBrief | null;
  loading: boolean;
  /** What the content script knows of the page: the card's words fit it (card-content.ts). */
  page: PageContext;
  /** How many of the parts it can leave out the card shows (cardContent); all when not given. */
  extras?: number;
  onOpenFull(): void;
  onClose(): void;
  labelledById: string;
}

export function Card({ brief, loading, page, extras, onOpenFull, onClose, labelledById }: CardProps) {
  const describedById = `${labelledById}-summary`;
  const status = loading ? 'Loading…' : brief ? null : 'No brief found';
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
          {entity?.name ?? 'Backstory'}
        </h2>
        {entity && <span class="kind">{kindLabels[entity.kind]}</span>}
        <button type="button" class="close" aria-label="Close" onClick={(event) => event.isTrusted && onClose()}>
          ×
        </button>
      </header>
      {status && (
        <p class="status" id={brief ? undefined : describedById}>
          {status}
        </p>
      )}
      {brief && <BriefBody content={cardContent(brief, page, extras)} summaryId={describedById} />}
      {entity && (
        <footer class="foot">
          <p class="as-of">Facts as of {formatDate(entity.asOf)}</p>
          <button type="button" class="open-full" onClick={(event) => event.isTrusted && onOpenFull()}>
            Full brief
          </button>
        </footer>
      )}
    </div>
  );
}

function BriefBody({ content, summaryId }: { content: CardContent; summaryId: string }) {
  const { summary, age, story, note, facts, alsoIn } = content;
  return (
    <div class="body">
      <p id={summaryId} class="summary">
        {summary}
      </p>
      {age && <p class="age">{age}</p>}
      {story ? (
        <section class="story">
          <h3>
            <OneLine title={story.title} date={` · ${story.date}`} />
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
          <span class="date">{note.date}:</span> {note.text}
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
          <OneLine title={`Also in: ${alsoIn.title}`} date={`, ${alsoIn.date}`} />
        </p>
      )}
    </div>
  );
}

/** A story's title cut short where it must, so that its date stays in view; the whole title on hover. */
function OneLine({ title, date }: { title: string; date: string }) {
  return (
    <>
      <span class="title" title={title}>
        {title}
      </span>
      <span class="when">{date}</span>
    </>
  );
}

function Claims({ content: { claims, moreClaims } }: { content: CardContent }) {
  if (claims.length === 0) return null;
  return (
    <section class="claims" aria-label="Who claims what">
      <ul>
        {claims.map((claim, i) => (
          <li key={i}>
            {claim.date && <span class="date">{claim.date} · </span>}
            <span class="claimant">{claim.by}:</span> {claim.text}
          </li>
        ))}
      </ul>
      {moreClaims > 0 && <p class="more">{moreClaims === 1 ? '1 more claim' : `${moreClaims} more claims`} in the full brief</p>}
    </section>
  );
}
