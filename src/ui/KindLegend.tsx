// The legend of what the marks on a page mean: each kind's name drawn in the kind's own page style.
import type { ComponentChildren } from 'preact';
import highlightCss from '../content/highlights.css';
import { entityKinds, type EntityKind } from '../shared/alias-index.ts';
import { kindPluralLabels } from '../shared/format.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { kindStylesOf, type UnderlineStyle } from '../shared/kind-styles.ts';

const kindStyles = kindStylesOf(highlightCss);
const underlineWords: Record<UnderlineStyle, MessageKey> = {
  solid: 'underlineSolid',
  dashed: 'underlineDashed',
  double: 'underlineDouble',
  dotted: 'underlineDotted',
  wavy: 'underlineWavy',
};

/** One kind's name, drawn as Backstory draws that kind's names on pages. */
const KindSample = ({ kind }: { kind: EntityKind }) => (
  <span class="kind-sample" data-kind={kind} style={kindStyles[kind].css}>
    {kindPluralLabels[kind]}
  </span>
);

const underlineOf = (kind: EntityKind) => t(underlineWords[kindStyles[kind].underline]);

/** Every kind with its sample and underline; `control` puts something (a checkbox) before each. */
export function KindLegend({ control }: { control?: (kind: EntityKind, sample: ComponentChildren) => ComponentChildren }) {
  return (
    <ul class="legend">
      {entityKinds.map((kind) => {
        const sample = (
          <>
            <KindSample kind={kind} /> <span class="muted">{underlineOf(kind)}</span>
          </>
        );
        return <li key={kind}>{control ? control(kind, sample) : sample}</li>;
      })}
    </ul>
  );
}
