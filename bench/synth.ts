/**
 * A seeded generator of story data at scale, realistic in shape: places clustered around the
 * story's own sites, events in bursts, a mix of day, month and year precision, periods, and
 * several places per event. The real story is included, so its ids still resolve.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { ACTORS, CATEGORIES } from '../src/lib/data/vocabulary';

/** mulberry32: small, fast and good enough for test data; the same seed gives the same data. */
export function prng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller. */
const gauss = (rand: () => number) =>
  Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());

const DAY = 86_400_000;
const START = Date.UTC(2017, 0, 1);
const SPAN_DAYS = 3287;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export interface Synthetic {
  places: FeatureCollection;
  events: { events: Record<string, unknown>[] };
  article: Record<string, unknown>;
}

export function synthesize(
  nEvents: number,
  nPlaces: number,
  seed = 20251117,
  dataDir = 'public/data',
): Synthetic {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const story = {
    places: JSON.parse(readFileSync(`${dataDir}/places.geojson`, 'utf8')) as FeatureCollection,
    events: JSON.parse(readFileSync(`${dataDir}/events.json`, 'utf8')) as {
      events: Record<string, unknown>[];
    },
    article: JSON.parse(readFileSync(`${dataDir}/article.json`, 'utf8')) as Record<string, unknown>,
  };

  // Places: clusters around the story's points, so density looks like a real conflict map.
  const centres = story.places.features
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => (f.geometry as { coordinates: number[] }).coordinates);
  const features: Feature[] = [...story.places.features];
  const ids: string[] = [];
  const source = {
    publisher: 'Synthetic',
    title: 'Generated test data',
    url: 'https://example.org/synthetic',
  };
  for (let i = 0; features.length < nPlaces; i++) {
    const [cx, cy] = pick(centres) as [number, number];
    const spread = 0.05 + rand() * 0.15;
    const x = +(cx + gauss(rand) * spread).toFixed(5);
    const y = +(cy + gauss(rand) * spread).toFixed(5);
    const id = `syn-place-${i}`;
    const r = rand();
    const timed = rand() < 0.2;
    const from = START + Math.floor(rand() * SPAN_DAYS) * DAY;
    const properties: Record<string, unknown> = {
      id,
      name: `Place ${i}`,
      kind: r < 0.6 ? 'site' : r < 0.85 ? 'post' : r < 0.95 ? 'city' : 'zone',
      approximate: rand() < 0.5,
      sources: [source],
      layer: r < 0.6 ? 'sites' : r < 0.85 ? 'russian-posts' : 'sites',
    };
    if (timed) {
      properties.validFrom = iso(from);
      properties.validTo = iso(from + (30 + Math.floor(rand() * 900)) * DAY);
    }
    let geometry: Feature['geometry'] = { type: 'Point', coordinates: [x, y] };
    if (properties.kind === 'zone') {
      const d = 0.01 + rand() * 0.02;
      const ring = Array.from({ length: 7 }, (_, k) => {
        const a = (k / 6) * 2 * Math.PI;
        return [+(x + d * Math.cos(a)).toFixed(5), +(y + d * Math.sin(a)).toFixed(5)];
      });
      ring[6] = ring[0]!;
      geometry = { type: 'Polygon', coordinates: [ring] };
      properties.layer = 'israeli-presence';
    }
    features.push({ type: 'Feature', properties, geometry });
    ids.push(id);
  }

  // Events: bursts around random centres in 2017–2025; some long periods.
  const bursts = Array.from({ length: Math.max(5, Math.floor(nEvents / 400)) }, () =>
    Math.floor(rand() * SPAN_DAYS),
  );
  const events: Record<string, unknown>[] = [...story.events.events];
  for (let i = 0; events.length < nEvents; i++) {
    const centre = pick(bursts);
    const dayN = Math.min(SPAN_DAYS - 1, Math.max(0, Math.round(centre + gauss(rand) * 20)));
    const t = START + dayN * DAY;
    const p = rand();
    const start = p < 0.7 ? iso(t) : p < 0.9 ? iso(t).slice(0, 7) : iso(t).slice(0, 4);
    const event: Record<string, unknown> = {
      id: `syn-event-${i}`,
      title: `Synthetic event ${i}`,
      summary: 'A generated event used to measure how the app behaves with large data sets.',
      start,
      actors: [pick(ACTORS).id, pick(ACTORS).id].filter((a, k, l) => l.indexOf(a) === k),
      category: pick(CATEGORIES).id,
      places: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(ids)),
      excerpts: [],
      sources: [{ ...source, date: iso(t) }],
      confidence: pick(['high', 'medium', 'low'] as const),
    };
    if (p < 0.7 && rand() < 0.15) {
      const end = Math.min(t + (1 + Math.floor(rand() * 60)) * DAY, START + (SPAN_DAYS - 1) * DAY);
      if (end > t) event.end = iso(end);
    }
    events.push(event);
  }
  return {
    places: { type: 'FeatureCollection', features },
    events: { events },
    article: story.article,
  };
}
