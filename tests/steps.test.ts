import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexOf, readJson } from './data-index';
import { buildSteps, describeStep, groupExcerpts } from '../src/lib/story/steps';
import { validateSteps } from '../src/lib/data/validate/steps';
import { loadSteps } from '../src/lib/story/load-steps';
import { isValidAt } from '../src/lib/time/validity';
import { formatDay } from '../src/lib/time/days';
import type { Problem } from '../src/lib/data/schema';
import type { Reader } from '../src/lib/data/load';

const story = indexOf('public/data');
const fixture = indexOf('tests/fixtures/good');
const shipped = readJson('story.json');

describe('steps derived from the article', () => {
  const specs = groupExcerpts(story.article!);
  it('show every excerpt once, in the article’s order', () => {
    const order = story.article!.paragraphs.map((p) => p.id);
    const flat = specs.flatMap((s) => s.excerpts);
    expect(new Set(flat).size).toBe(story.article!.excerpts.length);
    const paras = flat.map((id) => order.indexOf(story.excerptsById.get(id)!.paragraph));
    expect(paras).toEqual([...paras].sort((a, b) => a - b));
  });
  it('group adjacent passages of one paragraph, starting anew where places change', () => {
    for (const s of specs) {
      const xs = s.excerpts.map((id) => story.excerptsById.get(id)!);
      expect(new Set(xs.map((x) => x.paragraph)).size).toBe(1);
      // Within a step, at most the first passage that names places does so.
      expect(xs.filter((x) => x.places.length).length).toBeLessThanOrEqual(1);
    }
    expect(specs.length).toBeGreaterThanOrEqual(8);
    expect(specs.length).toBeLessThanOrEqual(story.article!.excerpts.length);
  });
  it('the shipped story.json groups exactly as the article would by itself', () => {
    const problems: Problem[] = [];
    const refs = {
      excerpts: new Set(story.excerptsById.keys()),
      places: new Set(story.placesById.keys()),
    };
    const hand = validateSteps(shipped, refs, problems);
    expect(problems).toEqual([]);
    expect(hand.map((s) => s.excerpts)).toEqual(specs.map((s) => s.excerpts));
  });
});

describe('each step', () => {
  const steps = buildSteps(story);
  it('is numbered from 1, shows places that exist on its day, and links known events', () => {
    expect(steps.map((s) => s.number)).toEqual(steps.map((_, i) => i + 1));
    for (const s of steps) {
      expect(s.places.length, `step ${s.number}`).toBeGreaterThan(0);
      for (const id of s.places)
        expect(isValidAt(story.placesById.get(id)!.properties, s.day)).toBe(true);
      for (const id of s.absentPlaces)
        expect(isValidAt(story.placesById.get(id)!.properties, s.day)).toBe(false);
      for (const l of s.events) expect(story.eventsById.has(l.id)).toBe(true);
      expect(new Set(s.events.map((l) => l.id)).size).toBe(s.events.length);
      // The window covers every event it speaks of.
      for (const l of s.events) {
        const e = story.eventsById.get(l.id)!;
        expect(e.from).toBeGreaterThanOrEqual(s.window[0]);
        expect(e.to).toBeLessThanOrEqual(s.window[1]);
      }
    }
  });
  it('takes its day from the passage that opens it: 2017 for the 2017 arrangements', () => {
    const agreement = steps.find((s) => s.excerpts[0]!.id === 'x-p4-2017-security-agreement')!;
    expect(formatDay(agreement.day)).toBe('2017-07-21');
    const tour = steps[0]!;
    expect(formatDay(tour.day)).toBe('2025-11-17');
    expect(tour.title).toBe('');
  });
  it('lists the events it reports before the evidence for or against', () => {
    const ranks = { reports: 0, consistent: 1, 'at-odds': 2 };
    for (const s of steps) {
      const r = s.events.map((l) => ranks[l.relation]);
      expect(r).toEqual([...r].sort((a, b) => a - b));
    }
  });
  it('a former post is named as absent on a later day, not highlighted', () => {
    const beitJinn = steps.find((s) => s.excerpts[0]!.id === 'x-p1-beit-jinn-former-post')!;
    expect(beitJinn.places).toContain('beit-jinn');
    expect(beitJinn.absentPlaces).toContain('ru-post-red-hills');
  });
  it('a hand-set day and places win over the derived ones', () => {
    const [s] = buildSteps(fixture, [
      { excerpts: ['x-two'], date: '2025-05-01', places: ['test-zone'] },
    ]);
    expect(formatDay(s!.day)).toBe('2025-05-01');
    expect(s!.places).toEqual(['test-zone']);
  });
});

describe('describeStep', () => {
  const day = Date.UTC(2025, 10, 17);
  it('names up to four places, then counts the rest', () => {
    expect(describeStep(['Beit Jinn', 'Red Hills'], day, 2)).toBe(
      'The map shows Beit Jinn and Red Hills on 17 November 2025; 2 events.',
    );
    expect(describeStep(['A', 'B', 'C', 'D', 'E', 'F'], day, 1)).toBe(
      'The map shows A, B, C and 3 more places on 17 November 2025; 1 event.',
    );
  });
});

describe('story.json, validated', () => {
  const refs = {
    excerpts: new Set(fixture.excerptsById.keys()),
    places: new Set(fixture.placesById.keys()),
  };
  it('reports each problem with its path and keeps what is usable', () => {
    const problems: Problem[] = [];
    const raw = JSON.parse(readFileSync('tests/fixtures/story/bad-steps.json', 'utf8'));
    const specs = validateSteps(raw, refs, problems);
    const said = problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    expect(said).toEqual([
      'story.json steps[0].excerpts[1]: unknown excerpt "x-nowhere" (left out)',
      'story.json steps[0].date: "2030-01-01" is not a day of 2017–2025 (the derived day is used)',
      'story.json steps[1].excerpts[0]: "x-one" is already shown by steps[0]',
      'story.json steps[1].places[1]: unknown place "atlantis" (left out)',
      'story.json steps[2].excerpts: no known excerpt: step left out',
      'story.json steps[3]: expected a step object, got "not a step"',
      'story.json steps[4].title: expected a string, got number 7',
    ]);
    expect(specs.map((s) => s.excerpts)).toEqual([['x-one'], ['x-one'], ['x-two']]);
    expect(specs[1]!.places).toEqual(['beit-jinn']);
  });
  it('names each item by its place in the file, whatever was left out before it', () => {
    const problems: Problem[] = [];
    const raw = {
      steps: [
        { excerpts: ['x-one'] },
        { excerpts: [5, 'x-nowhere', 'x-one', 'x-two'], places: [null, 'atlantis'] },
      ],
    };
    const specs = validateSteps(raw, refs, problems);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps[1].excerpts[0]: expected a string, got number 5',
      'steps[1].excerpts[1]: unknown excerpt "x-nowhere" (left out)',
      'steps[1].excerpts[2]: "x-one" is already shown by steps[0]',
      'steps[1].places[0]: expected a string, got null',
      'steps[1].places[1]: unknown place "atlantis" (left out)',
    ]);
    expect(specs[1]!.excerpts).toEqual(['x-one', 'x-two']);
  });
  it('no story.json is no problem: the steps come from the article', async () => {
    const read: Reader = async () => ({ error: 'not found', missing: true });
    const { steps, problems } = await loadSteps(read, fixture);
    expect(problems).toEqual([]);
    expect(steps.map((s) => s.excerpts.map((x) => x.id))).toEqual([['x-one', 'x-two']]);
  });
  it('a broken story.json is reported, and the derived steps are used', async () => {
    const read: Reader = async () => ({ text: '{ "steps": [ }' });
    const { steps, problems } = await loadSteps(read, fixture);
    expect(problems[0]?.file).toBe('story.json');
    expect(problems[0]?.message).toMatch(/JSON/);
    expect(steps).toHaveLength(1);
  });
});

describe('steps in Arabic and Hebrew', () => {
  it('story.json carries every hand-made title in both languages, and a step keeps them', () => {
    const index = indexOf();
    const specs = validateSteps(readJson('story.json'), {
      excerpts: new Set(index.excerptsById.keys()),
      places: new Set(index.placesById.keys()),
    });
    const steps = buildSteps(index, specs);
    for (const s of steps.filter((x) => specs.some((p) => p.title === x.title))) {
      expect(s.translations?.ar?.title, `step ${s.number}`).toBeTruthy();
      expect(s.translations?.he?.title, `step ${s.number}`).toBeTruthy();
    }
  });

  it('a translated title needs a title to translate', () => {
    const problems: Problem[] = [];
    validateSteps(
      {
        steps: [
          {
            excerpts: ['x-p1-first-since-assad'],
            translations: { ar: { title: 'عنوان' }, he: null },
          },
        ],
      },
      { excerpts: new Set(['x-p1-first-since-assad']), places: new Set() },
      problems,
    );
    expect(problems.map((p) => p.message)).toEqual(['translates a title, but the step has none']);
  });
});
