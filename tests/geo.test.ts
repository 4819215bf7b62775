/**
 * The geographic layers hold the reference figures and the known truths of geo/README.md.
 * Everything is measured on the shipped public/data/places.geojson.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanValid } from '@turf/boolean-valid';
import { kinks } from '@turf/kinks';
import { booleanClockwise } from '@turf/boolean-clockwise';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  Point,
  Polygon,
  MultiPolygon,
  Position,
} from 'geojson';
import { areaKm2, distanceToKm, lengthKm, widthAlongParallelKm } from '../src/lib/geo/measure';

const places = JSON.parse(readFileSync('public/data/places.geojson', 'utf8')) as FeatureCollection<
  Geometry,
  { id: string; approximate: boolean; sources: unknown[] }
>;
const byId = new Map(places.features.map((f) => [f.properties.id, f]));
const get = <G extends Geometry>(id: string) => {
  const f = byId.get(id);
  if (!f) throw new Error(`no place "${id}" in places.geojson`);
  return f as unknown as Feature<G>;
};
const at = (id: string): Position => get<Point>(id).geometry.coordinates;
const inside = (id: string, zone: string) =>
  booleanPointInPolygon(at(id), get<Polygon | MultiPolygon>(zone));

describe('every geometry', () => {
  const shapes = places.features.filter((f) => f.geometry.type !== 'Point');

  it.each(shapes.map((f) => [f.properties.id, f] as const))(
    '%s is valid GeoJSON by the right-hand rule',
    (_id, f) => {
      expect(booleanValid(f)).toBe(true);
      expect(kinks(f as Feature<Polygon>).features).toHaveLength(0);
      for (const poly of f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : []) {
        poly.forEach((ring, i) => {
          expect(ring[0]).toEqual(ring.at(-1)); // closed
          // RFC 7946: exterior rings counter-clockwise, holes clockwise.
          expect(booleanClockwise(ring)).toBe(i > 0);
        });
      }
    },
  );

  it('every place names its sources and says whether it is approximate', () => {
    for (const f of places.features) {
      expect(f.properties.sources.length, f.properties.id).toBeGreaterThan(0);
      expect(typeof f.properties.approximate, f.properties.id).toBe('boolean');
    }
  });

  it('coordinates are rounded to at most 5 decimals', () => {
    // Only the positions: a source URL may well end in digits after a dot.
    const text = readFileSync('public/data/places.geojson', 'utf8');
    const over: number[] = [];
    JSON.parse(text, (key, value) => {
      if (typeof value === 'number' && /\.\d{6,}/.test(String(value)) && key !== 'precisionM')
        over.push(value);
      return value;
    });
    expect(over).toEqual([]);
  });
});

describe('reference figures', () => {
  it.each([
    ['undof-area-of-separation', 200, 280],
    ['golan-heights', 1100, 1250],
    ['quneitra-governorate', 1600, 1950],
  ])('%s measures %d–%d km²', (id, min, max) => {
    const a = areaKm2(get<Polygon>(id));
    expect(a).toBeGreaterThanOrEqual(min);
    expect(a).toBeLessThanOrEqual(max);
  });
});

describe('known truths', () => {
  it('old Quneitra and the Hermon summit lie inside the Area of Separation', () => {
    expect(inside('quneitra-city', 'undof-area-of-separation')).toBe(true);
    expect(inside('mount-hermon', 'undof-area-of-separation')).toBe(true);
  });

  it('Majdal Shams and Katzrin lie inside the Golan layer; Tiberias, Kiryat Shmona and Rosh Pinna outside', () => {
    expect(inside('majdal-shams', 'golan-heights')).toBe(true);
    expect(inside('katzrin', 'golan-heights')).toBe(true);
    for (const id of ['tiberias', 'kiryat-shmona', 'rosh-pinna'])
      expect(inside(id, 'golan-heights'), id).toBe(false);
  });

  it('Beit Jinn lies outside the Area of Separation, 5–8 km east of it', () => {
    expect(inside('beit-jinn', 'undof-area-of-separation')).toBe(false);
    const d = distanceToKm(at('beit-jinn'), get('undof-area-of-separation').geometry);
    expect(d).toBeGreaterThanOrEqual(5);
    expect(d).toBeLessThanOrEqual(8);
    expect(at('beit-jinn')[0]).toBeGreaterThan(
      Math.max(...get<LineString>('bravo-line').geometry.coordinates.map((p) => p[0]!)) - 0.2,
    );
  });

  it('Khan Arnabah lies east of the Bravo line, within 2 km of it', () => {
    expect(inside('khan-arnabah', 'undof-area-of-separation')).toBe(false);
    expect(inside('khan-arnabah', 'golan-heights')).toBe(false);
    const bravo = get<LineString>('bravo-line').geometry;
    expect(distanceToKm(at('khan-arnabah'), bravo)).toBeLessThanOrEqual(2);
    // East: the Bravo line at Khan Arnabah's latitude lies west of it.
    const [lon, lat] = at('khan-arnabah') as [number, number];
    const c = bravo.coordinates;
    const seg = c.findIndex((p, i) => i > 0 && (c[i - 1]![1]! - lat) * (p[1]! - lat) <= 0);
    const [a, b] = [c[seg - 1]!, c[seg]!];
    const bravoLon = a[0]! + ((lat - a[1]!) / (b[1]! - a[1]!)) * (b[0]! - a[0]!);
    expect(lon).toBeGreaterThan(bravoLon);
  });

  it('the Alpha line runs along the Golan layer’s eastern edge (every vertex within 0.5 km)', () => {
    const golan = get<Polygon | MultiPolygon>('golan-heights').geometry;
    for (const p of get<LineString>('alpha-line').geometry.coordinates) {
      expect(distanceToKm(p, golan), String(p)).toBeLessThanOrEqual(0.5);
    }
  });

  it('the Area of Separation is about 10–13 km wide on the Hermon and under 1 km at its southern end', () => {
    // On the Hermon the UN measures the width along the crest, from the Alpha line to the Bravo
    // line (UNDOF budget 2005/06: "12.5 km at its widest point along the crest of Mount Hermon"):
    // here, from the Alpha line to the point of the Bravo line nearest the summit.
    const alpha = get<LineString>('alpha-line').geometry;
    const summit = at('mount-hermon');
    const bravo = get<LineString>('bravo-line').geometry.coordinates;
    const nearSummit = bravo.reduce((best, p) =>
      Math.hypot(p[0]! - summit[0]!, p[1]! - summit[1]!) <
      Math.hypot(best[0]! - summit[0]!, best[1]! - summit[1]!)
        ? p
        : best,
    );
    const crest = distanceToKm(nearSummit, alpha);
    expect(crest).toBeGreaterThanOrEqual(10);
    expect(crest).toBeLessThanOrEqual(13);
    // In the south, east–west across the zone 3 km north of its tip at the Yarmouk.
    const aos = get<Polygon>('undof-area-of-separation').geometry;
    const tipLat = Math.min(...aos.coordinates[0]!.map((p) => p[1]!));
    expect(widthAlongParallelKm(aos, tipLat + 3 / 111.32)).toBeLessThan(1);
  });

  it('the Alpha and Bravo lines each run about 75–100 km from the Lebanese to the Jordanian border', () => {
    for (const id of ['alpha-line', 'bravo-line']) {
      const len = lengthKm(get<LineString>(id));
      expect(len, id).toBeGreaterThan(75);
      expect(len, id).toBeLessThan(100);
    }
  });

  it('the Israeli-held area since December 2024 contains the Hermon summit and old Quneitra, and starts on 8 December 2024', () => {
    const zone = get<Polygon>('israeli-zone-2024');
    expect(booleanPointInPolygon(at('mount-hermon'), zone)).toBe(true);
    expect(booleanPointInPolygon(at('quneitra-city'), zone)).toBe(true);
    expect((zone.properties as { validFrom?: string }).validFrom).toBe('2024-12-08');
  });

  it('the Russian posts exist only between 2018 and the end of 2024', () => {
    const posts = places.features.filter((f) => f.properties.id.startsWith('ru-post-'));
    expect(posts.length).toBeGreaterThanOrEqual(8);
    for (const f of posts) {
      const p = f.properties as { validFrom?: string; validTo?: string };
      expect(p.validFrom! >= '2018-01-01' && p.validTo! <= '2025-01-01', f.properties.id).toBe(
        true,
      );
    }
  });
});

describe('the sites the story names', () => {
  const REQUIRED = [
    'beit-jinn',
    'quneitra-city',
    'madinat-al-baath',
    'khan-arnabah',
    'hadar',
    'jubata-al-khashab',
    'majdal-shams',
    'mount-hermon',
    'tell-al-hara',
    'nawa',
    'tasil',
    'koya',
    'sasa',
    'quneitra-crossing',
    'camp-faouar',
    'daraa',
    'damascus',
    'hmeimim',
    'tartus',
    't4-airbase',
    'hama-airbase',
  ];

  it.each(REQUIRED)('%s is a point with an English and an Arabic name and a cited source', (id) => {
    const f = get<Point>(id);
    const p = f.properties as {
      name?: string;
      names?: { ar?: string };
      sources: { url?: string }[];
    };
    expect(f.geometry.type).toBe('Point');
    expect(p.name).toBeTruthy();
    expect(p.names?.ar).toMatch(/[\u0600-\u06FF]/);
    expect(p.sources.some((s) => s.url?.startsWith('http'))).toBe(true);
  });

  it('Beit Jinn’s note says it lies in Rif Dimashq although the article places it in Quneitra', () => {
    const note = (get('beit-jinn').properties as { note?: string }).note ?? '';
    expect(note).toMatch(/Rif Dimashq/);
    expect(note).toMatch(/Quneitra/);
  });
});
