import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { kindLabels } from '../shared/format.ts';
import { plural, t } from '../shared/i18n.ts';
import { richMessage } from '../ui/rich-message.tsx';
import { hrefOf } from '../ui/route.ts';
import { matchedLine } from '../ui/matched-line.ts';
import { searchBriefs, suggestName } from '../ui/search-briefs.ts';
import { BriefGroups } from './BriefGroups.tsx';
import { briefs } from './bundle.ts';

const open = (id: string) => void (location.hash = hrefOf({ view: 'brief', id }));

/**
 * All briefs, and the search over them: a combobox whose options move with ↑/↓, open with Enter, and clear
 * with Esc. The query lives in the URL, so Back from a brief returns to the same results.
 */
export function SearchView({ query, onQuery }: { query: string; onQuery(query: string): void }) {
  const hits = useMemo(() => searchBriefs(briefs, query), [query]);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), []);
  const index = hits.length > 0 ? Math.min(active, hits.length - 1) : -1;
  const suggestion = query.trim() && hits.length === 0 ? suggestName(briefs, query) : undefined;
  const setQuery = (next: string) => {
    setActive(0);
    onQuery(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length > 0) {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      setActive(next);
      document.getElementById(`hit-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && index >= 0) open(hits[index]!.brief.id);
    else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };
  return (
    <>
      <h1 data-view-heading tabIndex={-1}>
        {t('viewBriefs')}
      </h1>
      <input
        ref={box} id="search" type="search" class="search" role="combobox" list={undefined} autoComplete="off" spellcheck={false}
        aria-label={t('searchLabel')} aria-describedby="search-help" aria-expanded={hits.length > 0} aria-controls="search-results"
        aria-activedescendant={index >= 0 ? `hit-${index}` : undefined} placeholder={t('searchPlaceholder')}
        value={query} onInput={(e) => setQuery(e.currentTarget.value)} onKeyDown={onKeyDown}
      />
      <p id="search-help" class="muted small">
        {t('searchHelp')}
      </p>
      <p class="visually-hidden" role="status">
        {query.trim() ? plural('searchMatches', hits.length) : ''}
      </p>
      <ul id="search-results" role="listbox" aria-label={t('searchResults')} class="results" hidden={hits.length === 0}>
        {hits.map((hit, i) => (
          <li key={hit.brief.id} id={`hit-${i}`} role="option" aria-selected={i === index} data-brief={hit.brief.id} class={`kind-${hit.brief.kind}`} onClick={() => open(hit.brief.id)}>
            <span class="name">{hit.brief.name}</span> <span class="muted">{kindLabels[hit.brief.kind]}</span>
            <span class="line">{matchedLine(hit) ?? hit.brief.summary}</span>
          </li>
        ))}
      </ul>
      {query.trim() && hits.length === 0 && (
        <div class="state" data-state="no-match">
          <p>{t('searchNoMatch', query.trim())}</p>
          <p>
            {suggestion
              ? richMessage(
                  'searchDidYouMean',
                  <button type="button" class="link" onClick={() => setQuery(suggestion.name)}>
                    {suggestion.name}
                  </button>,
                )
              : t('searchCheckSpelling')}{' '}
            <button type="button" class="link" onClick={() => setQuery('')}>
              {t('searchShowAll')}
            </button>
          </p>
        </div>
      )}
      {!query.trim() && <BriefGroups />}
    </>
  );
}
