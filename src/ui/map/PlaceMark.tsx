// One place on the map: its mark (dot, contested diamond or edge arrow), its name, and the focus ring.
import type { PlacedLabel } from './label-layout.ts';
import type { MarkKind } from './MapLegend.tsx';
import type { Mark } from './map-marks.ts';

export const markRadius = 6;

interface PlaceMarkProps {
  mark: Mark;
  label: PlacedLabel;
  name: string;
  arrowAngle: number;
  focused: boolean;
  onChoose(id: string): void;
  onArrow(id: string, key: string): boolean;
}

export const kindOf = (mark: Mark): MarkKind => (mark.offMap ? 'beyond' : mark.contested ? 'contested' : 'place');

export function MarkShape({ kind, angle = 0 }: { kind: MarkKind; angle?: number }) {
  if (kind === 'contested') {
    return (
      <>
        <path class="mark" d="M0-7 7 0 0 7-7 0z" />
        <circle class="core" r="2" />
      </>
    );
  }
  if (kind === 'beyond') return <path class="mark" d="M7 0-5-6-2 0-5 6z" transform={`rotate(${angle})`} />;
  return <circle class="mark" r="4.5" />;
}

export function PlaceMark({ mark, label, name, arrowAngle, focused, onChoose, onArrow }: PlaceMarkProps) {
  const kind = kindOf(mark);
  return (
    <g
      class={`place ${kind === 'place' ? '' : kind}${focused ? ' focused' : ''}`}
      data-place={mark.id}
      role="button"
      tabindex={0}
      aria-label={name}
      aria-current={focused ? 'location' : undefined}
      onClick={() => onChoose(mark.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onChoose(mark.id);
        } else if (onArrow(mark.id, event.key)) event.preventDefault();
      }}
    >
      {label.leader && <line class="leader" x1={label.leader[0]} y1={label.leader[1]} x2={label.leader[2]} y2={label.leader[3]} />}
      <g transform={`translate(${mark.sx.toFixed(1)} ${mark.sy.toFixed(1)})`}>
        <circle class="ring" r={markRadius + 4} />
        <MarkShape kind={kind} angle={arrowAngle} />
      </g>
      <title>{name}</title>
      <text x={label.x.toFixed(1)} y={label.y.toFixed(1)} class={label.hidden ? 'on-demand' : undefined} aria-hidden="true">
        {mark.name}
      </text>
    </g>
  );
}
