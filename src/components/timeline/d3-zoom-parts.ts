/** The parts of D3 the time window uses, fetched together as one chunk after the first draw. */
export { zoom, zoomIdentity } from 'd3-zoom';
export { select } from 'd3-selection';
// Gives selections `transition()` and `interrupt()`, for the window's glide (d3-zoom uses it too).
import 'd3-transition';
