/**
 * What kind of place a place is, in the interface's language: one list for the place card and
 * the map's accessible names. Functions, looked up when drawn, so they follow the language.
 */
import type { PlaceKind } from '../data/schema';
import { m } from '../../paraglide/messages.js';

const KIND_LABELS: Record<PlaceKind, () => string> = {
  governorate: m.place_kind_governorate,
  zone: m.place_kind_zone,
  line: m.place_kind_line,
  site: m.place_kind_site,
  post: m.place_kind_post,
  base: m.place_kind_base,
  city: m.place_kind_city,
};

export const kindLabel = (kind: PlaceKind): string => KIND_LABELS[kind]?.() ?? kind;
