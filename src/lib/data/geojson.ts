/**
 * GeoJSON structure: a FeatureCollection, each Feature's envelope, and geometries down to their
 * positions (closed rings, enough positions, longitudes and latitudes in range).
 */
import kinks from '@turf/kinks';
import type { MultiPolygon, Polygon } from 'geojson';
import { describeValue } from './describe-value';
import { type Obj, type Report, isObj, join } from './checks';

function checkPosition(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3)
    return `expected [longitude, latitude], got ${describeValue(p)}`;
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n)))
    return 'coordinates must be finite numbers';
  const [lon, lat] = p as number[];
  if (lon! < -180 || lon! > 180) return `longitude ${lon} is outside -180..180`;
  if (lat! < -90 || lat! > 90) return `latitude ${lat} is outside -90..90`;
  return null;
}

/** Returns [relative path, message] of the first problem in a geometry, or null when it is valid. */
function geometryProblem(g: unknown): [string, string] | null {
  if (!isObj(g)) return ['', `expected a geometry object, got ${describeValue(g)}`];
  const positions = (list: unknown, min: number, what: string): [string, string] | null => {
    if (!Array.isArray(list))
      return ['', `expected an array of positions, got ${describeValue(list)}`];
    if (list.length < min)
      return ['', `a ${what} needs at least ${min} positions, has ${list.length}`];
    for (let i = 0; i < list.length; i++) {
      const m = checkPosition(list[i]);
      if (m) return [`[${i}]`, m];
    }
    return null;
  };
  const ring = (list: unknown): [string, string] | null => {
    const bad = positions(list, 4, 'polygon ring');
    if (bad) return bad;
    const l = list as number[][];
    const a = l[0]!;
    const b = l[l.length - 1]!;
    if (a[0] !== b[0] || a[1] !== b[1])
      return ['', 'polygon ring is not closed (first and last positions differ)'];
    return null;
  };
  const many = (
    list: unknown,
    each: (x: unknown) => [string, string] | null,
    min = 1,
  ): [string, string] | null => {
    if (!Array.isArray(list)) return ['', `expected an array, got ${describeValue(list)}`];
    if (list.length < min) return ['', `expected at least ${min} element(s)`];
    for (let i = 0; i < list.length; i++) {
      const bad = each(list[i]);
      if (bad) return [`[${i}]${bad[0]}`, bad[1]];
    }
    return null;
  };
  const at = (bad: [string, string] | null, key: string): [string, string] | null =>
    bad ? [`.${key}${bad[0]}`, bad[1]] : null;
  const c = g.coordinates;
  switch (g.type) {
    case 'Point': {
      const m = checkPosition(c);
      return m ? ['.coordinates', m] : null;
    }
    case 'MultiPoint':
      return at(positions(c, 1, 'MultiPoint'), 'coordinates');
    case 'LineString':
      return at(positions(c, 2, 'LineString'), 'coordinates');
    case 'MultiLineString':
      return at(
        many(c, (l) => positions(l, 2, 'LineString')),
        'coordinates',
      );
    case 'Polygon':
      return at(many(c, ring), 'coordinates');
    case 'MultiPolygon':
      return at(
        many(c, (p) => many(p, ring)),
        'coordinates',
      );
    case 'GeometryCollection':
      return at(many(g.geometries, geometryProblem), 'geometries');
    default:
      return ['.type', `unknown geometry type ${describeValue(g.type)}`];
  }
}

export function featureCollection(r: Report, raw: unknown): unknown[] | null {
  if (!isObj(raw)) {
    r.add('', `expected a GeoJSON FeatureCollection object, got ${describeValue(raw)}`);
    return null;
  }
  if (raw.type !== 'FeatureCollection')
    r.add('type', `expected "FeatureCollection", got ${describeValue(raw.type)}`);
  if (!Array.isArray(raw.features)) {
    r.add('features', `expected an array of features, got ${describeValue(raw.features)}`);
    return null;
  }
  return raw.features;
}

/** Checks a feature's envelope and geometry; returns its properties object when it can be used. */
export function featureShell(
  r: Report,
  f: unknown,
  path: string,
  { checkCrossings = true } = {},
): Obj | null {
  if (!isObj(f)) {
    r.add(path, `expected a Feature object, got ${describeValue(f)}`);
    return null;
  }
  if (f.type !== 'Feature')
    r.add(join(path, 'type'), `expected "Feature", got ${describeValue(f.type)}`);
  const bad = geometryProblem(f.geometry);
  if (bad) {
    r.add(`${path}.geometry${bad[0]}`, `${bad[1]} (feature left out)`);
    return null;
  }
  const crossing = checkCrossings ? selfIntersection(f.geometry as Obj) : null;
  if (crossing)
    r.add(
      `${path}.geometry`,
      `the polygon crosses itself near [${crossing.map((n) => n.toFixed(4)).join(', ')}] (drawn as given; its area and what lies inside it may be wrong)`,
    );
  if (!isObj(f.properties)) {
    r.add(join(path, 'properties'), `expected an object, got ${describeValue(f.properties)}`);
    return null;
  }
  return f.properties;
}

/**
 * Pairwise segment tests grow with the square of the positions: polygons larger than this are
 * not checked, so a hostile file cannot freeze the page. The story's largest has about 200.
 */
const KINK_CHECK_MAX_POSITIONS = 5000;

/** Where a (multi)polygon's rings cross themselves or each other (a "bow-tie"), or null. */
function selfIntersection(g: Obj): [number, number] | null {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return null;
  const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
  let positions = 0;
  for (const polygon of rings) for (const ring of polygon) positions += ring.length;
  if (positions > KINK_CHECK_MAX_POSITIONS) return null;
  const found = kinks(g as unknown as Polygon | MultiPolygon).features[0];
  return found ? (found.geometry.coordinates as [number, number]) : null;
}
