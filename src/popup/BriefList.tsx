import type { Brief } from '../shared/briefs.ts';
import { kindLabels } from '../shared/format.ts';
import { BriefView } from '../ui/BriefView.tsx';

/** Briefs as a list of names that open into the whole brief. */
export function BriefList({ briefs, counts, onSelect }: { briefs: Brief[]; counts?: Map<string, number>; onSelect(id: string): void }) {
  return (
    <ul class="briefs">
      {briefs.map((brief) => (
        <li key={brief.id} data-brief={brief.id}>
          <details>
            <summary>
              <strong>{brief.name}</strong> <span class={`kind kind-${brief.kind}`}>{kindLabels[brief.kind]}</span>
              {counts?.has(brief.id) && <span class="count"> ×{counts.get(brief.id)}</span>}
              <span class="line">{brief.summary}</span>
            </summary>
            <BriefView brief={brief} onSelect={onSelect} />
          </details>
        </li>
      ))}
    </ul>
  );
}
