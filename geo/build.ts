/**
 * `npm run geo`: builds the map layers in public/data/ from open data installed from npm.
 * Deterministic: the same inputs give the same bytes (sorted features, fixed rounding, no dates).
 *
 * Today it builds the basemap (Natural Earth countries, via world-atlas). The curated layers of
 * geo/sources/ join the pipeline with issue 3.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { bboxClip } from '@turf/bbox-clip';
import { rewind } from '@turf/rewind';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const require = createRequire(import.meta.url);

/** The map's region: southern Syria and the Golan, out to the bases in western and central Syria. */
export const REGION: [number, number, number, number] = [34.2, 31.2, 38.8, 36.0];
const DECIMALS = 4; // about 10 m: finer than Natural Earth's 10m data is accurate

const round = (n: number) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Rounds a ring, drops the repeated positions rounding makes, and keeps it only if still a ring. */
function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length < 4) return null;
  const a = out[0]!;
  const b = out[out.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0]!, a[1]!]);
  return out.length >= 4 ? out : null;
}

function cleanPolygons(g: Polygon | MultiPolygon): MultiPolygon | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Position[][][] = [];
  for (const poly of polys) {
    const outer = poly[0] && cleanRing(poly[0]);
    if (!outer) continue;
    const holes = poly
      .slice(1)
      .map(cleanRing)
      .filter((r): r is Position[] => r !== null);
    out.push([outer, ...holes]);
  }
  return out.length ? { type: 'MultiPolygon', coordinates: out } : null;
}

export function buildBasemap(): FeatureCollection {
  const topo = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const features: Feature[] = [];
  for (const c of countries.features) {
    const clipped = bboxClip(c, REGION).geometry as Polygon | MultiPolygon;
    const geometry = cleanPolygons(clipped);
    if (!geometry) continue;
    const f: Feature = {
      type: 'Feature',
      properties: { kind: 'country', name: c.properties.name },
      geometry,
    };
    // RFC 7946: exterior rings counter-clockwise, holes clockwise.
    features.push(rewind(f) as Feature);
  }
  features.sort((a, b) =>
    String(a.properties?.name).localeCompare(String(b.properties?.name), 'en'),
  );
  return { type: 'FeatureCollection', features };
}

/** One feature per line: diffs stay readable and the output is byte-stable. */
export function stringifyCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => '  ' + JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const out = 'public/data/basemap.geojson';
  writeFileSync(out, stringifyCollection(buildBasemap()));
  console.log(`wrote ${out}`);
}
