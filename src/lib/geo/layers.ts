/**
 * The map's layers as the reader sees them in the legend: what each one shows, whether it starts
 * visible, and how it is drawn. Places name their layer in `properties.layer` (set by the geo
 * build); a place without one falls back to a layer chosen by its kind.
 */
import type { PlaceKind, PlaceProperties } from '../data/schema';
import { m } from '../../paraglide/messages.js';

/**
 * The ids of the two lines of the 1974 agreement, declared once: the map draws them in their own
 * colours, the legend shows them, and a place's card measures its distance to each.
 */
export const ALPHA_LINE = 'alpha-line';
export const BRAVO_LINE = 'bravo-line';

export interface LayerDef {
  id: string;
  visible: boolean;
  /**
   * What the legend draws for the layer: one sample place per mark it uses, styled by the same
   * function as the map (an id where the style depends on it; approximate unless said otherwise).
   */
  samples: readonly { kind: PlaceKind; id?: string; approximate?: boolean }[];
}

export const MAP_LAYERS: readonly LayerDef[] = [
  {
    id: 'governorate',
    visible: true,
    samples: [{ kind: 'governorate', id: 'quneitra-governorate' }],
  },
  {
    id: 'golan',
    visible: true,
    samples: [{ kind: 'zone' }],
  },
  {
    id: 'separation',
    visible: true,
    samples: [
      { kind: 'zone', id: 'undof-area-of-separation' },
      { kind: 'line', id: ALPHA_LINE },
      { kind: 'line', id: BRAVO_LINE },
    ],
  },
  {
    id: 'limitation',
    visible: false,
    samples: [{ kind: 'zone' }],
  },
  {
    id: 'israeli-presence',
    visible: true,
    samples: [{ kind: 'zone' }, { kind: 'post' }],
  },
  {
    id: 'russian-posts',
    visible: true,
    samples: [{ kind: 'post' }],
  },
  {
    id: 'sites',
    visible: true,
    samples: [
      { kind: 'city', approximate: false },
      { kind: 'base', approximate: false },
    ],
  },
];

/**
 * What the legend says of each layer, as messages in the reader's language (called when shown):
 * its name, and one line on what it is and how sure it is.
 */
const LAYER_TEXT = new Map<string, { label: () => string; description: () => string }>([
  ['governorate', { label: m.layer_governorate, description: m.layer_governorate_desc }],
  ['golan', { label: m.layer_golan, description: m.layer_golan_desc }],
  ['separation', { label: m.layer_separation, description: m.layer_separation_desc }],
  ['limitation', { label: m.layer_limitation, description: m.layer_limitation_desc }],
  [
    'israeli-presence',
    { label: m.layer_israeli_presence, description: m.layer_israeli_presence_desc },
  ],
  ['russian-posts', { label: m.layer_russian_posts, description: m.layer_russian_posts_desc }],
  ['sites', { label: m.layer_sites, description: m.layer_sites_desc }],
]);

/** A layer's name in the legend, in the reader's language. */
export const layerLabel = (id: string): string => LAYER_TEXT.get(id)?.label() ?? id;
/** The legend's line on what a layer shows and how sure it is, in the reader's language. */
export const layerDescription = (id: string): string => LAYER_TEXT.get(id)?.description() ?? '';

const KNOWN = new Set(MAP_LAYERS.map((l) => l.id));

export function layerOf(p: Pick<PlaceProperties, 'layer' | 'kind'>): string {
  if (p.layer && KNOWN.has(p.layer)) return p.layer;
  if (p.kind === 'governorate') return 'governorate';
  if (p.kind === 'zone' || p.kind === 'line') return 'separation';
  return 'sites';
}

export function defaultLayerVisibility(): Record<string, boolean> {
  return Object.fromEntries(MAP_LAYERS.map((l) => [l.id, l.visible]));
}

/** The legend's sample places for a layer, as the style function takes them. */
export function legendSamples(layer: LayerDef): PlaceProperties[] {
  return layer.samples.map((s) => ({
    id: s.id ?? s.kind,
    name: s.id ?? s.kind,
    kind: s.kind,
    layer: layer.id,
    approximate: s.approximate ?? true,
    sources: [],
  }));
}
