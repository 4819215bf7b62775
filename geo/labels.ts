/**
 * Town labels that thin out as the reader zooms out: each label gets the smallest zoom at which it
 * fits without overlapping a label of higher priority. Pure and deterministic.
 */

export interface LabelCandidate {
  name: string;
  lon: number;
  lat: number;
  /** Lower is more important: it is placed first and shows at lower zooms. */
  priority: number;
}

export const MIN_LABEL_ZOOM = 7;
export const MAX_LABEL_ZOOM = 13;

/** Web Mercator pixel position at a zoom (256-pixel tiles). */
function project(lon: number, lat: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const x = ((lon + 180) / 360) * scale;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/** An approximate label box: about 6.5 px a character at 12 px, centred over the point. */
function box(c: LabelCandidate, zoom: number): [number, number, number, number] {
  const [x, y] = project(c.lon, c.lat, zoom);
  const w = c.name.length * 6.5 + 10;
  const h = 18;
  return [x - w / 2, y - h, x + w / 2, y + 4];
}

const overlaps = (a: number[], b: number[]) =>
  a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

/**
 * Returns each candidate's minimum zoom (or null when it never fits up to MAX_LABEL_ZOOM).
 * A label placed at one zoom stays at every larger zoom, where labels only move apart.
 */
export function labelZooms(candidates: LabelCandidate[]): (number | null)[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.priority - b.c.priority || a.c.name.localeCompare(b.c.name, 'en'));
  const minZoom: (number | null)[] = candidates.map(() => null);
  for (let z = MIN_LABEL_ZOOM; z <= MAX_LABEL_ZOOM; z++) {
    const placed: number[][] = [];
    for (const { c, i } of order) {
      const b = box(c, z);
      const fits = !placed.some((p) => overlaps(p, b));
      // Labels already shown at a lower zoom keep their place even if, rarely, they now touch.
      if (minZoom[i] !== null || fits) {
        if (minZoom[i] === null) minZoom[i] = z;
        placed.push(b);
      }
    }
  }
  return minZoom;
}
