/** Validation of basemap.geojson: the drawn background of countries, water and towns. */
import type { Basemap, BasemapFeature, Problem } from '../schema';
import { BASEMAP_KINDS } from '../schema';
import { describeValue } from '../describe-value';
import { Report, join, reqString } from '../checks';
import { featureCollection, featureShell } from '../geojson';

export function validateBasemap(
  raw: unknown,
  problems: Problem[] = [],
  file = 'basemap.geojson',
): Basemap {
  const r = new Report(file, problems);
  const features = featureCollection(r, raw) ?? [];
  const out: BasemapFeature[] = [];
  features.forEach((f, i) => {
    const path = `features[${i}]`;
    // Natural Earth's clipped country rings touch themselves at the clip's corners; the basemap is
    // drawn but never measured, so a crossing there is harmless.
    const props = featureShell(r, f, path, { checkCrossings: false });
    if (!props) return;
    const pp = `${path}.properties`;
    const name = reqString(r, props, 'name', pp);
    const kind = props.kind;
    if (typeof kind !== 'string' || !(BASEMAP_KINDS as readonly string[]).includes(kind)) {
      r.add(
        join(pp, 'kind'),
        `expected one of ${BASEMAP_KINDS.join(', ')}, got ${describeValue(kind)}`,
      );
      return;
    }
    if (!name) return;
    out.push(f as BasemapFeature);
  });
  return { type: 'FeatureCollection', features: out };
}
