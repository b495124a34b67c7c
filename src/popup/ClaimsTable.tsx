import type { Claim } from '../shared/briefs.ts';
import { formatDate } from '../shared/format.ts';
import { t } from '../shared/i18n.ts';
import { briefById } from './bundle.ts';
import { BriefLink } from './BriefLink.tsx';

/** Who claims what about a contested place: each claim attributed, with its date where the story gives one. */
export function ClaimsTable({ claims, caption }: { claims: Claim[]; caption: string }) {
  return (
    <table class="claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('claimsWho')}</th>
          <th scope="col">{t('claimsWhat')}</th>
          <th scope="col">{t('claimsWhen')}</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim, i) => (
          <tr key={i}>
            <th scope="row">{briefById.has(claim.by) ? <BriefLink id={claim.by} name={claim.byName} /> : claim.byName}</th>
            <td>{claim.text}</td>
            <td class="date">{claim.date ? <time dateTime={claim.date}>{formatDate(claim.date)}</time> : t('claimsUndated')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
