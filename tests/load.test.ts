import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpReader, loadStory } from '../src/lib/data/load';
import { formatProblem } from '../src/lib/data/schema';

const GOOD = join(import.meta.dirname, 'fixtures', 'good');

/** A fetch that serves the good fixture, with some files overridden (a status or a body). */
function fakeFetch(overrides: Record<string, number | string> = {}) {
  return async (url: string) => {
    const file = url.slice(url.lastIndexOf('/') + 1);
    const o = overrides[file];
    if (typeof o === 'number') return { ok: false, status: o, text: async () => '' };
    const body = o ?? readFileSync(join(GOOD, file), 'utf8');
    return { ok: true, status: 200, text: async () => body };
  };
}

describe('loadStory', () => {
  it('loads, validates and indexes the data', async () => {
    const story = await loadStory(httpReader('./data/', fakeFetch()));
    expect(story.problems).toEqual([]);
    expect(story.index.events.map((e) => e.id)).toEqual([
      '2017-07-07-ceasefire',
      '2024-12-rumour',
      '2025-11-17-tour',
    ]);
    expect(story.index.eventsByPlace.get('beit-jinn')?.map((e) => e.id)).toEqual([
      '2024-12-rumour',
      '2025-11-17-tour',
    ]);
    expect(story.index.excerptsByPlace.get('beit-jinn')?.map((x) => x.id)).toEqual(['x-two']);
    expect(story.index.excerptsByEvent.get('2017-07-07-ceasefire')?.map((x) => x.id)).toEqual([
      'x-one',
    ]);
    expect(story.basemap.features).toHaveLength(1);
  });

  it('reports a file that cannot be fetched and still loads the others', async () => {
    const story = await loadStory(httpReader('./data/', fakeFetch({ 'events.json': 404 })));
    expect(story.problems.map(formatProblem)).toEqual([
      'events.json: could not be loaded (HTTP 404: not found)',
    ]);
    expect(story.index.places).toHaveLength(3);
    expect(story.index.article?.excerpts).toHaveLength(2);
  });

  it('reports bad JSON and a network failure in plain words', async () => {
    const failing = async (url: string) => {
      if (url.endsWith('article.json')) throw new TypeError('Failed to fetch');
      return fakeFetch({ 'places.geojson': '{"type": "FeatureCollection", ' })(url);
    };
    const story = await loadStory(httpReader('./data/', failing));
    const lines = story.problems.map(formatProblem);
    expect(lines).toContain('article.json: could not be loaded (Failed to fetch)');
    expect(lines.find((l) => l.startsWith('places.geojson: not valid JSON'))).toMatch(
      /\(line 1, column \d+\)$/,
    );
    // Without places, events keep their references: nothing to check them against.
    expect(story.index.events).toHaveLength(3);
  });
});
