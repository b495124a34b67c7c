import { formatDate, kindLabels } from '../shared/format.ts';
import { t } from '../shared/i18n.ts';
import { namesElsewhere } from '../ui/names-elsewhere.ts';
import { richMessage } from '../ui/rich-message.tsx';
import { briefById, storyById } from './bundle.ts';
import { BriefFacts } from './BriefFacts.tsx';
import { BriefLink } from './BriefLink.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';

/** A whole brief as an article: title, lead, the story's view of it, claims, quotes, later notes; facts beside. */
export function BriefPage({ id }: { id: string }) {
  const brief = briefById.get(id);
  if (!brief)
    return (
      <section class="state" data-state="no-brief">
        <h1 data-view-heading tabIndex={-1}>
          {t('briefMissing', id)}
        </h1>
        <p>
          {t('briefMissingHint')} <a href="#/briefs">{t('searchAllBriefs')}</a>
        </p>
      </section>
    );
  return (
    <article class="brief-page" data-brief-view={brief.id}>
      <header class="brief-head">
        <p class={`kind kind-${brief.kind}`}>{kindLabels[brief.kind]}</p>
        <h1 data-view-heading tabIndex={-1}>
          {brief.name}
        </h1>
        {brief.nativeNames.length > 0 && (
          <p class="native">
            {brief.nativeNames.map(([lang, text], i) => (
              <span key={i}>
                <span lang={lang}>{text}</span> <span class="muted">({lang})</span>
              </span>
            ))}
          </p>
        )}
        <NamesElsewhere names={namesElsewhere(brief)} />
        <p class="lead">{brief.summary}</p>
      </header>
      <div class="brief-body">
        <div class="brief-main">
          {brief.inStories.map(({ storyId, statements }) => {
            const story = storyById.get(storyId);
            return (
              <section key={storyId} aria-labelledby={`in-${storyId}`}>
                <h2 id={`in-${storyId}`}>{t('briefInTheStory')}</h2>
                {story && (
                  <p class="source">
                    <a href="#/story">{story.title}</a> · <time dateTime={story.date}>{formatDate(story.date)}</time>
                  </p>
                )}
                <ul>
                  {statements.map((s, i) => (
                    <li key={i}>{s.text}</li>
                  ))}
                </ul>
              </section>
            );
          })}
          {brief.claims.length > 0 && (
            <section aria-labelledby="claims-heading">
              <h2 id="claims-heading">{t('briefClaims')}</h2>
              <ClaimsTable claims={brief.claims} caption={t('briefClaimsCaption', brief.name)} />
            </section>
          )}
          {brief.quotes.length > 0 && (
            <section aria-labelledby="quotes-heading">
              <h2 id="quotes-heading">{t('briefQuotes')}</h2>
              {brief.quotes.map((quote, i) => (
                <figure key={i} class="quote">
                  <blockquote>{t('quoted', quote.text)}</blockquote>
                  <figcaption>
                    {richMessage('quoteBy', quote.speaker === brief.id ? quote.speakerName : <BriefLink id={quote.speaker} name={quote.speakerName} />)}
                    {quote.caveat && <span class="caveat"> {quote.caveat}</span>}
                  </figcaption>
                </figure>
              ))}
            </section>
          )}
          {brief.notes.length > 0 && (
            <section aria-labelledby="notes-heading">
              <h2 id="notes-heading">{t('briefLater')}</h2>
              {brief.notes.map((note, i) => (
                <p key={i} class="note">
                  <time dateTime={note.date}>{formatDate(note.date)}</time>: {note.text}
                </p>
              ))}
            </section>
          )}
        </div>
        <BriefFacts brief={brief} today={new Date()} />
      </div>
    </article>
  );
}

function NamesElsewhere({ names }: { names: ReturnType<typeof namesElsewhere> }) {
  if (names.length === 0) return null;
  return (
    <p class="native">
      <span>{t('briefNamesElsewhere')}</span>
      {names.map((n) => (
        <span key={n.text}>
          <span lang={n.langs[0]}>{n.text}</span> <span class="muted">({n.langs.join(', ')})</span>
        </span>
      ))}
    </p>
  );
}
