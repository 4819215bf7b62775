import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { placeFacts } from '../src/lib/geo/facts';
import { validatePlaces } from '../src/lib/data/validate';

const places = validatePlaces(JSON.parse(readFileSync('public/data/places.geojson', 'utf8')));
const byId = new Map(places.map((p) => [p.properties.id, p]));
const lines = { alpha: byId.get('alpha-line'), bravo: byId.get('bravo-line') };

describe('placeFacts', () => {
  it('gives a zone its area', () => {
    expect(placeFacts(byId.get('undof-area-of-separation')!, lines)).toEqual([
      { label: 'Area', value: 'about 276 km²' },
    ]);
  });

  it('gives a line its length', () => {
    expect(placeFacts(byId.get('alpha-line')!, lines)).toEqual([
      { label: 'Length', value: 'about 80 km' },
    ]);
  });

  it('gives a site its distance to the Alpha and Bravo lines', () => {
    const facts = placeFacts(byId.get('beit-jinn')!, lines);
    expect(facts.map((f) => f.label)).toEqual([
      'Distance to the Alpha line',
      'Distance to the Bravo line',
    ]);
    const [alpha, bravo] = facts.map((f) => Number.parseFloat(f.value));
    expect(bravo).toBeGreaterThan(5);
    expect(bravo).toBeLessThan(8);
    expect(alpha).toBeGreaterThan(bravo!);
  });
});
