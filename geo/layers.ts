/**
 * The layers derived from open data and the curated divider: the Area of Separation with its Alpha
 * and Bravo lines, the Israeli-held Golan, Quneitra Governorate, and the Areas of Limitation.
 * Each function is pure: features in, features out, so the build and the tests share them.
 */
import { buffer } from '@turf/buffer';
import { difference } from '@turf/difference';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import { simplify } from '@turf/simplify';
import { polygonToLine } from '@turf/polygon-to-line';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { featureCollection, lineString, polygon } from '@turf/helpers';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { Area } from './lib';

/** Boundary of an area as simple LineStrings, for distance measures. */
export function boundaryLines(a: Area): Feature<LineString>[] {
  const l = polygonToLine(a);
  const parts = l.type === 'FeatureCollection' ? l.features : [l];
  return parts.flatMap((f: Feature<LineString | MultiLineString>) =>
    f.geometry.type === 'LineString'
      ? [f as Feature<LineString>]
      : f.geometry.coordinates.map((c) => lineString(c)),
  );
}

function distanceKm(p: Position, lines: Feature<LineString>[]): number {
  return Math.min(...lines.map((l) => pointToLineDistance(p, l, { units: 'kilometers' })));
}

export interface SplitLines {
  alpha: Position[]; // north to south, along the western (Israeli-held) edge
  bravo: Position[]; // north to south, along the eastern (Syrian) edge
}

/**
 * Splits the Area of Separation's outer ring into its western edge (the Alpha line) and eastern
 * edge (the Bravo line). The ring's northern end lies on the Lebanese border and its southern end
 * on the Jordanian border (the Yarmouk): the corners are the westmost and eastmost vertices that
 * touch each border, within `touchKm`.
 */
export function splitAreaOfSeparation(
  aos: Area,
  lebanon: Area,
  jordan: Area,
  touchKm = 0.2,
): SplitLines {
  if (aos.geometry.type !== 'Polygon')
    throw new Error('The Area of Separation must be one Polygon.');
  const ring = aos.geometry.coordinates[0]!.slice(0, -1); // open ring: no repeated closing vertex
  const n = ring.length;
  const leb = boundaryLines(lebanon);
  const jor = boundaryLines(jordan);
  const near = (lines: Feature<LineString>[]) =>
    ring.map((p, i) => ({ p, i })).filter(({ p }) => distanceKm(p, lines) <= touchKm);
  const north = near(leb);
  const south = near(jor);
  if (!north.length || !south.length) {
    throw new Error(
      'The Area of Separation does not touch both the Lebanese and Jordanian borders.',
    );
  }
  const byLon = (a: { p: Position }, b: { p: Position }) => a.p[0]! - b.p[0]!;
  const nw = [...north].sort(byLon)[0]!.i;
  const ne = [...north].sort(byLon).at(-1)!.i;
  const sw = [...south].sort(byLon)[0]!.i;
  const se = [...south].sort(byLon).at(-1)!.i;

  /** The ring's vertices from i to j, walking in whichever direction avoids `avoid`. */
  const walk = (i: number, j: number, avoid: number): Position[] => {
    for (const step of [1, -1]) {
      const out: Position[] = [];
      let k = i;
      let ok = true;
      for (let guard = 0; guard <= n; guard++) {
        out.push(ring[k]!);
        if (k === j) break;
        k = (k + step + n) % n;
        if (k === avoid) ok = false;
      }
      if (ok) return out;
    }
    throw new Error('Could not walk the Area of Separation ring between its corners.');
  };
  return { alpha: walk(nw, sw, ne), bravo: walk(ne, se, nw) };
}

/**
 * The Israeli-held Golan: the land between the pre-1967 line (the curated divider, north to south)
 * and the Alpha line, less Lebanon and Jordan. Closing the ring through Lebanon in the north and
 * Jordan in the south, and then removing both countries, makes the layer's northern and southern
 * edges follow those borders, and its eastern edge *is* the Alpha line.
 */
export function golanHeights(
  divider: Position[],
  alpha: Position[],
  lebanon: Area,
  jordan: Area,
): Area {
  const dn = divider[0]!;
  const ds = divider.at(-1)!;
  const an = alpha[0]!;
  const as = alpha.at(-1)!;
  const northLat = Math.max(dn[1]!, an[1]!) + 0.15;
  const southLat = Math.min(ds[1]!, as[1]!) - 0.15;
  const ring: Position[] = [
    ...divider,
    [ds[0]!, southLat],
    [as[0]!, southLat],
    ...[...alpha].reverse(),
    [an[0]!, northLat],
    [dn[0]!, northLat],
    dn,
  ];
  // The divider runs north→south on the west and the Alpha line south→north on the east: clockwise.
  const strip = polygon([ring.reverse()]);
  const noLebanon = difference(featureCollection([strip, lebanon]));
  const golan = noLebanon && difference(featureCollection([noLebanon, jordan]));
  if (!golan)
    throw new Error('The Golan layer came out empty: check the divider and the Alpha line.');
  return golan;
}

export function unionOf(...areas: Area[]): Area {
  const u = union(featureCollection(areas));
  if (!u) throw new Error('union() returned nothing');
  return u;
}

/**
 * The Areas of Limitation of the 1974 agreement: bands 0–10, 10–20 and 20–25 km from the Area of
 * Separation on each side. The Israeli side is clipped to the Israeli-controlled land (Natural
 * Earth's de facto Israel, which includes the Golan), the Syrian side to Syria; both exclude the
 * Area of Separation itself. Measured from the area's outline, not from the lines the agreement's
 * map draws, so they are approximate.
 */
export function areasOfLimitation(
  aos: Area,
  israeliSide: Area,
  syrianSide: Area,
): { side: 'israeli' | 'syrian'; from: number; to: number; area: Area }[] {
  const out: { side: 'israeli' | 'syrian'; from: number; to: number; area: Area }[] = [];
  const rings = [0, 10, 20, 25].map((km) =>
    km === 0 ? aos : (buffer(aos, km, { units: 'kilometers', steps: 16 }) as Area),
  );
  for (let b = 1; b < rings.length; b++) {
    const band = difference(featureCollection([rings[b]!, rings[b - 1]!]));
    if (!band) continue;
    for (const [side, land] of [
      ['israeli', israeliSide],
      ['syrian', syrianSide],
    ] as const) {
      const clipped = intersect(featureCollection([band, land]));
      const cleaned = clipped && difference(featureCollection([clipped, aos]));
      if (!cleaned) continue;
      // ~30 m tolerance: the buffer's curves need far fewer vertices than it makes.
      const simple = simplify(cleaned, { tolerance: 0.0003, highQuality: true }) as Area;
      out.push({ side, from: [0, 10, 20, 25][b - 1]!, to: [0, 10, 20, 25][b]!, area: simple });
    }
  }
  return out;
}

export function asLine(coords: Position[]): Feature<LineString> {
  return lineString(coords);
}
