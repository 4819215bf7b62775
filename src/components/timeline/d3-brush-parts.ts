/** The parts of D3 the range band uses, fetched together as one chunk after the first draw. */
export { brushX } from 'd3-brush';
export { select } from 'd3-selection';
