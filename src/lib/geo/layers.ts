/**
 * The map's layers as the reader sees them in the legend: what each one shows, whether it starts
 * visible, and how it is drawn. Places name their layer in `properties.layer` (set by the geo
 * build); a place without one falls back to a layer chosen by its kind.
 */
import type { PlaceKind, PlaceProperties } from '../data/schema';

/**
 * The ids of the two lines of the 1974 agreement, declared once: the map draws them in their own
 * colours, the legend shows them, and a place's card measures its distance to each.
 */
export const ALPHA_LINE = 'alpha-line';
export const BRAVO_LINE = 'bravo-line';

export interface LayerDef {
  id: string;
  label: string;
  /** One line for the legend: what the layer is and how sure it is. */
  description: string;
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
    label: 'Quneitra Governorate',
    description: 'UN-recognised extent and the Syrian-held part (approximate)',
    visible: true,
    samples: [{ kind: 'governorate', id: 'quneitra-governorate' }],
  },
  {
    id: 'golan',
    label: 'Golan Heights, Israeli-held since 1967',
    description: 'Between the pre-1967 line and the Alpha line (approximate)',
    visible: true,
    samples: [{ kind: 'zone' }],
  },
  {
    id: 'separation',
    label: 'Area of Separation, Alpha and Bravo lines',
    description: 'The UNDOF demilitarized zone of the 1974 agreement',
    visible: true,
    samples: [
      { kind: 'zone', id: 'undof-area-of-separation' },
      { kind: 'line', id: ALPHA_LINE },
      { kind: 'line', id: BRAVO_LINE },
    ],
  },
  {
    id: 'limitation',
    label: 'Areas of Limitation',
    description: '0–10, 10–20 and 20–25 km bands on each side (computed, approximate)',
    visible: false,
    samples: [{ kind: 'zone' }],
  },
  {
    id: 'israeli-presence',
    label: 'Israeli-held area and positions since Dec 2024',
    description: 'Shown from 8 December 2024; outline and positions approximate',
    visible: true,
    samples: [{ kind: 'zone' }, { kind: 'post' }],
  },
  {
    id: 'russian-posts',
    label: 'Russian military police posts, 2018–2024',
    description: 'Shown on the dates they were reported; positions approximate',
    visible: true,
    samples: [{ kind: 'post' }],
  },
  {
    id: 'sites',
    label: 'Towns, sites and bases',
    description: 'The places the story names',
    visible: true,
    samples: [
      { kind: 'city', approximate: false },
      { kind: 'base', approximate: false },
    ],
  },
];

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
