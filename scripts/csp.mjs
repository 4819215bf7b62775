/**
 * The page's Content-Security-Policy, in one place: the build writes it into index.html and,
 * with the tile host allowed, into online.html; tests/csp.test.ts asserts it.
 *
 * Nothing leaves the app's origin on index.html. The OpenStreetMap layer lives on online.html,
 * the same app under a policy that also allows the tile host: turning the layer on moves the
 * reader there (and off, back), because a policy delivered in a <meta> tag can be tightened by a
 * script but never loosened. `frame-ancestors`, `report-uri` and `sandbox` are ignored in a
 * <meta> tag: they need an HTTP header, which a static host may add (see README, Security).
 */

export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

/** The Trusted Types policies the app defines: Svelte's own, and ours for Leaflet's static HTML. */
export const TRUSTED_TYPES_POLICIES = ['svelte-trusted-html', 'default'];

export function contentSecurityPolicy({ onlineTiles = false } = {}) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Svelte and Leaflet set styles through the CSSOM, which a policy does not restrict; no
    // inline <style> element or style attribute from markup is needed, so none is allowed.
    "style-src 'self'",
    `img-src 'self' data:${onlineTiles ? ` ${TILE_ORIGIN}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ].join('; ');
}

/**
 * The development server injects styles as <style> elements and runs its client inline, so it
 * gets a looser policy; it still keeps every request on the app's origin.
 */
export function devContentSecurityPolicy({ onlineTiles = false } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${onlineTiles ? ` ${TILE_ORIGIN}` : ''}`,
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Turns the built or served index.html into the page for one tile mode. */
export function pageFor(html, { onlineTiles, dev = false }) {
  const policy = (dev ? devContentSecurityPolicy : contentSecurityPolicy)({ onlineTiles });
  return html
    .replace('__CONTENT_SECURITY_POLICY__', policy)
    .replace(
      '<html lang="en">',
      `<html lang="en" data-tiles="${onlineTiles ? 'online' : 'offline'}">`,
    );
}

/** The built offline page, turned into online.html. */
export function onlinePageFrom(offlineHtml) {
  const offline = contentSecurityPolicy();
  if (!offlineHtml.includes(offline))
    throw new Error('the built page does not carry the offline policy');
  return offlineHtml
    .replace(offline, contentSecurityPolicy({ onlineTiles: true }))
    .replace('data-tiles="offline"', 'data-tiles="online"');
}
