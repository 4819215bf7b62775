/**
 * Cartographic styles of the places, as plain Leaflet path options. Zones are fills, lines are
 * strokes, points are circles. Approximate shapes are dashed, so uncertainty shows without reading
 * the card. A highlighted place gets a heavy dark outline and the rest are dimmed, so the selection
 * reads in greyscale too. Colours follow the Okabe–Ito palette where they mean an actor.
 */
import type { CircleMarkerOptions, PathOptions } from 'leaflet';
import type { PlaceProperties } from '../data/schema';
import { ALPHA_LINE, BRAVO_LINE, layerOf } from './layers';

export type Emphasis = 'normal' | 'highlighted' | 'dimmed';

interface Look {
  color: string;
  fillColor: string;
  fillOpacity: number;
  weight: number;
}

/** The look of a place by layer (and, for a few, by id), before emphasis. */
function look(p: PlaceProperties): Look {
  switch (layerOf(p)) {
    case 'governorate':
      return p.id === 'quneitra-syrian-held'
        ? { color: '#6b4c9a', fillColor: '#6b4c9a', fillOpacity: 0.04, weight: 1.5 }
        : { color: '#6b4c9a', fillColor: '#6b4c9a', fillOpacity: 0, weight: 2.5 };
    case 'golan':
      return { color: '#8a5a00', fillColor: '#e69f00', fillOpacity: 0.14, weight: 1.5 };
    case 'separation':
      if (p.id === ALPHA_LINE)
        return { color: '#0b5cad', fillColor: '#0b5cad', fillOpacity: 0, weight: 3 };
      if (p.id === BRAVO_LINE)
        return { color: '#b2182b', fillColor: '#b2182b', fillOpacity: 0, weight: 3 };
      return { color: '#4d4d4d', fillColor: '#56b4e9', fillOpacity: 0.35, weight: 0.5 };
    case 'limitation':
      return { color: '#7a7a7a', fillColor: '#bdbdbd', fillOpacity: 0.08, weight: 1 };
    case 'israeli-presence':
      return p.kind === 'zone'
        ? { color: '#a34400', fillColor: '#d55e00', fillOpacity: 0.22, weight: 2 }
        : { color: '#a34400', fillColor: '#d55e00', fillOpacity: 1, weight: 1.5 };
    case 'russian-posts':
      return { color: '#003f73', fillColor: '#0072b2', fillOpacity: 1, weight: 1.5 };
    default:
      return p.kind === 'base'
        ? { color: '#1d2327', fillColor: '#5c3d00', fillOpacity: 1, weight: 1.5 }
        : { color: '#1d2327', fillColor: '#ffffff', fillOpacity: 1, weight: 1.5 };
  }
}

export function placeStyle(p: PlaceProperties, emphasis: Emphasis): PathOptions {
  const l = look(p);
  const isPoint = !['zone', 'governorate', 'line'].includes(p.kind);
  const style: PathOptions = {
    color: emphasis === 'highlighted' ? '#111111' : l.color,
    weight: emphasis === 'highlighted' ? l.weight + 2 : l.weight,
    opacity: emphasis === 'dimmed' ? 0.35 : 1,
    fillColor: l.fillColor,
    fillOpacity:
      emphasis === 'dimmed'
        ? l.fillOpacity * 0.4
        : emphasis === 'highlighted' && !isPoint
          ? Math.max(l.fillOpacity, 0.3)
          : l.fillOpacity,
    // Approximate outlines are dashed; points keep a solid ring so they stay legible.
    dashArray: p.approximate && !isPoint ? (p.kind === 'line' ? '8 5' : '5 4') : undefined,
  };
  return style;
}

/** Radius of a point's circle marker, in pixels: bigger for what matters more on this map. */
export function pointRadius(p: PlaceProperties, emphasis: Emphasis): number {
  const base = p.kind === 'post' ? 4.5 : p.kind === 'city' ? 5 : 6;
  return emphasis === 'highlighted' ? base + 3 : base;
}

/** A place's look at an emphasis: its style and, for a point, its radius, never one without the other. */
export function placeLook(
  p: PlaceProperties,
  isPoint: boolean,
  emphasis: Emphasis,
): Partial<CircleMarkerOptions> {
  const style = placeStyle(p, emphasis);
  return isPoint ? { ...style, radius: pointRadius(p, emphasis) } : style;
}

/**
 * The one rule for a place's emphasis: chosen places stand out; while a range is brushed, points
 * that no event in it names step back (`inRange` holds the places its events name).
 */
export function emphasisOf(
  id: string,
  isPoint: boolean,
  highlighted: ReadonlySet<string>,
  inRange: ReadonlySet<string> | null,
): Emphasis {
  if (highlighted.has(id)) return 'highlighted';
  return inRange && isPoint && !inRange.has(id) ? 'dimmed' : 'normal';
}

/** Drawing order: big areas at the back, lines over them, points on top. */
export function drawOrder(p: PlaceProperties): number {
  switch (p.kind) {
    case 'governorate':
      return 0;
    case 'zone':
      return layerOf(p) === 'limitation' ? 1 : 2;
    case 'line':
      return 3;
    default:
      return 4;
  }
}
