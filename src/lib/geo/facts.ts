/**
 * Measured facts for a place's card, computed with turf from the shapes themselves: the area of
 * a zone, the length of a line, and for a site how far it lies from the Alpha and Bravo lines.
 */
import type { Geometry, LineString } from 'geojson';
import type { PlaceFeature } from '../data/schema';
import { areaKm2, distanceToKm, lengthKm } from './measure';
import { m } from '../../paraglide/messages.js';

export interface Fact {
  label: string;
  value: string;
}

/** A distance, length or area, rounded as its size warrants (Western digits in every language). */
const rounded = (n: number) =>
  n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(n >= 10 ? 0 : 1);
const km = (n: number) => m.fact_km({ value: rounded(n) });
const km2 = (n: number) => m.fact_km2({ value: rounded(n) });

/** The card's facts, in the reader's language: call it where they are shown. */
export function placeFacts(
  place: PlaceFeature,
  lines: { alpha?: PlaceFeature; bravo?: PlaceFeature },
): Fact[] {
  const g: Geometry = place.geometry;
  const approx = (value: string) =>
    place.properties.approximate ? m.fact_about({ value }) : value;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    return [{ label: m.fact_area(), value: approx(km2(areaKm2(g))) }];
  }
  if (g.type === 'LineString')
    return [{ label: m.fact_length(), value: approx(km(lengthKm(g as LineString))) }];
  if (g.type !== 'Point') return [];
  const facts: Fact[] = [];
  for (const [label, line] of [
    [m.fact_distance_alpha, lines.alpha],
    [m.fact_distance_bravo, lines.bravo],
  ] as const) {
    if (line)
      facts.push({
        label: label(),
        value: km(distanceToKm(g.coordinates, line.geometry)),
      });
  }
  return facts;
}
