import type { StoryBrief } from '../shared/briefs.ts';
import { formatDate } from '../shared/format.ts';

export function StoryView({ story }: { story: StoryBrief }) {
  const questions = [...new Set(story.positions.map((p) => p.question))];
  return (
    <article class="story" data-story={story.id}>
      <h3>{story.title}</h3>
      <p class="muted">
        {formatDate(story.date)} · {story.source}
      </p>
      <ul>
        {story.keyPoints.map((point, i) => (
          <li key={i}>{point.text}</li>
        ))}
      </ul>
      {questions.map((question) => (
        <section key={question}>
          <h4>{question[0]!.toUpperCase() + question.slice(1)}</h4>
          <dl class="positions">
            {story.positions
              .filter((p) => p.question === question)
              .map((p, i) => [<dt key={`t${i}`}>{p.partyName}</dt>, <dd key={`d${i}`}>{p.text}</dd>])}
          </dl>
        </section>
      ))}
      {story.contested.length > 0 && <h4>Contested front-line claims</h4>}
      {story.contested.map((place) => (
        <section key={place.place}>
          <h5>{place.placeName}</h5>
          <ul>
            {place.claims.map((claim, i) => (
              <li key={i}>
                <strong>{claim.byName}:</strong> {claim.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h4>Timeline</h4>
      <ol class="timeline">
        {story.timeline.map((event, i) => (
          <li key={i}>
            <time>{formatDate(event.date)}</time> {event.text}
          </li>
        ))}
      </ol>
    </article>
  );
}
