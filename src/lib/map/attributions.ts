/**
 * Every line the map's attribution control shows, declared once. Leaflet writes these as HTML, so
 * they are fixed strings from the code, never data; the Trusted Types policy
 * (src/lib/dom/trusted-types.ts) lets through exactly these and nothing else.
 *
 * The lines are in the reader's language: their words are messages and their links fixed markup
 * from here, put together when the map shows them (`bordersAttribution()`).
 */
import { m } from '../../paraglide/messages.js';
import { LOCALES, type Locale } from '../i18n/locales';

export const LEAFLET_PREFIX = '<a href="https://leafletjs.com">Leaflet</a>';
const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const GEONAMES = '<a href="https://www.geonames.org/">GeoNames</a>';
const OPENSTREETMAP = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** The basemap's borders, lakes and rivers; in the reader's language unless `locale` says. */
export const bordersAttribution = (locale?: Locale): string =>
  m.attribution_borders({ naturalEarth: NATURAL_EARTH }, { locale });
/** The basemap's town names. */
export const townsAttribution = (locale?: Locale): string =>
  m.attribution_towns({ geonames: GEONAMES }, { locale });
/** The story's own places. */
export const placesAttribution = (locale?: Locale): string => m.attribution_places({}, { locale });
/** The optional online tiles. */
export const tilesAttribution = (locale?: Locale): string =>
  m.attribution_tiles({ openStreetMap: OPENSTREETMAP }, { locale });

/**
 * Every line the control may show, in every language whose messages are here (what the Trusted
 * Types policy allows). Worked out when asked: a language's lines arrive with its messages.
 */
export const attributionLines = (): string[] => [
  LEAFLET_PREFIX,
  ...LOCALES.flatMap((l) => [
    bordersAttribution(l),
    townsAttribution(l),
    placesAttribution(l),
    tilesAttribution(l),
  ]),
];
