/** The Leaflet map handed down from MapView to the layers inside it. */
import { getContext, setContext } from 'svelte';
import type { Map as LeafletMap } from 'leaflet';

const KEY = Symbol('leaflet-map');

export function setMapContext(get: () => LeafletMap): void {
  setContext(KEY, get);
}

export function getMap(): LeafletMap {
  const get = getContext<(() => LeafletMap) | undefined>(KEY);
  if (!get) throw new Error('A map layer was used outside <MapView>: put it inside MapView.');
  return get();
}
