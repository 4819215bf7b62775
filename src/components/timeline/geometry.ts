/** The timeline's vertical layout, shared by its parts so they line up. */
export const LANE_H = 22;
export const HANDLE_H = 18; // the scrubber's handle row, above the lanes
export const BRUSH_H = 18; // the range band, under the lanes
export const AXIS_H = 24;
export const MARGIN = { left: 110, right: 16 };

export interface TimelineLayout {
  lanesTop: number;
  brushTop: number;
  axisTop: number;
  height: number;
  left: number;
  right: number;
}

export function timelineLayout(laneCount: number, width: number): TimelineLayout {
  const lanesTop = HANDLE_H + 2;
  const brushTop = lanesTop + Math.max(laneCount, 1) * LANE_H + 2;
  const axisTop = brushTop + BRUSH_H;
  return {
    lanesTop,
    brushTop,
    axisTop,
    height: axisTop + AXIS_H,
    left: MARGIN.left,
    right: Math.max(MARGIN.left + 100, width - MARGIN.right),
  };
}
