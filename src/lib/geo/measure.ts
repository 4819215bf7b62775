/**
 * Measures the app shows and the tests check: areas, lengths, distances to lines and outlines, and
 * the width of an area along a parallel. Thin wrappers over turf, imported by name.
 */
import { area } from '@turf/area';
import { length } from '@turf/length';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { lineString } from '@turf/helpers';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export const areaKm2 = (g: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon): number =>
  area(g) / 1e6;

export const lengthKm = (g: Feature<LineString> | LineString): number =>
  length(g.type === 'Feature' ? g : { type: 'Feature', geometry: g, properties: {} }, {
    units: 'kilometers',
  });

/** The rings of a polygon or multipolygon. */
export function rings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/** Shortest distance in km from a point to a line or to an area's outline. */
export function distanceToKm(p: Position, g: Geometry): number {
  const lines =
    g.type === 'LineString'
      ? [g.coordinates]
      : g.type === 'MultiLineString'
        ? g.coordinates
        : rings(g);
  let best = Infinity;
  for (const l of lines) {
    if (l.length < 2) continue;
    best = Math.min(best, pointToLineDistance(p, lineString(l), { units: 'kilometers' }));
  }
  return best;
}
