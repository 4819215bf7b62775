/**
 * Every line the map's attribution control shows, declared once. Leaflet writes these as HTML, so
 * they are fixed strings from the code, never data; the Trusted Types policy
 * (src/lib/dom/trusted-types.ts) lets through exactly these and nothing else.
 */
export const LEAFLET_PREFIX = '<a href="https://leafletjs.com">Leaflet</a>';
export const BORDERS_ATTRIBUTION =
  'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain; de facto lines) · Lakes and rivers: hand-digitised from cited landmarks';
export const TOWNS_ATTRIBUTION =
  'Town names: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';
export const PLACES_ATTRIBUTION =
  'Zones, lines and sites: curated from the sources named on each place';
export const TILES_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';

export const ATTRIBUTIONS: readonly string[] = [
  LEAFLET_PREFIX,
  BORDERS_ATTRIBUTION,
  TOWNS_ATTRIBUTION,
  PLACES_ATTRIBUTION,
  TILES_ATTRIBUTION,
];
