/**
 * Where the timeline writes event titles: beside each mark, in its lane, only where the text fits
 * without touching another label or running off the chart. A label that does not fit is left out
 * (the mark keeps its name for screen readers and its tooltip), so labels never pile up.
 */
export interface LabelInput {
  id: string;
  lane: number;
  /** Right edge of the mark, where the label would start. */
  x: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  x: number;
  lane: number;
  text: string;
}

/** Approximate width of a label at 11 px: enough to keep them apart, no DOM measuring. */
export const labelWidth = (text: string): number => text.length * 6 + 4;

/** Something a label must not cover: a mark, as its lane and horizontal extent. */
export interface Obstacle {
  lane: number;
  x0: number;
  x1: number;
}

/**
 * Greedy, in the order given (callers pass the most important first when they want it kept).
 * A label must not cover another label or a mark in its lane. `right` is the chart's right edge;
 * `gap` the space kept around labels.
 */
export function layoutLabels(
  items: readonly LabelInput[],
  right: number,
  obstacles: readonly Obstacle[] = [],
  gap = 6,
): PlacedLabel[] {
  const taken = new Map<number, [number, number][]>();
  for (const o of obstacles) {
    const spans = taken.get(o.lane) ?? [];
    // Marks sit flush against their own label: keep the gap for labels only.
    spans.push([o.x0 + gap, o.x1 - gap]);
    taken.set(o.lane, spans);
  }
  const out: PlacedLabel[] = [];
  for (const item of items) {
    const x0 = item.x + 4;
    const x1 = x0 + labelWidth(item.text);
    if (x1 > right) continue;
    const spans = taken.get(item.lane) ?? [];
    if (spans.some(([a, b]) => x0 < b + gap && a < x1 + gap)) continue;
    spans.push([x0, x1]);
    taken.set(item.lane, spans);
    out.push({ id: item.id, x: x0, lane: item.lane, text: item.text });
  }
  return out;
}
