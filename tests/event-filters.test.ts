import { describe, expect, it } from 'vitest';
import { indexOf } from './data-index';
import {
  NO_FILTERS,
  activeCount,
  cleanFilters,
  eventMatcher,
  filterEvents,
  type Filters,
} from '../src/lib/filter/filters';
import { placesWithin } from '../src/lib/geo/within';
import { facetCounts } from '../src/lib/filter/options';
import { isSingleSource } from '../src/lib/data/sources';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Point, Polygon } from 'geojson';

const index = indexOf();
const itself = (id: string) => new Set([id]);
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('filters', () => {
  it('nothing set keeps every event, as the same array', () => {
    expect(activeCount(NO_FILTERS)).toBe(0);
    expect(filterEvents(index.events, NO_FILTERS, itself)).toBe(index.events);
  });

  it('choices of one kind are alternatives; kinds combine', () => {
    const f = filters({ categories: ['strike', 'raid'], actors: ['israel'] });
    const got = filterEvents(index.events, f, itself);
    const expected = index.events.filter(
      (e) => ['strike', 'raid'].includes(e.category) && e.actors.includes('israel'),
    );
    expect(got.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(got.length).toBeGreaterThan(10);
    expect(got.length).toBeLessThan(index.events.length);
    expect(activeCount(f)).toBe(2);
  });

  it('confidence and sourcing', () => {
    const low = filterEvents(index.events, filters({ confidence: ['low'] }), itself);
    expect(low.length).toBeGreaterThan(0);
    expect(low.every((e) => e.confidence === 'low')).toBe(true);
    const single = filterEvents(index.events, filters({ sourcing: 'single' }), itself);
    const independent = filterEvents(index.events, filters({ sourcing: 'independent' }), itself);
    expect(single.every((e) => isSingleSource(e.sources))).toBe(true);
    expect(independent.every((e) => !isSingleSource(e.sources))).toBe(true);
    expect(single.length + independent.length).toBe(index.events.length);
  });

  it('a category outside the vocabulary is filtered as the "unknown" lane', () => {
    const odd = { ...index.events[0]!, category: 'something-else' };
    expect(eventMatcher(filters({ categories: ['unknown'] }), itself)(odd)).toBe(true);
    expect(eventMatcher(filters({ categories: ['strike'] }), itself)(odd)).toBe(false);
  });

  it('a link’s unknown values are left out, never applied', () => {
    const known = { actors: new Set(['israel']), places: new Set(['beit-jinn']) };
    const f = cleanFilters(
      {
        categories: ['strike', 'strike', 'nonsense'],
        actors: ['israel', 'martians'],
        place: 'atlantis',
        confidence: ['high', 'certain' as never],
        sourcing: 'many' as never,
      },
      known,
    );
    expect(f).toEqual({
      categories: ['strike'],
      actors: ['israel'],
      place: null,
      confidence: ['high'],
      sourcing: null,
    });
  });
});

describe('places within a zone (turf)', () => {
  const zone = (id: string) => index.placesById.get(id)!;
  const aos = placesWithin(zone('undof-area-of-separation'), index.places);

  it('holds the zone itself and the points turf finds inside it, and no others', () => {
    expect(aos.has('undof-area-of-separation')).toBe(true);
    for (const p of index.places) {
      if (p.geometry.type !== 'Point' || p.properties.id === 'undof-area-of-separation') continue;
      const inside = booleanPointInPolygon(
        p as Feature<Point>,
        zone('undof-area-of-separation') as Feature<Polygon>,
      );
      expect(aos.has(p.properties.id), p.properties.id).toBe(inside);
    }
    // The old city of Quneitra lies in the Area of Separation; UNDOF's headquarters, on the
    // Bravo side, and Damascus do not.
    expect(aos.has('quneitra-city')).toBe(true);
    expect(aos.has('camp-faouar')).toBe(false);
    expect(aos.has('damascus')).toBe(false);
  });

  it('an area counts as inside when the zone covers most of it, not when they overlap', () => {
    const golan = placesWithin(zone('golan-heights'), index.places);
    // The UN-recognised governorate overlaps the Golan but is far larger.
    expect(golan.has('quneitra-governorate')).toBe(false);
    const governorate = placesWithin(zone('quneitra-governorate'), index.places);
    expect(governorate.has('undof-area-of-separation')).toBe(true);
    // The Alpha line runs along the Area of Separation's edge: it counts for it.
    expect(aos.has('alpha-line')).toBe(true);
  });

  it('the zone filter keeps exactly the events with a place inside', () => {
    const f = filters({ place: 'undof-area-of-separation' });
    const got = filterEvents(index.events, f, (id) =>
      id === 'undof-area-of-separation' ? aos : itself(id),
    );
    expect(got.length).toBeGreaterThan(0);
    for (const e of index.events)
      expect(got.includes(e), e.id).toBe(e.places.some((p) => aos.has(p)));
  });

  it('a point place is just itself', () => {
    expect([...placesWithin(zone('beit-jinn'), index.places)]).toEqual(['beit-jinn']);
  });
});

describe('faceted counts', () => {
  it('with no filter, every choice counts its events', () => {
    const c = facetCounts(index.events, NO_FILTERS, itself);
    expect(c.actors.get('israel')).toBe(
      index.events.filter((e) => e.actors.includes('israel')).length,
    );
    expect(c.sourcing.get('single')! + c.sourcing.get('independent')!).toBe(index.events.length);
  });

  it('each choice counts what it would give with the other kinds as they are', () => {
    const f = filters({ categories: ['strike'], actors: ['israel'] });
    const c = facetCounts(index.events, f, itself);
    const count = (g: Partial<Filters>) => filterEvents(index.events, filters(g), itself).length;
    // "Raid" under Israel: Israel's raids, whatever category is chosen now.
    expect(c.categories.get('raid')).toBe(count({ categories: ['raid'], actors: ['israel'] }));
    expect(c.categories.get('strike')).toBe(count(f));
    // "Russia" under Strike: strikes by Russia, whatever actor is chosen now.
    expect(c.actors.get('russia')).toBe(count({ categories: ['strike'], actors: ['russia'] }));
    // Another kind entirely: the events that pass both filters, by confidence.
    expect(c.confidence.get('high')).toBe(count({ ...f, confidence: ['high'] }));
  });
});
