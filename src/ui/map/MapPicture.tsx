// The map of the story's places, whole or zoomed to one place, for any MapData. Each place is a
// button: click, Enter or Space chooses it; the arrow keys move to the nearest place that way.
import { useRef } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { MapData } from '../../shared/map-data.ts';
import { layoutLabels } from './label-layout.ts';
import { labelWidth } from './label-width.ts';
import { MapLegend } from './MapLegend.tsx';
import { accessibleName, arrowAngle, hitRadii, labelPriority, marksIn, nextMark, viewOf, type Arrow } from './map-marks.ts';
import { addMapStyles } from './map-styles.ts';
import { kindOf, markRadius, PlaceMark } from './PlaceMark.tsx';
import { useElementWidth } from './use-element-width.ts';

export interface PlaceMapProps {
  /** A place's entity id: the map zooms to it. */
  focus?: string;
  onChoose(id: string): void;
  /** The small map of a brief: a one-line legend heading, fewer words. */
  compact?: boolean;
}

const arrows = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

export function MapPicture(props: PlaceMapProps & { map: MapData }) {
  addMapStyles(document);
  const box = useRef<HTMLElement>(null);
  // Drawn once its width is known, before the first paint: never laid out at a guessed width and again.
  const width = useElementWidth(box, props.compact ? 368 : 760);
  return (
    <figure class={`place-map${props.compact ? ' compact' : ''}`} ref={box}>
      {width !== undefined && <MapDrawing {...props} width={width} />}
    </figure>
  );
}

function MapDrawing({ map, focus, onChoose, compact, width }: PlaceMapProps & { map: MapData; width: number }) {
  const svg = useRef<SVGSVGElement>(null);
  const focused = map.places.find((p) => p.id === focus);
  const view = viewOf(map, focused, width);
  const marks = marksIn(map, view, focused?.id);
  const labels = new Map(
    layoutLabels(
      labelPriority(marks, focused?.id).map((m) => ({ id: m.id, x: m.sx, y: m.sy, width: labelWidth(m.name), always: m.id === focused?.id })),
      { width: view.width, height: view.height, lineHeight: 15, markRadius },
    ).map((l) => [l.id, l]),
  );
  const hits = hitRadii(marks);
  const [fx, fy] = view.frame;
  const caption = focused ? t('mapAround', focused.name) : t('mapWhole', map.highlight.name);

  const onArrow = (id: string, key: string) => {
    if (!arrows.has(key)) return false;
    const next = nextMark(marks, id, key as Arrow);
    if (next) svg.current?.querySelector<SVGGElement>(`[data-place="${next.id}"]`)?.focus();
    return true;
  };

  return (
    <>
      <svg ref={svg} viewBox={`0 0 ${view.width} ${view.height}`} width={view.width} height={view.height} role="group" aria-label={caption}>
        <g transform={`scale(${view.scale.toFixed(4)}) translate(${-fx} ${-fy})`} aria-hidden="true">
          <path class="land" d={map.land} />
          <path class="story-country" d={map.highlight.path} />
          <path class="borders" d={map.borders} />
        </g>
        {/* WCAG 2.2 target size (2.5.8): a disc of up to 24 px around each mark takes the pointer too, drawn
            under every mark and label, so what is visible is what is chosen. */}
        <g class="hits" aria-hidden="true">
          {marks.map((mark) => (
            <circle key={mark.id} data-hit={mark.id} cx={mark.sx.toFixed(1)} cy={mark.sy.toFixed(1)} r={hits.get(mark.id)!.toFixed(1)} onClick={() => onChoose(mark.id)} />
          ))}
        </g>
        {marks.map((mark) => (
          <PlaceMark
            key={mark.id}
            mark={mark}
            label={labels.get(mark.id)!}
            name={accessibleName(map, mark)}
            arrowAngle={arrowAngle(map, mark)}
            focused={mark.id === focused?.id}
            onChoose={onChoose}
            onArrow={onArrow}
          />
        ))}
      </svg>
      <MapLegend country={map.highlight.name} shown={new Set(marks.map(kindOf))} compact={compact} />
    </>
  );
}
