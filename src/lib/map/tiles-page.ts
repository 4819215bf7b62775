/**
 * The optional OpenStreetMap layer lives on its own page. index.html's policy keeps every request
 * on the app's origin; online.html is the same app under a policy that also allows the tile host
 * (scripts/csp.mjs says why a page cannot loosen its own). The page says which it is on <html>.
 */
export const ONLINE_TILES_PAGE =
  typeof document !== 'undefined' && document.documentElement.dataset.tiles === 'online';

/** Where to go to turn the tiles on or off, keeping the reader's view (`search` from the state). */
export function tilesPageUrl(on: boolean, search: string, hash = ''): string {
  return `${on ? 'online.html' : './'}${search}${hash}`;
}
