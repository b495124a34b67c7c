import type { Brief } from '../shared/briefs.ts';
import { formatDate } from '../shared/format.ts';
import { t } from '../shared/i18n.ts';
import { ageInWords } from '../ui/brief-age.ts';
import { PlaceMap } from '../ui/map/PlaceMap.tsx';
import { hrefOf } from '../ui/route.ts';
import { richMessage } from '../ui/rich-message.tsx';
import { BriefLink } from './BriefLink.tsx';

/** The side panel of a brief (beside the text at desktop width, after the summary in the popup). */
export function BriefFacts({ brief, today }: { brief: Brief; today: Date }) {
  const age = ageInWords(brief.asOf, today);
  const date = <time dateTime={brief.asOf}>{formatDate(brief.asOf)}</time>;
  return (
    <aside class="brief-side" aria-labelledby="facts-heading">
      {brief.place && (
        <section class="locator" aria-labelledby="locator-heading">
          <h2 id="locator-heading">{t('briefMap')}</h2>
          <PlaceMap focus={brief.id} compact onChoose={(id) => (location.hash = hrefOf({ view: 'brief', id }))} />
        </section>
      )}
      <h2 id="facts-heading">{t('briefFacts')}</h2>
      {brief.place && (
        <p class="where">
          <strong>{t('briefWhere')}</strong> {brief.place.region}
        </p>
      )}
      <ul class="facts">
        {brief.facts.map((fact, i) => (
          <li key={i}>{fact}</li>
        ))}
      </ul>
      <p class="as-of">
        {age ? richMessage('briefAsOfAge', date, age) : richMessage('briefAsOf', date)}
      </p>
      {brief.related.length > 0 && (
        <>
          <h2>{t('briefRelated')}</h2>
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
