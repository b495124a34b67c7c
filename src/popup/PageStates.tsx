// What "On this page" says when it has no list to show: why, and the next step.
import type { ComponentChildren } from 'preact';
import browser from 'webextension-polyfill';

function State({ title, children, testId }: { title: string; children: ComponentChildren; testId: string }) {
  return (
    <section class="state" data-state={testId} aria-labelledby={`state-${testId}`}>
      <h2 id={`state-${testId}`}>{title}</h2>
      {children}
    </section>
  );
}

const elsewhere = (
  <p class="next-steps">
    <a href="#/story">Read the story</a> · <a href="#/briefs">Search all briefs</a>
  </p>
);

export const Loading = () => (
  <p class="muted" role="status" data-state="loading">
    Reading the page…
  </p>
);

export function CannotRead({ tabId }: { tabId?: number }) {
  return (
    <State title="Backstory cannot read this tab" testId="unavailable">
      <p>
        Browsers keep their own pages (settings, new tabs, add-on stores) and files closed to extensions, and a page that was open before Backstory
        was installed or updated has no Backstory in it until it is reloaded.
      </p>
      {tabId !== undefined && (
        <p>
          <button type="button" onClick={() => void browser.tabs.reload(tabId)}>
            Reload the tab
          </button>
        </p>
      )}
      {elsewhere}
    </State>
  );
}

export function Off({ where, onTurnOn }: { where: 'site' | 'everywhere'; onTurnOn(): void }) {
  return (
    <State title={where === 'site' ? 'Backstory is off on this site' : 'Backstory is off everywhere'} testId={`off-${where}`}>
      <p>{where === 'site' ? 'You turned it off here: names on these pages are not marked.' : 'You turned it off for every site: no page is marked.'}</p>
      <p>
        <button type="button" class="primary" onClick={onTurnOn}>
          {where === 'site' ? 'Turn on for this site' : 'Turn on everywhere'}
        </button>
      </p>
      {elsewhere}
    </State>
  );
}

export function NoNames({ host }: { host: string }) {
  return (
    <State title="No names from our briefs here" testId="no-names">
      <p>
        Backstory read {host || 'this page'} and found none of the people, places, organisations or events of the stories it knows. The kinds you
        turned off in the settings are not looked for.
      </p>
      {elsewhere}
    </State>
  );
}
