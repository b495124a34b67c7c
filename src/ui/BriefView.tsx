import type { Brief } from '../shared/briefs.ts';
import { formatDate, kindLabels } from '../shared/format.ts';

const paragraphs = (list: number[]) => list.map((n) => (n === 0 ? 'headline' : `¶${n}`)).join(', ');

/** A whole brief: the full-brief page and the popup's expanded entries. */
export function BriefView({ brief, onSelect }: { brief: Brief; onSelect(id: string): void }) {
  return (
    <article class="brief" data-brief-view={brief.id}>
      <p class="summary">{brief.summary}</p>
      {brief.nativeNames.length > 0 && <p class="native">{brief.nativeNames.map((n) => `${n.text} (${n.lang})`).join(' · ')}</p>}
      {brief.place && (
        <p class="muted">
          {brief.place.region} · {brief.place.lat.toFixed(2)}°, {brief.place.lon.toFixed(2)}°
        </p>
      )}
      <ul class="facts">
        {brief.facts.map((fact, i) => (
          <li key={i}>{fact}</li>
        ))}
      </ul>
      {brief.inStories.flatMap((story) => story.statements).length > 0 && <h3>In the story</h3>}
      {brief.inStories.flatMap((story) =>
        story.statements.map((s, i) => (
          <p key={`${story.storyId}-${i}`}>
            {s.text} <span class="muted">({paragraphs(s.paragraphs)})</span>
          </p>
        )),
      )}
      {brief.claims.length > 0 && <h3>Who claims what</h3>}
      {brief.claims.map((claim, i) => (
        <p key={i}>
          <strong>{claim.byName}:</strong> {claim.text}
          {claim.date && <span class="muted"> ({formatDate(claim.date)})</span>}
        </p>
      ))}
      {brief.quotes.map((quote, i) => (
        <blockquote key={i}>
          “{quote.text}” <cite>— {quote.speakerName}</cite>
          {quote.caveat && <small class="muted"> {quote.caveat}</small>}
        </blockquote>
      ))}
      {brief.notes.map((note, i) => (
        <p key={i} class="note">
          <strong>Later ({formatDate(note.date)}):</strong> {note.text}
        </p>
      ))}
      {brief.related.length > 0 && (
        <p class="related">
          Related:{' '}
          {brief.related.map((r) => (
            <button type="button" class="link" key={r.id} onClick={() => onSelect(r.id)}>
              {r.name}
            </button>
          ))}
        </p>
      )}
      <p class="muted">
        {kindLabels[brief.kind]} · facts as of {formatDate(brief.asOf)}
      </p>
    </article>
  );
}
