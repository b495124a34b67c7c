import type { Brief } from '../shared/briefs.ts';

export function BriefList({ briefs }: { briefs: Brief[] }) {
  return (
    <ul class="briefs">
      {briefs.map((brief) => (
        <li key={brief.id} data-brief={brief.id}>
          <strong>{brief.name}</strong> <span class={`kind kind-${brief.kind}`}>{brief.kind}</span>
          <p>{brief.summary}</p>
        </li>
      ))}
    </ul>
  );
}
