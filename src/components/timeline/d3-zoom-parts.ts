/** The parts of D3 the time window uses, fetched together as one chunk after the first draw. */
export { zoom, zoomIdentity } from 'd3-zoom';
export { select } from 'd3-selection';
