/**
 * Which places lie inside a zone, for the place filter ("events in the Area of Separation").
 * A point place is inside when turf finds it in the zone's polygon (its edge counts). A line or
 * an area is inside when at least half of its vertices are (an area's outer rings): a smaller
 * zone that the larger one mostly covers counts, a larger one that merely overlaps it does not,
 * and a line drawn along a zone's edge (the Alpha line along the Area of Separation) counts for
 * the zones on both its sides. A place is always inside itself. Loaded on demand: only the zone
 * filter needs it.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { isArea, type PlaceFeature } from '../data/schema';

type Area = PlaceFeature & Feature<Polygon | MultiPolygon>;

/** The positions that stand for a place: the point, a line's vertices, an area's outer rings. */
function positions(p: PlaceFeature): Position[] {
  const g = p.geometry;
  switch (g?.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
      return g.coordinates.flat();
    // A ring's last position repeats its first.
    case 'Polygon':
      return g.coordinates[0]?.slice(1) ?? [];
    case 'MultiPolygon':
      return g.coordinates.flatMap((poly) => poly[0]?.slice(1) ?? []);
    default:
      return [];
  }
}

function liesIn(p: PlaceFeature, zone: Area): boolean {
  const at = positions(p);
  let inside = 0;
  for (const pos of at) if (booleanPointInPolygon(pos, zone)) inside++;
  return at.length > 0 && inside * 2 >= at.length;
}

/** The ids of the places inside `zone` (itself included); just itself when it is not an area. */
export function placesWithin(zone: PlaceFeature, places: readonly PlaceFeature[]): Set<string> {
  const inside = new Set([zone.properties.id]);
  if (!isArea(zone)) return inside;
  for (const p of places) if (p !== zone && liesIn(p, zone)) inside.add(p.properties.id);
  return inside;
}
