import type { Claim } from '../shared/briefs.ts';
import { formatDate } from '../shared/format.ts';
import { briefById } from './bundle.ts';
import { BriefLink } from './BriefLink.tsx';

/** Who claims what about a contested place: each claim attributed, with its date where the story gives one. */
export function ClaimsTable({ claims, caption }: { claims: Claim[]; caption: string }) {
  return (
    <table class="claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Claims</th>
          <th scope="col">When</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim, i) => (
          <tr key={i}>
            <th scope="row">{briefById.has(claim.by) ? <BriefLink id={claim.by} name={claim.byName} /> : claim.byName}</th>
            <td>{claim.text}</td>
            <td class="date">{claim.date ? <time dateTime={claim.date}>{formatDate(claim.date)}</time> : 'undated'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
