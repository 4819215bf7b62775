/** Validation of places.geojson: the places the story names, each with its sources and dates. */
import type { Geometry } from 'geojson';
import type { PlaceFeature, PlaceKind, PlaceProperties, Problem } from '../schema';
import { PLACE_KINDS } from '../schema';
import { isFuzzyDate, parseFuzzyDate } from '../../time/dates';
import { describeValue } from '../describe-value';
import {
  type Obj,
  DAY_RE,
  Report,
  checkId,
  checkSources,
  checkTranslations,
  isObj,
  join,
  optString,
  reqString,
} from '../checks';
import { featureCollection, featureShell } from '../geojson';

export function validatePlaces(
  raw: unknown,
  problems: Problem[] = [],
  file = 'places.geojson',
): PlaceFeature[] {
  const r = new Report(file, problems);
  const features = featureCollection(r, raw);
  if (!features) return [];
  const seen = new Set<string>();
  const out: PlaceFeature[] = [];
  features.forEach((f, i) => {
    const path = `features[${i}]`;
    const props = featureShell(r, f, path);
    if (!props) return;
    const pp = `${path}.properties`;
    const id = checkId(r, props, pp, seen);
    const name = reqString(r, props, 'name', pp);
    const kind = props.kind;
    const kindOk = typeof kind === 'string' && (PLACE_KINDS as readonly string[]).includes(kind);
    if (!kindOk)
      r.add(
        join(pp, 'kind'),
        `expected one of ${PLACE_KINDS.join(', ')}, got ${describeValue(kind)}`,
      );

    const approximate = props.approximate;
    if (typeof approximate !== 'boolean') {
      r.add(
        join(pp, 'approximate'),
        `expected true or false, got ${describeValue(approximate)} (treated as approximate)`,
      );
    }
    const sources = checkSources(r, props, pp, false);

    const validFrom = optString(r, props, 'validFrom', pp);
    const validTo = optString(r, props, 'validTo', pp);
    let datesOk = true;
    for (const [key, value] of [
      ['validFrom', validFrom],
      ['validTo', validTo],
    ] as const) {
      if (value !== undefined && !(DAY_RE.test(value) && isFuzzyDate(parseFuzzyDate(value)))) {
        r.add(join(pp, key), `"${value}" is not a real day of the form YYYY-MM-DD`);
        datesOk = false;
      }
    }
    if (datesOk && validFrom && validTo && validTo <= validFrom) {
      r.add(join(pp, 'validTo'), `${validTo} is not after validFrom ${validFrom}`);
      datesOk = false;
    }

    const names: { ar?: string; he?: string } = {};
    if (props.names !== undefined) {
      if (!isObj(props.names))
        r.add(
          join(pp, 'names'),
          `expected an object like { "ar": "…" }, got ${describeValue(props.names)}`,
        );
      else {
        const ar = optString(r, props.names, 'ar', join(pp, 'names'));
        const he = optString(r, props.names, 'he', join(pp, 'names'));
        if (ar) names.ar = ar;
        if (he) names.he = he;
      }
    }
    const note = optString(r, props, 'note', pp);
    const translations = checkTranslations(r, props, pp, ['note'] as const);
    if (translations && !note)
      r.add(join(pp, 'translations'), 'translates a note, but the place has no note');
    const disputed = optString(r, props, 'disputed', pp);
    const admin = optString(r, props, 'admin', pp);
    const layer = optString(r, props, 'layer', pp);
    const precisionM = props.precisionM;
    const precisionOk = typeof precisionM === 'number' && precisionM >= 0;
    if (precisionM !== undefined && !precisionOk) {
      r.add(
        join(pp, 'precisionM'),
        `expected a number of metres, got ${describeValue(precisionM)}`,
      );
    }

    // A place whose validity cannot be read would show at the wrong times: leave it out.
    if (!id || !name || !kindOk || !datesOk) return;
    const properties: PlaceProperties = {
      id,
      name,
      kind: kind as PlaceKind,
      approximate: approximate !== false,
      sources,
    };
    if (names.ar || names.he) properties.names = names;
    if (validFrom) properties.validFrom = validFrom;
    if (validTo) properties.validTo = validTo;
    if (note) properties.note = note;
    if (note && translations) properties.translations = translations;
    if (disputed) properties.disputed = disputed;
    if (admin) properties.admin = admin;
    if (layer) properties.layer = layer;
    if (precisionOk) properties.precisionM = precisionM;
    out.push({ type: 'Feature', geometry: (f as Obj).geometry as Geometry, properties });
  });
  return out;
}
