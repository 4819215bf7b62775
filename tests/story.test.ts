/** The story data as shipped: the complete article, its links, and the events' coverage. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory } from '../src/lib/data/validate';

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
  it('holds at least 40 valid, sourced events spanning 2017 to 2025', () => {
    expect(story.problems).toEqual([]);
    expect(story.events.length).toBeGreaterThanOrEqual(40);
    const years = new Set(story.events.map((e) => e.start.slice(0, 4)));
    for (const y of ['2017', '2018', '2019', '2024', '2025']) expect(years).toContain(y);
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
