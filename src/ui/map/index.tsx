// map.html: the map on a page of its own until the popup's #/map route shows it; ?focus=ID shows a
// brief's zoomed map. Choosing a place opens its brief in the popup's page.
import { render } from 'preact';
import { MapView } from './MapView.tsx';
import { PlaceMap } from './PlaceMap.tsx';

const focus = new URLSearchParams(location.search).get('focus') ?? undefined;
const open = (id: string) => location.assign(`popup.html#/brief/${encodeURIComponent(id)}`);

// npm run bench times the map from here to the frame after its places are drawn.
performance.mark('backstory:map-render');
render(
  focus ? (
    <>
      <h1>Where it is</h1>
      <PlaceMap focus={focus} onChoose={open} compact />
    </>
  ) : (
    <MapView onChoose={open} />
  ),
  document.getElementById('app')!,
);
