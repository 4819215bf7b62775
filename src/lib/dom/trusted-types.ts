/**
 * The page's last line of defence against HTML from data. The Content-Security-Policy requires
 * Trusted Types (scripts/csp.mjs), so every string assigned to `innerHTML` and its kin passes
 * through this policy. Svelte uses its own policy for its templates; what is left is Leaflet's
 * own fixed markup (a feature test, the zoom buttons' glyphs, the attribution line), which this
 * policy lets through exactly. Any other string is escaped, so it shows as text, and reported
 * as an error, so the hostile-input tests (e2e/hostile.spec.ts) fail on a new sink.
 *
 * Imported first by main.ts: Leaflet runs its feature test when its module is evaluated.
 */
import { attributionLines } from '../map/attributions';

/** Leaflet 1.9's fixed HTML: its SVG/VML feature tests, zoom glyphs and popup close button. */
const LEAFLET_STATIC_HTML = new Set([
  '<svg/>',
  '<v:shape adj="1"/>',
  '<span aria-hidden="true">+</span>',
  '<span aria-hidden="true">&#x2212;</span>',
  '<span aria-hidden="true">&#215;</span>',
]);
const ATTRIBUTION_SEPARATORS = [' <span aria-hidden="true">|</span> ', ', '];

/** True when the HTML is made only of the declared attribution lines and Leaflet's separators. */
export function isAttributionHtml(html: string): boolean {
  let rest = html;
  // Longest first, so a line is never cut by a shorter one it contains.
  for (const piece of attributionLines().sort((a, b) => b.length - a.length))
    rest = rest.split(piece).join('\u0000');
  for (const sep of ATTRIBUTION_SEPARATORS) rest = rest.split(sep).join('\u0000');
  return rest.replaceAll('\u0000', '').trim() === '';
}

export function allowedHtml(html: string): boolean {
  return html === '' || LEAFLET_STATIC_HTML.has(html) || isAttributionHtml(html);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function installTrustedTypesPolicy(): void {
  const tt = (globalThis as { trustedTypes?: { createPolicy: (...a: unknown[]) => unknown } })
    .trustedTypes;
  if (!tt) return;
  tt.createPolicy('default', {
    createHTML(html: string, _type: string, sink: string) {
      if (allowedHtml(html)) return html;
      console.error(
        `Trusted Types: HTML that is not the app's own was escaped (${sink}): ${JSON.stringify(html.slice(0, 120))}`,
      );
      return escapeHtml(html);
    },
    createScriptURL(url: string) {
      // Workers and scripts come only from the app's own origin.
      const u = new URL(url, location.href);
      if (u.origin === location.origin) return u.href;
      throw new TypeError(`Trusted Types: script URL ${u.origin} is not the app's origin`);
    },
  });
}

installTrustedTypesPolicy();
