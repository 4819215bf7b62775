import { describe, expect, it } from 'vitest';
import { emphasisOf, placeLook, placeStyle, pointRadius } from '../src/lib/geo/styles';
import { legendSamples, MAP_LAYERS } from '../src/lib/geo/layers';
import type { PlaceProperties } from '../src/lib/data/schema';

const place = (over: Partial<PlaceProperties>): PlaceProperties => ({
  id: 'p',
  name: 'P',
  kind: 'city',
  approximate: false,
  sources: [],
  ...over,
});

describe('a place’s emphasis and look', () => {
  const none = new Set<string>();
  it('a highlighted place stands out, with or without a range', () => {
    expect(emphasisOf('a', true, new Set(['a']), null)).toBe('highlighted');
    expect(emphasisOf('a', true, new Set(['a']), new Set())).toBe('highlighted');
  });
  it('in a range, only points its events do not name step back; zones never do', () => {
    const inRange = new Set(['named']);
    expect(emphasisOf('named', true, none, inRange)).toBe('normal');
    expect(emphasisOf('other', true, none, inRange)).toBe('dimmed');
    expect(emphasisOf('other', false, none, inRange)).toBe('normal');
    expect(emphasisOf('other', true, none, null)).toBe('normal');
  });
  it('a point’s look carries its radius for the same emphasis; a shape’s has none', () => {
    const town = place({});
    expect(placeLook(town, true, 'highlighted')).toMatchObject({
      ...placeStyle(town, 'highlighted'),
      radius: pointRadius(town, 'highlighted'),
    });
    expect(pointRadius(town, 'highlighted')).toBeGreaterThan(pointRadius(town, 'normal'));
    expect(placeLook(place({ kind: 'zone' }), false, 'highlighted')).not.toHaveProperty('radius');
  });
});

describe('the legend’s samples are declared with the layers', () => {
  it('every layer has samples, drawn in that layer’s own style', () => {
    for (const layer of MAP_LAYERS) {
      const samples = legendSamples(layer);
      expect(samples.length, layer.id).toBeGreaterThan(0);
      for (const s of samples) expect(s.layer).toBe(layer.id);
    }
  });
  it('the Alpha and Bravo lines get their own colours in the legend as on the map', () => {
    const separation = legendSamples(MAP_LAYERS.find((l) => l.id === 'separation')!);
    const colours = separation.map((s) => placeStyle(s, 'normal').color);
    expect(new Set(colours).size).toBe(3);
  });
});
