import type { Brief } from '../shared/briefs.ts';
import { formatDate } from '../shared/format.ts';
import { ageInWords } from '../ui/brief-age.ts';
import { BriefLink } from './BriefLink.tsx';

/** The side panel of a brief (beside the text at desktop width, after the summary in the popup). */
export function BriefFacts({ brief, today }: { brief: Brief; today: Date }) {
  const age = ageInWords(brief.asOf, today);
  return (
    <aside class="brief-side" aria-labelledby="facts-heading">
      <h2 id="facts-heading">Facts</h2>
      {brief.place && (
        <p class="where">
          <strong>Where:</strong> {brief.place.region}
        </p>
      )}
      <ul class="facts">
        {brief.facts.map((fact, i) => (
          <li key={i}>{fact}</li>
        ))}
      </ul>
      <p class="as-of">
        Facts as of <time dateTime={brief.asOf}>{formatDate(brief.asOf)}</time>
        {age && `, ${age}`}
      </p>
      {brief.related.length > 0 && (
        <>
          <h2>Related</h2>
          <ul class="related">
            {brief.related.map((r) => (
              <li key={r.id}>
                <BriefLink id={r.id} name={r.name} />
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
