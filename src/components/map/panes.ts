/**
 * Leaflet panes, bottom to top. Fixed panes keep the drawing order when a layer is switched off
 * and on again (Leaflet would otherwise put it on top), and put the offline basemap *under* the
 * optional online tiles, so that when the tiles fail the basemap is still there.
 */
import type { Map as LeafletMap } from 'leaflet';
import type { PlaceProperties } from '../../lib/data/schema';
import { drawOrder } from '../../lib/geo/styles';

export const PANES = {
  basemap: 150, // Leaflet's tilePane is 200
  'places-0': 401,
  'places-1': 402,
  'places-2': 403,
  'places-3': 404,
  labels: 410,
  'places-4': 420,
  // The highlighted places, lifted above everything else while the rest are dimmed.
  highlight: 430,
} as const;

export function createPanes(map: LeafletMap): void {
  for (const [name, z] of Object.entries(PANES)) {
    const pane = map.createPane(name);
    pane.style.zIndex = String(z);
    if (name === 'labels') pane.style.pointerEvents = 'none';
    if (name.startsWith('places-')) pane.classList.add('places-pane');
  }
}

export function paneFor(p: PlaceProperties): keyof typeof PANES {
  return `places-${drawOrder(p)}` as keyof typeof PANES;
}
