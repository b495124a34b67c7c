import type { StoryBrief } from '../shared/briefs.ts';
import { formatDate } from '../shared/format.ts';
import { t } from '../shared/i18n.ts';
import { richMessage } from '../ui/rich-message.tsx';
import { stories } from './bundle.ts';
import { BriefLink } from './BriefLink.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { PositionsGrid } from './PositionsGrid.tsx';
import { StoryTimeline } from './StoryTimeline.tsx';

const sections = [
  ['positions', 'storyPositions'],
  ['contested', 'storyContested'],
  ['timeline', 'storyTimeline'],
] as const;

/** Contents links scroll within the view: the URL's hash is the route, so they cannot be plain #anchors. */
function jumpTo(event: Event, id: string) {
  event.preventDefault();
  const heading = document.getElementById(`${id}-heading`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** The story summary first (title, date, source, key points), contents, then the grid, the claims and the timeline. */
export function StoryView() {
  return stories.map((story: StoryBrief, index) => (
    <article key={story.id} class="story" data-story={story.id}>
      <h1 data-view-heading={index === 0 ? '' : undefined} tabIndex={-1}>
        {story.title}
      </h1>
      <p class="byline">
        {richMessage('storyByline', <time dateTime={story.date}>{formatDate(story.date)}</time>, story.source)}
      </p>
      <h2 class="key-points-heading">{t('storyKeyPoints')}</h2>
      <ul class="key-points">
        {story.keyPoints.map((point, i) => (
          <li key={i}>{point.text}</li>
        ))}
      </ul>
      <nav class="contents" aria-label={t('storyContents')}>
        {t('storyContentsLead')}{' '}
        {sections.map(([id, label], i) => [
          i > 0 && ' · ',
          <a key={id} href="#/story" onClick={(e) => jumpTo(e, id)}>
            {t(label)}
          </a>,
        ])}
      </nav>
      <h2 id="positions-heading" tabIndex={-1}>
        {t('storyPositions')}
      </h2>
      <PositionsGrid story={story} />
      <h2 id="contested-heading" tabIndex={-1}>
        {t('storyContested')}
      </h2>
      {story.contested.map((place) => (
        <section key={place.place} aria-labelledby={`town-${place.place}`}>
          <h3 id={`town-${place.place}`}>
            <BriefLink id={place.place} name={place.placeName} />
          </h3>
          <ClaimsTable claims={place.claims} caption={t('storyContestedCaption', place.placeName)} />
        </section>
      ))}
      <h2 id="timeline-heading" tabIndex={-1}>
        {t('storyTimelineHeading', story.timeline[0]?.date.slice(0, 4) ?? '')}
      </h2>
      <StoryTimeline story={story} />
    </article>
  ));
}
