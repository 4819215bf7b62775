/**
 * Measured facts for a place's card, computed with turf from the shapes themselves: the area of
 * a zone, the length of a line, and for a site how far it lies from the Alpha and Bravo lines.
 */
import type { Geometry, LineString } from 'geojson';
import type { PlaceFeature } from '../data/schema';
import { areaKm2, distanceToKm, lengthKm } from './measure';

export interface Fact {
  label: string;
  value: string;
}

const km = (n: number) =>
  `${n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(n >= 10 ? 0 : 1)} km`;

export function placeFacts(
  place: PlaceFeature,
  lines: { alpha?: PlaceFeature; bravo?: PlaceFeature },
): Fact[] {
  const g: Geometry = place.geometry;
  const approx = place.properties.approximate ? 'about ' : '';
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    return [{ label: 'Area', value: `${approx}${km(areaKm2(g)).replace(' km', ' km²')}` }];
  }
  if (g.type === 'LineString')
    return [{ label: 'Length', value: `${approx}${km(lengthKm(g as LineString))}` }];
  if (g.type !== 'Point') return [];
  const facts: Fact[] = [];
  for (const [name, line] of [
    ['Alpha line', lines.alpha],
    ['Bravo line', lines.bravo],
  ] as const) {
    if (line)
      facts.push({
        label: `Distance to the ${name}`,
        value: km(distanceToKm(g.coordinates, line.geometry)),
      });
  }
  return facts;
}
