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

/**
 * The width of an area along the parallel of latitude `lat`, in km: the summed length of the
 * parallel's pieces inside the area (east–west width).
 */
export function widthAlongParallelKm(g: Geometry, lat: number): number {
  let degrees = 0;
  for (const ring of rings(g)) {
    const xs: number[] = [];
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      if ((a[1]! - lat) * (b[1]! - lat) < 0)
        xs.push(a[0]! + ((lat - a[1]!) / (b[1]! - a[1]!)) * (b[0]! - a[0]!));
    }
    xs.sort((x, y) => x - y);
    for (let i = 0; i + 1 < xs.length; i += 2) degrees += xs[i + 1]! - xs[i]!;
  }
  // Holes are rings too and cancel out by the even–odd pairing above only per ring; the layers
  // measured here have none.
  return degrees * 111.32 * Math.cos((lat * Math.PI) / 180);
}
