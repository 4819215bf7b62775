/**
 * Cartographic styles of the places layer, as plain Leaflet path options. Approximate shapes are
 * dashed, so uncertainty is visible without reading the card; highlighted places get a strong
 * outline and the rest are dimmed, so the selection reads even in greyscale.
 */
import type { PathOptions } from 'leaflet';
import type { PlaceKind } from '../data/schema';

export type Emphasis = 'normal' | 'highlighted' | 'dimmed';

const KIND_COLOUR: Record<PlaceKind, string> = {
  governorate: '#6b5b95',
  zone: '#0b5cad',
  line: '#0b5cad',
  site: '#1d2327',
  city: '#1d2327',
  base: '#7a3b00',
  post: '#7a3b00',
};

export function placeStyle(kind: PlaceKind, approximate: boolean, emphasis: Emphasis): PathOptions {
  const colour = KIND_COLOUR[kind];
  const isArea = kind === 'zone' || kind === 'governorate';
  const style: PathOptions = {
    color: emphasis === 'highlighted' ? '#d55e00' : colour,
    weight: emphasis === 'highlighted' ? 3 : kind === 'line' ? 2.5 : 1.5,
    opacity: emphasis === 'dimmed' ? 0.35 : 1,
    fillColor: emphasis === 'highlighted' ? '#d55e00' : isArea ? colour : '#ffffff',
    fillOpacity: isArea ? (emphasis === 'dimmed' ? 0.05 : 0.15) : emphasis === 'dimmed' ? 0.4 : 1,
    dashArray: approximate && (isArea || kind === 'line') ? '6 4' : undefined,
  };
  return style;
}

/** Radius of a point's circle marker, in pixels: bigger for what matters more on this map. */
export function pointRadius(kind: PlaceKind, emphasis: Emphasis): number {
  const base = kind === 'city' ? 5 : kind === 'post' ? 4 : 6;
  return emphasis === 'highlighted' ? base + 3 : base;
}
