import type { StoryBrief } from '../shared/briefs.ts';
import { formatDate } from '../shared/format.ts';
import { t } from '../shared/i18n.ts';
import { timelineScale } from '../ui/story-layout.ts';
import { briefById } from './bundle.ts';
import { BriefLink } from './BriefLink.tsx';

/** A scale from the first year to the talks with a dot per event, then the events by year, each linking to its briefs. */
export function StoryTimeline({ story }: { story: StoryBrief }) {
  const scale = timelineScale(story.timeline);
  return (
    <>
      <div class="timeline-scale" aria-hidden="true">
        {scale.years.map(({ year, at, events }) => (
          <span key={year} class={events.length > 0 ? 'year has-events' : 'year'} style={{ left: `${at * 100}%` }}>
            {String(year).slice(2)}
          </span>
        ))}
        {story.timeline.map((event, i) => (
          <span key={i} class="dot" style={{ left: `${scale.at(event.date) * 100}%` }} />
        ))}
      </div>
      {scale.years
        .filter((year) => year.events.length > 0)
        .map(({ year, events }) => (
          <section key={year} class="timeline-year" aria-labelledby={`year-${year}`}>
            <h3 id={`year-${year}`}>{year}</h3>
            <ol class="timeline">
              {events.map((event, i) => (
                <li key={i}>
                  <time dateTime={event.date}>{formatDate(event.date)}</time>
                  <span class="event">{event.text}</span>
                  {event.entities.length > 0 && (
                    <span class="event-briefs">
                      {t('timelineBriefs')}{' '}
                      {event.entities
                        .filter((id) => briefById.has(id))
                        .map((id, j) => [j > 0 && ', ', <BriefLink key={id} id={id} name={briefById.get(id)!.name} />])}
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
    </>
  );
}
