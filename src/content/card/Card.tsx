import type { Brief } from '../../shared/briefs.ts';
import { formatDate, kindLabels } from '../../shared/format.ts';

export interface CardProps {
  brief: Brief | null;
  loading: boolean;
  storyTitle?: string;
  onOpenFull(): void;
  onClose(): void;
  labelledById: string;
}

export function Card({ brief, loading, storyTitle, onOpenFull, onClose, labelledById }: CardProps) {
  const describedById = `${labelledById}-summary`;
  const status = loading ? 'Loading…' : brief ? null : 'No brief found';
  return (
    <div
      class={`card kind-${brief?.kind ?? 'none'}`}
      role="dialog"
      aria-labelledby={labelledById}
      aria-describedby={describedById}
      aria-busy={loading}
      tabIndex={-1}
    >
      <header class="head">
        <h2 id={labelledById} class="name">
          {brief?.name ?? 'Backstory'}
        </h2>
        {brief && <span class="kind">{kindLabels[brief.kind]}</span>}
        <button type="button" class="close" aria-label="Close" onClick={(event) => event.isTrusted && onClose()}>
          ×
        </button>
      </header>
      {status && (
        <p class="status" id={brief ? undefined : describedById}>
          {status}
        </p>
      )}
      {brief && <BriefBody brief={brief} storyTitle={storyTitle} summaryId={describedById} />}
      {brief && (
        <footer class="foot">
          <p class="as-of">Facts as of {formatDate(brief.asOf)}</p>
          <button type="button" class="open-full" onClick={(event) => event.isTrusted && onOpenFull()}>
            Full brief
          </button>
        </footer>
      )}
    </div>
  );
}

function BriefBody({ brief, storyTitle, summaryId }: { brief: Brief; storyTitle?: string; summaryId: string }) {
  const facts = brief.facts.slice(0, 3);
  const statements = brief.inStories[0]?.statements.slice(0, 2) ?? [];
  const quote = brief.quotes[0];
  return (
    <>
      <p id={summaryId} class="summary">
        {brief.summary}
      </p>
      {facts.length > 0 && (
        <ul class="facts">
          {facts.map((fact, i) => (
            <li key={i}>{fact}</li>
          ))}
        </ul>
      )}
      {statements.length > 0 && (
        <section class="story">
          <h3>In this story</h3>
          {storyTitle && <p class="story-title">{storyTitle}</p>}
          <ul>
            {statements.map((statement, i) => (
              <li key={i}>{statement.text}</li>
            ))}
          </ul>
        </section>
      )}
      {quote && (
        <figure class="quote">
          <blockquote>{quote.text}</blockquote>
          <figcaption>— {quote.speakerName}</figcaption>
          {quote.caveat && <p class="caveat">{quote.caveat}</p>}
        </figure>
      )}
      {brief.claims.length > 0 && (
        <section class="claims">
          <h3>Contested</h3>
          <ul>
            {brief.claims.map((claim, i) => (
              <li key={i}>
                <span class="claimant">{claim.byName}:</span> {claim.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
