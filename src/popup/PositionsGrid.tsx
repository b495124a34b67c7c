import type { StoryBrief } from '../shared/briefs.ts';
import { t } from '../shared/i18n.ts';
import { positionsGrid, sentenceCase } from '../ui/story-layout.ts';
import { BriefLink } from './BriefLink.tsx';

/** Parties across, questions down; each cell is what the party holds, with its brief one click away. */
export function PositionsGrid({ story }: { story: StoryBrief }) {
  const grid = positionsGrid(story);
  return (
    <div class="grid-scroll">
      <table class="positions-grid">
        <caption>{t('positionsCaption')}</caption>
        <thead>
          <tr>
            <td />
            {grid.parties.map((party) => (
              <th key={party.id} scope="col">
                <BriefLink id={party.id} name={party.name} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.questions.map((question) => (
            <tr key={question}>
              <th scope="row">{sentenceCase(question)}</th>
              {grid.parties.map((party) => {
                const position = grid.cell(party.id, question);
                return (
                  <td key={party.id} class={position ? undefined : 'silent'}>
                    <span class="cell-party">{t('partyPosition', party.name)} </span>
                    {position ? position.text : t('noPosition')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
