/**
 * The map's layers as the reader sees them in the legend: what each one shows, whether it starts
 * visible, and how it is drawn. Places name their layer in `properties.layer` (set by the geo
 * build); a place without one falls back to a layer chosen by its kind.
 */
import type { PlaceProperties } from '../data/schema';

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
}

export const MAP_LAYERS: readonly LayerDef[] = [
  {
    id: 'governorate',
    label: 'Quneitra Governorate',
    description: 'UN-recognised extent and the Syrian-held part (approximate)',
    visible: true,
  },
  {
    id: 'golan',
    label: 'Golan Heights, Israeli-held since 1967',
    description: 'Between the pre-1967 line and the Alpha line (approximate)',
    visible: true,
  },
  {
    id: 'separation',
    label: 'Area of Separation, Alpha and Bravo lines',
    description: 'The UNDOF demilitarized zone of the 1974 agreement',
    visible: true,
  },
  {
    id: 'limitation',
    label: 'Areas of Limitation',
    description: '0–10, 10–20 and 20–25 km bands on each side (computed, approximate)',
    visible: false,
  },
  {
    id: 'israeli-presence',
    label: 'Israeli-held area and positions since Dec 2024',
    description: 'Shown from 8 December 2024; outline and positions approximate',
    visible: true,
  },
  {
    id: 'russian-posts',
    label: 'Russian military police posts, 2018–2024',
    description: 'Shown on the dates they were reported; positions approximate',
    visible: true,
  },
  {
    id: 'sites',
    label: 'Towns, sites and bases',
    description: 'The places the story names',
    visible: true,
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
