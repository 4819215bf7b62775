/**
 * The URL codec: the reader's view as query parameters (DESIGN.md: `event`, `place`, `t`,
 * `from`/`to`, `view`, `about`, `step`, `q`, `lang`; the filters `category`, `actor`, `in`, `confidence`,
 * `sourcing`) and back. Pure: decoding never throws, and a bad value is
 * simply left out, so a mistyped link falls back to the defaults for that part only.
 */
import { STORY_END, STORY_START } from '../time/dates';
import { ID_RE } from '../data/checks';
import { formatDay, parseDay } from '../time/days';
import { CONFIDENCES } from '../data/schema';
import { LANES } from '../time/lanes';
import { SOURCINGS, type Filters } from '../filter/filters';
import { isLocale, type Locale } from '../i18n/locales';

export interface View {
  lat: number;
  lng: number;
  zoom: number;
}

export interface UrlState {
  event?: string;
  place?: string;
  /** The current date, UTC ms at the start of the day. */
  t?: number;
  from?: number;
  to?: number;
  view?: View;
  /** The panel shows "About the data". */
  about?: boolean;
  /** Story mode's step, 1-based. */
  step?: number;
  /** The search box's text. */
  q?: string;
  /** The filters that are set (src/lib/filter/filters.ts); ids are checked against the data later. */
  filters?: Partial<Filters>;
  /** The interface's language; English is left out of the address. */
  lang?: Locale;
}

/** The longest search text the address carries. */
export const MAX_QUERY = 200;

/**
 * The longest id the address carries. Servers refuse long request lines (Vite's preview server
 * answers HTTP 431 past about 16 KB), so the app bounds what it writes: with ids capped here, a
 * query stays under 1 KB. A longer id (possible only in hostile data) is left out of the URL.
 */
export const MAX_URL_ID = 200;
const urlId = (id: string | null | undefined): id is string =>
  !!id && id.length <= MAX_URL_ID && ID_RE.test(id);
/** A `YYYY-MM-DD` inside the story's time frame, as UTC ms; undefined otherwise. */
function decodeDay(s: string | null): number | undefined {
  const t = parseDay(s);
  return t !== undefined && t >= STORY_START && t < STORY_END ? t : undefined;
}

function decodeView(s: string | null): View | undefined {
  const parts = s?.split(',').map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [lat, lng, zoom] = parts as [number, number, number];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || zoom < 0 || zoom > 20) return undefined;
  return { lat, lng, zoom };
}

export function decodeUrl(search: string): UrlState {
  const q = new URLSearchParams(search);
  const out: UrlState = {};
  const event = q.get('event');
  if (urlId(event)) out.event = event;
  const place = q.get('place');
  if (urlId(place)) out.place = place;
  const t = decodeDay(q.get('t'));
  if (t !== undefined) out.t = t;
  const from = decodeDay(q.get('from'));
  const to = decodeDay(q.get('to'));
  if (from !== undefined && to !== undefined && from <= to) {
    out.from = from;
    out.to = to;
  }
  const view = decodeView(q.get('view'));
  if (view) out.view = view;
  if (q.get('about') === '1') out.about = true;
  const step = q.get('step');
  if (step && /^[1-9]\d{0,3}$/.test(step)) out.step = Number(step);
  const text = q.get('q')?.trim().slice(0, MAX_QUERY);
  if (text) out.q = text;
  const filters = decodeFilters(q);
  if (filters) out.filters = filters;
  const lang = q.get('lang');
  if (isLocale(lang)) out.lang = lang;
  return out;
}

/** A comma-separated list of ids, keeping those `ok` accepts. */
const idList = (s: string | null, ok: (id: string) => boolean = urlId): string[] =>
  s ? [...new Set(s.split(','))].filter(ok) : [];

function decodeFilters(q: URLSearchParams): Partial<Filters> | undefined {
  const f: { -readonly [K in keyof Filters]?: Filters[K] } = {};
  const categories = idList(q.get('category'), (c) => LANES.includes(c));
  if (categories.length) f.categories = categories;
  const actors = idList(q.get('actor'));
  if (actors.length) f.actors = actors;
  const place = q.get('in');
  if (urlId(place)) f.place = place;
  const levels = idList(q.get('confidence'), (c) => (CONFIDENCES as readonly string[]).includes(c));
  if (levels.length) f.confidence = levels as Filters['confidence'];
  const sourcing = q.get('sourcing');
  if ((SOURCINGS as readonly (string | null)[]).includes(sourcing))
    f.sourcing = sourcing as Filters['sourcing'];
  return Object.keys(f).length ? f : undefined;
}

const fixed = (n: number, d: number) => String(Number(n.toFixed(d)));

/** The query string for a state, in a fixed parameter order; '' when there is nothing to say. */
export function encodeUrl(s: UrlState): string {
  const q = new URLSearchParams();
  if (urlId(s.event)) q.set('event', s.event);
  if (urlId(s.place)) q.set('place', s.place);
  if (s.t !== undefined) q.set('t', formatDay(s.t));
  if (s.from !== undefined && s.to !== undefined) {
    q.set('from', formatDay(s.from));
    q.set('to', formatDay(s.to));
  }
  if (s.view)
    q.set('view', `${fixed(s.view.lat, 4)},${fixed(s.view.lng, 4)},${fixed(s.view.zoom, 2)}`);
  if (s.about) q.set('about', '1');
  if (s.step && Number.isInteger(s.step) && s.step > 0) q.set('step', String(s.step));
  const text = s.q?.trim().slice(0, MAX_QUERY);
  if (text) q.set('q', text);
  const f = s.filters;
  const list = (key: string, ids: readonly string[] | undefined) => {
    const ok = ids?.filter(urlId) ?? [];
    if (ok.length) q.set(key, ok.join(','));
  };
  list('category', f?.categories);
  list('actor', f?.actors);
  if (urlId(f?.place)) q.set('in', f.place);
  list('confidence', f?.confidence);
  if (f?.sourcing) q.set('sourcing', f.sourcing);
  if (s.lang && s.lang !== 'en' && isLocale(s.lang)) q.set('lang', s.lang);
  const search = q.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}
