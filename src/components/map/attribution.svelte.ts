/**
 * An attribution line on the map while `line()` gives one (null: none). An effect of its own, so
 * that a change of language swaps only the line: the layer it credits is not drawn again.
 * Call during a map component's initialisation.
 */
import type { Map as LeafletMap } from 'leaflet';

export function attributionLine(map: LeafletMap, line: () => string | null): void {
  $effect(() => {
    // Only the app's own lines come here (src/lib/map/attributions.ts), never data text.
    const LINE = line();
    if (!LINE) return;
    map.attributionControl?.addAttribution(LINE);
    return () => {
      map.attributionControl?.removeAttribution(LINE);
    };
  });
}
