import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { diskReader, filesIn, validateFiles, type FilePaths } from '../scripts/validate-files';
import { formatProblem, type Problem } from '../src/lib/data/schema';
import { validateStory } from '../src/lib/data/validate';
import { prng } from '../bench/synth';
import { validateTranslations } from '../src/lib/data/validate/translations';

const FIX = join(import.meta.dirname, 'fixtures');
const good = filesIn(join(FIX, 'good'));

/** Validates the good fixture with one file swapped for a bad fixture. */
async function withBad(name: string): Promise<string[]> {
  const key = name.split('-')[0] as keyof FilePaths;
  return (await validateFiles({ ...good, [key]: join(FIX, 'bad', name) })).map(formatProblem);
}

describe('the good fixture', () => {
  it('has no problems', async () => {
    expect(await validateFiles(good)).toEqual([]);
  });
});

// One bad fixture per kind of problem: the exact message, with its file and path.
const CASES: [fixture: string, expected: string][] = [
  ['events-wrong-type.json', 'events.json: events[0].title: expected a string, got number 42'],
  ['events-missing-field.json', 'events.json: events[1].summary: missing'],
  ['events-unknown-place.json', 'events.json: events[0].places[0]: unknown place "beit-jin"'],
  [
    'events-impossible-date.json',
    'events.json: events[2].start: "2025-02-30" is not a real day (month 02 of 2025 has 28 days)',
  ],
  [
    'events-date-form.json',
    'events.json: events[0].start: "07/07/2017" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
  ],
  [
    'events-out-of-range.json',
    "events.json: events[0].start: 2016-05-01 is outside the story's time frame, 2017–2025",
  ],
  [
    'events-inverted-range.json',
    'events.json: events[0].end: 2017-07-01 is before the start 2017-07-09 (end ignored)',
  ],
  [
    'events-duplicate-id.json',
    'events.json: events[2].id: duplicate id "2017-07-07-ceasefire" (the first one is kept)',
  ],
  [
    'events-undated-sources.json',
    'events.json: events[1].sources: no source has a date: give at least one its publication date',
  ],
  [
    'events-no-source.json',
    'events.json: events[1].sources: expected a non-empty array of sources',
  ],
  [
    'events-bad-url.json',
    'events.json: events[1].sources[0].url: "ftp://example.org/x" is not an http(s) URL (shown as text, not a link)',
  ],
  ['events-unknown-excerpt.json', 'events.json: events[2].excerpts[1]: unknown excerpt "x-three"'],
  ['events-unknown-actor.json', 'events.json: events[1].actors[1]: unknown actor "martians"'],
  ['events-unknown-category.json', 'events.json: events[1].category: unknown category "weather"'],
  [
    'events-bad-confidence.json',
    'events.json: events[1].confidence: expected high, medium or low, got "certain" (shown as low)',
  ],
  ['events-not-object.json', 'events.json: expected an object { "events": [...] }, got an array'],
  [
    'places-unclosed-ring.geojson',
    'places.geojson: features[1].geometry.coordinates[0]: polygon ring is not closed (first and last positions differ) (feature left out)',
  ],
  [
    'places-bad-position.geojson',
    'places.geojson: features[0].geometry.coordinates: latitude 123 is outside -90..90 (feature left out)',
  ],
  [
    'places-unknown-geometry.geojson',
    'places.geojson: features[2].geometry.type: unknown geometry type "Circle" (feature left out)',
  ],
  [
    'places-bad-kind.geojson',
    'places.geojson: features[0].properties.kind: expected one of governorate, zone, line, site, post, base, city, got "village"',
  ],
  [
    'places-bad-id.geojson',
    'places.geojson: features[2].properties.id: "Test Line" is not kebab-case (lower-case letters, digits and single hyphens)',
  ],
  [
    'places-duplicate-id.geojson',
    'places.geojson: features[2].properties.id: duplicate id "test-zone" (the first one is kept)',
  ],
  [
    'places-missing-sources.geojson',
    'places.geojson: features[0].properties.sources: missing: name at least one source',
  ],
  [
    'places-bad-validity.geojson',
    'places.geojson: features[1].properties.validTo: 2024-01-01 is not after validFrom 2024-12-08',
  ],
  [
    'places-not-collection.geojson',
    'places.geojson: type: expected "FeatureCollection", got "Feature"',
  ],
  [
    'article-not-verbatim.json',
    'article.json: excerpts[0].text: not found verbatim in paragraph "p1": "First sentence about a cease-fire."',
  ],
  ['article-unknown-paragraph.json', 'article.json: excerpts[1].paragraph: unknown paragraph "p9"'],
  [
    'article-unknown-event.json',
    'article.json: excerpts[1].events[1]: unknown event "2025-11-18-nothing"',
  ],
  ['article-unknown-place.json', 'article.json: excerpts[1].places[1]: unknown place "atlantis"'],
  [
    'article-missing-paragraphs.json',
    'article.json: paragraphs: expected a non-empty array of paragraphs, got nothing',
  ],
  [
    'places-bow-tie.geojson',
    'places.geojson: features[1].geometry: the polygon crosses itself near [35.8500, 33.1500] (drawn as given; its area and what lies inside it may be wrong)',
  ],
  [
    'places-deep-nesting.geojson',
    'places.geojson: features[1].geometry(.geometries[0])×30.geometries: nested deeper than 64 levels: that part is left out',
  ],
  ['places-nan.geojson', 'places.geojson: not valid JSON'],
  [
    'article-bad-url.json',
    'article.json: url: "java\tscript:alert(1)" is not an http(s) URL (left out: no link is made)',
  ],
  [
    'events-proto-id.json',
    'events.json: events[1].id: "__proto__" is not kebab-case (lower-case letters, digits and single hyphens)',
  ],
  [
    'article-bad-relation.json',
    'article.json: excerpts[1].events[1].relation: expected one of reports, consistent, at-odds, got "proves"',
  ],
  [
    'events-bad-source-kind.json',
    'events.json: events[0].sources[0].kind: expected one of original, wire, aggregator, got "rumour"',
  ],
  [
    'basemap-bad-kind.geojson',
    'basemap.geojson: features[0].properties.kind: expected one of country, land, lake, river, town, got "ocean"',
  ],
];

describe('each bad fixture', () => {
  it.each(CASES)('%s reports its problem with file and path', async (fixture, expected) => {
    const problems = await withBad(fixture);
    // A syntax error's message quotes the parser; its line and column are ours (tested below).
    if (expected.endsWith('not valid JSON')) expect(problems[0]).toContain(expected);
    else expect(problems).toContain(expected);
  });

  it('gives line and column for a syntax error the parser does not locate (NaN)', async () => {
    expect(await withBad('places-nan.geojson')).toEqual([
      expect.stringMatching(/^places\.geojson: not valid JSON: .+ \(line 25, column 11\)$/),
    ]);
  });

  it('keeps every other place beside one nested too deep', async () => {
    const { loadStory } = await import('../src/lib/data/load');
    const places = join(FIX, 'bad', 'places-deep-nesting.geojson');
    const story = await loadStory(diskReader({ ...good, places }));
    expect(story.index.places.map((p) => p.properties.id)).toEqual([
      'beit-jinn',
      'test-zone',
      'test-line',
    ]);
  });

  it('covers every file in tests/fixtures/bad (except bad JSON, tested below)', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(FIX, 'bad')).filter((f) => f !== 'events-bad-json.json');
    expect(files.sort()).toEqual(CASES.map((c) => c[0]).sort());
  });

  it('reports bad JSON with its line and column', async () => {
    const problems = await withBad('events-bad-json.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^events\.json: not valid JSON: .+ \(line 2, column \d+\)$/);
  });
});

describe('validation keeps what is valid', () => {
  const load = (name: string) =>
    JSON.parse(readFileSync(join(FIX, 'good', name), 'utf8')) as unknown;
  const raw = () => ({
    places: load('places.geojson'),
    events: load('events.json'),
    article: load('article.json'),
    basemap: load('basemap.geojson'),
  });

  it('drops only the item that cannot be shown', () => {
    const r = raw() as { events: { events: Record<string, unknown>[] } };
    r.events.events[2]!.start = '2025-02-30';
    const story = validateStory(r);
    expect(story.events.map((e) => e.id)).toEqual(['2017-07-07-ceasefire', '2024-12-rumour']);
    expect(story.places).toHaveLength(3);
  });

  it('keeps an event with a bad reference, without the reference', () => {
    const r = raw() as { events: { events: Record<string, unknown>[] } };
    r.events.events[1]!.places = ['beit-jinn', 'nowhere'];
    const story = validateStory(r);
    expect(story.events.find((e) => e.id === '2024-12-rumour')?.places).toEqual(['beit-jinn']);
  });

  it('reports every problem, not only the first', () => {
    const r = raw() as { events: { events: Record<string, unknown>[] } };
    r.events.events[0]!.title = 1;
    r.events.events[1]!.category = 'weather';
    r.events.events[2]!.sources = 'none';
    const problems = validateStory(r).problems.map(formatProblem);
    expect(problems).toEqual([
      'events.json: events[0].title: expected a string, got number 1',
      'events.json: events[1].category: unknown category "weather"',
      'events.json: events[2].sources: expected a non-empty array of sources',
    ]);
  });

  it('parses dates once, with their precision', () => {
    const story = validateStory(raw());
    const e = story.events.find((x) => x.id === '2024-12-rumour')!;
    expect(e.startDate.precision).toBe('month');
    expect(new Date(e.from).toISOString()).toBe('2024-12-01T00:00:00.000Z');
    expect(new Date(e.to).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('translations (the Arabic and Hebrew beside the English)', () => {
  const load = (name: string) =>
    JSON.parse(readFileSync(join(FIX, 'good', name), 'utf8')) as unknown;
  type Raw = {
    events: { events: Record<string, unknown>[] };
    places: { features: { properties: Record<string, unknown> }[] };
  };
  const raw = (): Raw =>
    ({
      places: load('places.geojson'),
      events: load('events.json'),
      article: load('article.json'),
      basemap: load('basemap.geojson'),
    }) as unknown as Raw;
  const both = {
    ar: { title: 'وقف إطلاق النار', summary: 'ملخص.' },
    he: { title: 'הפסקת אש', summary: 'תקציר.' },
  };

  it('keeps complete translations and says plainly where one is missing (null)', () => {
    const r = raw();
    r.events.events[0]!.translations = both;
    r.events.events[1]!.translations = { ar: both.ar, he: null };
    const story = validateStory(r);
    expect(story.problems).toEqual([]);
    expect(story.events[0]!.translations).toEqual(both);
    expect(story.events[1]!.translations).toEqual({ ar: both.ar, he: null });
  });

  it('reports a language left out, a field missing and an unknown language, with the path', () => {
    const r = raw();
    r.events.events[0]!.translations = { ar: both.ar };
    r.events.events[1]!.translations = { ar: { title: 'عنوان' }, he: both.he, fr: {} };
    r.events.events[2]!.translations = 'ar';
    const story = validateStory(r);
    expect(story.problems.map(formatProblem)).toEqual([
      'events.json: events[0].translations: "he" missing: give the translation, or null where there is none yet',
      'events.json: events[1].translations.fr: unknown language "fr": expected ar or he',
      'events.json: events[1].translations.ar.summary: missing',
      'events.json: events[2].translations: expected an object like { "ar": {…}, "he": {…} }, got "ar"',
    ]);
    // The valid parts stay: the event, its English, and the complete language.
    expect(story.events[1]!.translations).toEqual({ he: both.he });
    expect(story.events[1]!.title).toBe(r.events.events[1]!.title);
  });

  it('a place translates its note; a translated note needs an English one', () => {
    const r = raw();
    const [withNote, withoutNote] = [0, 1].map((i) => r.places.features[i]!.properties);
    withNote!.note = 'A note.';
    withNote!.translations = { ar: { note: 'ملاحظة.' }, he: { note: 'הערה.' } };
    delete withoutNote!.note;
    withoutNote!.translations = { ar: { note: 'ملاحظة.' }, he: null };
    const story = validateStory(r);
    expect(story.problems.map(formatProblem)).toEqual([
      `places.geojson: features[1].properties.translations: translates a note, but the place has no note`,
    ]);
    expect(story.places[0]!.properties.translations?.he).toEqual({ note: 'הערה.' });
    expect(story.places[1]!.properties.translations).toBeUndefined();
  });
});

describe("a language's translations file (translations/ar.json, he.json)", () => {
  const ts = ['title', 'summary'];
  const refs = {
    events: new Map([
      ['e-one', ts],
      ['e-two', ts],
      ['e-three', ts],
    ]),
    places: new Map([['p-one', ['note']]]),
  };
  const file = (over: Record<string, unknown> = {}) => ({
    lang: 'he',
    events: {
      'e-one': { title: 'כותרת', summary: 'תקציר.' },
      'e-two': null,
      'e-three': { title: 'כותרת', summary: 'תקציר.' },
    },
    places: { 'p-one': { note: 'הערה.' } },
    ...over,
  });

  it('reads every text, and counts those it says are not translated yet', () => {
    const problems: Problem[] = [];
    const t = validateTranslations(file(), 'he', refs, problems);
    expect(problems).toEqual([]);
    expect([...t.events.keys()]).toEqual(['e-one', 'e-three']);
    expect(t.places.get('p-one')).toEqual({ note: 'הערה.' });
    expect(t.untranslated).toEqual({ events: 1, places: 0 });
  });

  it('reports a text left out, an unknown id, a wrong language and a half translation', () => {
    const problems: Problem[] = [];
    const t = validateTranslations(
      file({
        lang: 'ar',
        events: { 'e-one': { title: 'כותרת' }, 'e-three': null, 'e-nine': null },
      }),
      'he',
      refs,
      problems,
    );
    expect(problems.map(formatProblem)).toEqual([
      'translations/he.json: lang: expected "he", got "ar"',
      'translations/he.json: events.e-nine: no such event',
      'translations/he.json: events.e-one.summary: missing',
      'translations/he.json: events.e-two: missing: give the translation, or null where there is none yet',
    ]);
    expect(t.events.size).toBe(0);
    expect(t.places.size).toBe(1);
  });

  it('asks for what sources disagree on where the English says it', () => {
    const problems: Problem[] = [];
    const withDispute = {
      ...refs,
      events: new Map([...refs.events, ['e-one', [...ts, 'disputed']]]),
    };
    validateTranslations(file(), 'he', withDispute, problems);
    expect(problems.map(formatProblem)).toEqual([
      'translations/he.json: events.e-one.disputed: missing',
    ]);
  });

  it('never throws on a file of the wrong shape', () => {
    for (const raw of [null, [], 'text', { lang: 'he', events: [], places: 3 }]) {
      const problems: Problem[] = [];
      expect(() => validateTranslations(raw, 'he', refs, problems)).not.toThrow();
      expect(problems.length).toBeGreaterThan(0);
    }
  });
});

describe('malformed input never throws', () => {
  const JUNK: unknown[] = [null, 0, -1, 'x', '', true, [], {}, [null], { a: 1 }, NaN, [[1, 2]]];

  it('survives 2,000 seeded random corruptions of the good data', () => {
    const rand = prng(20251117);
    const base = {
      places: JSON.parse(readFileSync(good.places, 'utf8')),
      events: JSON.parse(readFileSync(good.events, 'utf8')),
      article: JSON.parse(readFileSync(good.article, 'utf8')),
      basemap: JSON.parse(readFileSync(good.basemap, 'utf8')),
    };
    let reported = 0;
    for (let n = 0; n < 2000; n++) {
      const story = structuredClone(base) as Record<string, unknown>;
      // Walk to a random node and replace one of its values with junk.
      let node: unknown = story;
      for (let depth = 0; depth < 6; depth++) {
        if (typeof node !== 'object' || node === null) break;
        const keys = Object.keys(node);
        if (!keys.length) break;
        const key = keys[Math.floor(rand() * keys.length)]!;
        const child = (node as Record<string, unknown>)[key];
        if (rand() < 0.3 || typeof child !== 'object' || child === null) {
          (node as Record<string, unknown>)[key] = JUNK[Math.floor(rand() * JUNK.length)];
          break;
        }
        node = child;
      }
      const result = validateStory(story);
      if (result.problems.length) reported++;
    }
    // Most corruptions must be noticed (some replace a value with an equally valid one).
    expect(reported).toBeGreaterThan(1500);
  });
});
