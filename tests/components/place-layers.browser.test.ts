/**
 * PlaceLayers on a real Leaflet map in a sized div, in Chromium: which places are on the map at a
 * date and with the layer switches, that a date move touches only the places whose validity bound
 * it crosses, emphasis (style and radius together), the canvas path for many places, boundsOf and
 * destroy. The places are made here, a few of each kind the map draws.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import 'leaflet/dist/leaflet.css';
import { Path, Renderer, map as createMap, type Layer, type Map as LeafletMap } from 'leaflet';
import type { Geometry } from 'geojson';
import { CANVAS_FROM, PlaceLayers } from '../../src/lib/map/place-layers';
import { createPanes } from '../../src/components/map/panes';
import { placeStyle, pointRadius } from '../../src/lib/geo/styles';
import type { PlaceFeature, PlaceProperties } from '../../src/lib/data/schema';
import { isWithin } from '../../src/lib/time/validity';
import { DAY_MS, formatDay, parseDay } from '../../src/lib/time/days';

// Spied, not replaced: how often PlaceLayers checks a validity is how many places it looks at.
vi.mock('../../src/lib/time/validity', { spy: true });

const day = (s: string) => parseDay(s)!;
const ALL_ON = {};

function place(
  id: string,
  props: Partial<PlaceProperties> = {},
  geometry: Geometry = { type: 'Point', coordinates: [35.8, 33.1] },
): PlaceFeature {
  return {
    type: 'Feature',
    geometry,
    properties: { id, name: id, kind: 'site', approximate: false, sources: [], ...props },
  };
}
const zone = (id: string, props: Partial<PlaceProperties> = {}) =>
  place(
    id,
    { kind: 'zone', layer: 'israeli-presence', ...props },
    {
      type: 'Polygon',
      coordinates: [
        [
          [35.7, 33.0],
          [35.9, 33.0],
          [35.9, 33.2],
          [35.7, 33.0],
        ],
      ],
    },
  );

let div: HTMLDivElement;
let map: LeafletMap;
let layers: PlaceLayers | undefined;
const chosen: string[] = [];

function make(places: PlaceFeature[]): PlaceLayers {
  layers = new PlaceLayers(map, places, { onChoose: (id) => chosen.push(id) });
  return layers;
}
const shownIds = () =>
  [...div.querySelectorAll('[data-place-id]')].map((el) => el.getAttribute('data-place-id')).sort();
const el = (id: string) => div.querySelector<SVGPathElement>(`[data-place-id="${id}"]`);
/** The radius Leaflet drew a circle marker's SVG path with (`M x,y a r,r …`), whole pixels. */
const radiusOf = (id: string) => Number(/a([\d.]+),/.exec(el(id)?.getAttribute('d') ?? '')?.[1]);
/** Leaflet draws an SVG circle with a whole-pixel radius. */
const drawn = (r: number) => Math.round(r);

/**
 * The places' layers (not renderers) Leaflet is asked to add and remove while `fn` runs, and how
 * many places had their validity checked.
 */
function touches(fn: () => void) {
  const add = vi.spyOn(map, 'addLayer');
  const remove = vi.spyOn(map, 'removeLayer');
  vi.mocked(isWithin).mockClear();
  fn();
  const paths = (spy: typeof add) =>
    spy.mock.calls.map(([l]) => l).filter((l): l is Path => !(l instanceof Renderer));
  const looked = vi.mocked(isWithin).mock.calls.length;
  const out = { added: paths(add), removed: paths(remove), looked };
  add.mockRestore();
  remove.mockRestore();
  return out;
}

beforeEach(() => {
  div = document.createElement('div');
  div.style.width = '800px';
  div.style.height = '600px';
  document.body.append(div);
  map = createMap(div, { center: [33.1, 35.8], zoom: 9 });
  createPanes(map);
  chosen.length = 0;
});

afterEach(() => {
  layers?.destroy();
  layers = undefined;
  map.remove();
  div.remove();
});

describe('PlaceLayers: visibility', () => {
  it('shows a place on validFrom <= t < validTo, and only what its layer switch allows', () => {
    const pl = make([
      place('always'),
      place('from-2020', { validFrom: '2020-01-01' }),
      place('until-2020', { validTo: '2020-01-01' }),
      place('post', {
        kind: 'post',
        layer: 'russian-posts',
        validFrom: '2018-08-14',
        validTo: '2024-12-14',
      }),
      zone('zone-2024', { validFrom: '2024-12-08' }),
    ]);
    pl.setVisibleAt(day('2019-12-31'), ALL_ON);
    expect(shownIds()).toEqual(['always', 'post', 'until-2020']);
    pl.setVisibleAt(day('2020-01-01'), ALL_ON);
    expect(shownIds()).toEqual(['always', 'from-2020', 'post']);
    pl.setVisibleAt(day('2024-12-08'), ALL_ON);
    expect(shownIds()).toEqual(['always', 'from-2020', 'post', 'zone-2024']);
    pl.setVisibleAt(day('2024-12-14'), ALL_ON);
    expect(shownIds()).toEqual(['always', 'from-2020', 'zone-2024']);
    expect(el('zone-2024')?.getAttribute('data-layer')).toBe('israeli-presence');
    pl.setVisibleAt(day('2024-12-14'), { sites: false });
    expect(shownIds()).toEqual(['zone-2024']);
    // Back before 2018 with the sites on again: only what exists then.
    pl.setVisibleAt(day('2017-06-01'), { sites: true, 'israeli-presence': false });
    expect(shownIds()).toEqual(['always', 'until-2020']);
    expect(el('always')?.getAttribute('data-layer')).toBe('sites');
  });

  it('a date move touches only the places whose bound it crosses; a switch only its layer', () => {
    // 600 places valid for 300 days, one starting on each day from 2019-01-01, and 100 untimed.
    const start = day('2019-01-01');
    const iso = (i: number) => formatDay(start + i * DAY_MS);
    const timed = Array.from({ length: 600 }, (_, i) =>
      place(`t${i}`, { validFrom: iso(i), validTo: iso(i + 300) }),
    );
    const open = Array.from({ length: 100 }, (_, i) => place(`o${i}`, { layer: 'golan' }));
    const pl = make([...timed, ...open]);
    let t = touches(() => pl.setVisibleAt(day('2020-06-01'), ALL_ON));
    expect(shownIds()).toHaveLength(100 + 300);
    expect(t.looked).toBe(700); // the first call looks at every place

    // One day on: t(i) with validFrom on that day appears, the one whose validTo it is goes.
    // Only the places with a bound on the old or the new day are looked at, 4 of 700.
    t = touches(() => pl.setVisibleAt(day('2020-06-02'), ALL_ON));
    expect([t.added.length, t.removed.length, t.looked]).toEqual([1, 1, 4]);
    expect(el('t518')).not.toBeNull();
    expect(el('t218')).toBeNull();

    // Nothing crosses in the same day.
    t = touches(() => pl.setVisibleAt(day('2020-06-02') + 3_600_000, ALL_ON));
    expect([t.added.length, t.removed.length, t.looked]).toEqual([0, 0, 2]);

    // A jump of 10 days back: 10 places go, 10 come back; 22 bounds lie on those 11 days.
    t = touches(() => pl.setVisibleAt(day('2020-05-23'), ALL_ON));
    expect([t.added.length, t.removed.length, t.looked]).toEqual([10, 10, 22]);

    // A layer switch touches that layer's places only: switched on, its 100 places (and the 2
    // with a bound on the date) have their validity checked, no other.
    t = touches(() => pl.setVisibleAt(day('2020-05-23'), { golan: false }));
    expect([t.added.length, t.removed.length]).toEqual([0, 100]);
    t = touches(() => pl.setVisibleAt(day('2020-05-23'), { golan: true }));
    expect([t.added.length, t.removed.length, t.looked]).toEqual([100, 0, 102]);
    expect(shownIds()).toHaveLength(400);
  });

  it('labels each element for tests and assistive tech, with a text tooltip, and chooses on click, Enter and Space', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const pl = make([place('beit-jinn', { name: hostile, approximate: true }), zone('zone')]);
    pl.setVisibleAt(0, ALL_ON);
    const e = el('beit-jinn')!;
    expect(e.getAttribute('role')).toBe('button');
    expect(e.getAttribute('tabindex')).toBe('0');
    expect(e.getAttribute('aria-label')).toBe(`${hostile} (site, approximate)`);
    e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 400, clientY: 300 }));
    const tip = div.querySelector('.leaflet-tooltip')!;
    expect(tip.textContent).toBe(hostile);
    expect(tip.querySelector('img')).toBeNull();

    e.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 400, clientY: 300 }));
    for (const key of ['Enter', ' ', 'a'])
      el('zone')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    expect(chosen).toEqual(['beit-jinn', 'zone', 'zone']);
  });
});

describe('PlaceLayers: emphasis', () => {
  const a = place('a', { kind: 'post', layer: 'russian-posts' });
  const b = place('b');
  const z = zone('z');
  const look = (id: string) => {
    const e = el(id)!;
    return { stroke: e.getAttribute('stroke'), opacity: e.getAttribute('stroke-opacity') };
  };
  const expected = (p: PlaceFeature, emphasis: 'normal' | 'highlighted' | 'dimmed') => {
    const s = placeStyle(p.properties, emphasis);
    return { stroke: s.color, opacity: String(s.opacity) };
  };

  it('combines a highlight with a range: style and radius always together', () => {
    const pl = make([a, b, z]);
    pl.setVisibleAt(0, ALL_ON);
    const range = new Set(['a']);
    pl.setEmphasis(new Set(['b']), range);
    // b is highlighted although the range does not name it; a is in the range; the zone is
    // never dimmed by a range.
    expect(look('b')).toEqual(expected(b, 'highlighted'));
    expect(radiusOf('b')).toBe(drawn(pointRadius(b.properties, 'highlighted')));
    expect(el('b')?.getAttribute('data-highlighted')).toBe('true');
    expect(look('a')).toEqual(expected(a, 'normal'));
    expect(look('z')).toEqual(expected(z, 'normal'));
    expect(div.classList.contains('has-highlight')).toBe(true);

    // Let go of b: back to dimmed by the range, with its normal radius.
    pl.setEmphasis(new Set(), range);
    expect(look('b')).toEqual(expected(b, 'dimmed'));
    expect(radiusOf('b')).toBe(drawn(pointRadius(b.properties, 'dimmed')));
    expect(el('b')?.hasAttribute('data-highlighted')).toBe(false);
    expect(div.classList.contains('has-highlight')).toBe(false);

    // A highlighted point keeps its look when it leaves the map and comes back.
    pl.setEmphasis(new Set(['a']), null);
    pl.setVisibleAt(0, { 'russian-posts': false });
    pl.setVisibleAt(0, ALL_ON);
    expect(el('a')?.getAttribute('data-highlighted')).toBe('true');
    expect(radiusOf('a')).toBe(drawn(pointRadius(a.properties, 'highlighted')));
    expect(look('b')).toEqual(expected(b, 'normal'));
  });

  it('touches only the places whose emphasis changes', () => {
    const pl = make([a, b, z, ...Array.from({ length: 50 }, (_, i) => place(`x${i}`))]);
    pl.setVisibleAt(0, ALL_ON);
    const range = new Set(['a', 'b']);
    pl.setEmphasis(new Set(['a']), range);
    const setStyle = vi.spyOn(Path.prototype, 'setStyle');
    const styled = () =>
      setStyle.mock.contexts.map((l) => (l as Path).getElement()?.getAttribute('data-place-id'));
    pl.setEmphasis(new Set(['b']), range);
    expect(styled().sort()).toEqual(['a', 'b']);
    setStyle.mockClear();
    pl.setEmphasis(new Set(['b']), range);
    expect(styled()).toEqual([]);
    // Clearing the range restores the 50 points it dimmed, and only them.
    pl.setEmphasis(new Set(['b']), null);
    expect(styled()).toHaveLength(50);
    setStyle.mockRestore();
  });
});

describe('PlaceLayers: many places', () => {
  it(`draws points on a canvas above ${CANVAS_FROM} places, and lifts a highlighted one to the SVG highlight pane`, () => {
    const points = Array.from({ length: CANVAS_FROM + 1 }, (_, i) =>
      place(`p${i}`, {}, { type: 'Point', coordinates: [35.5 + (i % 40) / 80, 32.9 + i / 4000] }),
    );
    const late = place('late', { validFrom: '2024-12-08' });
    const pl = make([...points, late, zone('z')]);
    pl.setVisibleAt(day('2024-01-01'), ALL_ON);
    expect(div.querySelector('.leaflet-places-4-pane canvas')).not.toBeNull();
    // Only the zone is an SVG element; the points are pixels on the canvas.
    expect(shownIds()).toEqual(['z']);

    pl.setEmphasis(new Set(['p7', 'late']), null);
    const lifted = div.querySelector('.leaflet-highlight-pane svg [data-place-id="p7"]');
    expect(lifted?.getAttribute('data-highlighted')).toBe('true');
    expect(radiusOf('p7')).toBe(drawn(pointRadius(points[7]!.properties, 'highlighted')));
    // A highlighted point that appears later appears lifted.
    expect(el('late')).toBeNull();
    pl.setVisibleAt(day('2024-12-08'), ALL_ON);
    expect(div.querySelector('.leaflet-highlight-pane [data-place-id="late"]')).not.toBeNull();

    // Let go, both go back to the canvas.
    pl.setEmphasis(new Set(), null);
    expect(shownIds()).toEqual(['z']);
    expect(div.querySelector('.leaflet-highlight-pane path')).toBeNull();
  });
});

describe('PlaceLayers: boundsOf and destroy', () => {
  it('gives the bounds of the places named, ignoring unknown ids', () => {
    const pl = make([place('pt', {}, { type: 'Point', coordinates: [36.2, 33.5] }), zone('z')]);
    const b = pl.boundsOf(['pt', 'z', 'nowhere']);
    expect([b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]).toEqual([
      33.0, 35.7, 33.5, 36.2,
    ]);
    expect(pl.boundsOf(['pt']).getCenter()).toEqual({ lat: 33.5, lng: 36.2 });
    expect(pl.boundsOf([]).isValid()).toBe(false);
    expect(pl.boundsOf(['nowhere']).isValid()).toBe(false);
  });

  it('removes every layer, renderer and listener it added', () => {
    const addLayer = vi.spyOn(map, 'addLayer');
    const listeners = {
      add: vi.spyOn(div, 'addEventListener'),
      remove: vi.spyOn(div, 'removeEventListener'),
    };
    const pl = make([place('a'), zone('z'), place('late', { validFrom: '2030-01-01' })]);
    pl.setVisibleAt(0, ALL_ON);
    pl.setEmphasis(new Set(['a']), null);
    const added: Layer[] = addLayer.mock.calls.map(([l]) => l);
    addLayer.mockRestore();
    pl.destroy();
    layers = undefined;

    expect(shownIds()).toEqual([]);
    let left = 0;
    map.eachLayer(() => left++);
    expect(left).toBe(0);
    expect(div.classList.contains('has-highlight')).toBe(false);
    expect(added.some((l) => l instanceof Renderer)).toBe(true);
    for (const l of added) {
      expect(l.listens('click') || l.listens('add')).toBe(false);
      expect(l.getTooltip()).toBeFalsy();
    }
    // What it added to the map's element it removed: the same type with the same function.
    const pairs = (s: typeof listeners.add) => s.mock.calls.map(([type, fn]) => [type, fn]);
    expect(pairs(listeners.remove)).toEqual(expect.arrayContaining(pairs(listeners.add)));
    chosen.length = 0;
    div.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(chosen).toEqual([]);
  });

  it('can be destroyed after its map', () => {
    const pl = make([place('a'), zone('z')]);
    pl.setVisibleAt(0, ALL_ON);
    map.remove();
    expect(() => pl.destroy()).not.toThrow();
    layers = undefined;
    map = createMap(div);
  });
});
