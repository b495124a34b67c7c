import { kindPluralLabels, kindLabels } from '../shared/format.ts';
import { t } from '../shared/i18n.ts';
import { groupByKind } from '../ui/group-briefs.ts';
import { briefs } from './bundle.ts';
import { BriefLink } from './BriefLink.tsx';

const groups = groupByKind(briefs, (brief) => brief);

/** Every brief, by kind, alphabetical: the briefs view before anything is typed. */
export function BriefGroups() {
  return groups.map((group) => (
    <section key={group.kind} class="group" aria-labelledby={`all-${group.kind}`}>
      <h2 id={`all-${group.kind}`}>
        {kindPluralLabels[group.kind]} <span class="muted">{t('groupCount', group.items.length)}</span>
      </h2>
      <ul class="brief-links">
        {group.items.map((brief) => (
          <li key={brief.id} data-brief={brief.id} class={`kind-${brief.kind}`} title={kindLabels[brief.kind]}>
            <BriefLink id={brief.id} name={brief.name} />
            <span class="line">{brief.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  ));
}
