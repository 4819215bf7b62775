/** The story data as shipped: the complete article, its links, and the events' coverage. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory } from '../src/lib/data/validate';
import { isSingleSource } from '../src/lib/data/sources';

const read = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as unknown;
const story = validateStory({
  places: read('places.geojson'),
  events: read('events.json'),
  article: read('article.json'),
});
const article = story.article!;

describe('article.json', () => {
  it('holds the article verbatim and complete, paragraph by paragraph', () => {
    const lines = readFileSync('tests/fixtures/article-source.txt', 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    expect(lines.at(-1)).toBe('Eurasia Press & News'); // the credit line, kept as `publisher`
    expect(article.paragraphs.map((p) => p.text)).toEqual(lines.slice(0, -1));
    expect(article.publisher).toBe('Eurasia Press & News');
    expect(article.date).toBe('2025-11');
    expect(article.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual([
      'Israel Looks To Revive a Questionable Arrangement',
      'Many Reasons Not to Trust Russia',
      'The U.S. Should Push for an Israel-Syria Agreement Free of Russian or Turkish Interference',
    ]);
  });

  it('cuts every body paragraph into excerpts', () => {
    for (const p of article.paragraphs.filter((x) => !x.heading)) {
      expect(
        article.excerpts.some((x) => x.paragraph === p.id),
        p.id,
      ).toBe(true);
    }
  });

  // The places the article names, by the words it uses for them.
  const NAMED: [words: string, place: string][] = [
    ['Beit Jinn', 'beit-jinn'],
    ['Golan Heights', 'golan-heights'],
    ['Quneitra Province', 'quneitra-governorate'],
    ['Damascus', 'damascus'],
  ];

  it.each(NAMED)('every excerpt that says "%s" links %s', (words, place) => {
    const naming = article.excerpts.filter((x) => x.text.includes(words));
    expect(naming.length).toBeGreaterThan(0);
    for (const x of naming) expect(x.places, x.id).toContain(place);
  });

  it('every excerpt links at least one place or event, and the links go both ways', () => {
    for (const x of article.excerpts) {
      expect(x.places.length + x.events.length, x.id).toBeGreaterThan(0);
      for (const id of x.events) {
        expect(story.events.find((e) => e.id === id)?.excerpts, `${x.id} → ${id}`).toContain(x.id);
      }
    }
  });
});

describe('events.json', () => {
  it('holds at least 120 valid events, at least 8 in every year 2017–2025', () => {
    expect(story.problems).toEqual([]);
    expect(story.events.length).toBeGreaterThanOrEqual(120);
    for (let y = 2017; y <= 2025; y++) {
      const inYear = story.events.filter((e) => e.start.startsWith(String(y)));
      expect(inYear.length, `events in ${y}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('names for every source what kind it is, and for copies whose reporting they carry', () => {
    for (const e of story.events)
      for (const s of e.sources) {
        expect(s.kind, `${e.id}: ${s.publisher}`).toBeDefined();
        if (s.kind === 'wire') expect(s.origin, `${e.id}: ${s.publisher}`).toBeDefined();
      }
  });

  it('has two or more independent sources for at least 90% of events', () => {
    const single = story.events.filter((e) => isSingleSource(e.sources));
    expect(single.length / story.events.length).toBeLessThanOrEqual(0.1);
    // A single-source event is never rated high (docs/research/confidence.md).
    for (const e of single) expect(e.confidence, e.id).not.toBe('high');
  });

  it('holds every checkable claim of the article against the record', () => {
    const CLAIMS = [
      'x-p4-2017-security-agreement',
      'x-p5-iran-backed-expansion',
      'x-p6-february-lobbying',
      'x-p6-israel-russia-relationship',
      'x-p7-turkish-red-lines',
      'x-p7-russia-never-opposed',
      'x-p8-foreign-forces-clause',
      'x-p8-russia-did-little',
      'x-p8-hezbollah-infrastructure',
      'x-p8-hezbollah-near-golan',
      'x-p9-talks-stalled',
    ];
    for (const id of CLAIMS) {
      const x = article.excerpts.find((e) => e.id === id)!;
      expect(
        x.links.some((l) => l.relation !== 'reports'),
        `${id} has consistent or at-odds evidence`,
      ).toBe(true);
    }
    // "Russia has never opposed Israeli strikes": the record holds Russian objections.
    const neverOpposed = article.excerpts.find((e) => e.id === 'x-p7-russia-never-opposed')!;
    expect(neverOpposed.links.filter((l) => l.relation === 'at-odds').length).toBeGreaterThan(0);
  });

  it.each([
    ['2017-07-07-southwest-ceasefire', 'ceasefire'],
    ['2018-07-20-government-retakes-quneitra', 'military'],
    ['2018-08-02-russian-posts-bravo-line', 'deployment'],
    ['2024-12-08-israel-enters-buffer-zone-hermon', 'military'],
    ['2025-02-28-israel-lobbies-for-russian-bases', 'diplomacy'],
    ['2025-11-17-russian-delegation-tour', 'diplomacy'],
  ])('tells %s (%s)', (id, category) => {
    expect(story.events.find((e) => e.id === id)?.category).toBe(category);
  });

  it('records where sources disagree', () => {
    expect(story.events.filter((e) => e.disputed).length).toBeGreaterThanOrEqual(9);
  });
});
