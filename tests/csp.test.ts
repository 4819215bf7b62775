/** The shipped Content-Security-Policy and the Trusted Types policy behind it. */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, onlinePageFrom, TILE_ORIGIN } from '../scripts/csp.mjs';
import { allowedHtml, isAttributionHtml } from '../src/lib/dom/trusted-types';
import { attributionLines, bordersAttribution, LEAFLET_PREFIX } from '../src/lib/map/attributions';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );

describe('the Content-Security-Policy', () => {
  const offline = directives(contentSecurityPolicy());

  it('names no other host than the app itself while the online layer is off', () => {
    for (const [name, values] of offline)
      for (const v of values) expect(v, name).not.toMatch(/^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i);
  });

  it('allows no inline script or style, no forms, no base, no plugins', () => {
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
    expect(offline.get('default-src')).toEqual(["'none'"]);
    expect(offline.get('script-src')).toEqual(["'self'"]);
    expect(offline.get('style-src')).toEqual(["'self'"]);
    expect(offline.get('form-action')).toEqual(["'none'"]);
    expect(offline.get('base-uri')).toEqual(["'none'"]);
    expect(offline.get('object-src')).toEqual(["'none'"]);
    expect(offline.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(offline.get('trusted-types')).toEqual(['svelte-trusted-html', 'default']);
  });

  it('online.html differs only by the tile host in img-src', () => {
    const page = `<html lang="en" data-tiles="offline"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`;
    const online = onlinePageFrom(page);
    expect(online).toContain('data-tiles="online"');
    const d = directives(/content="([^"]+)"/.exec(online)![1]!);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', TILE_ORIGIN]);
    for (const [name, values] of d)
      if (name !== 'img-src') expect(values).toEqual(offline.get(name));
    expect(() => onlinePageFrom('<html>')).toThrow(/offline policy/);
  });
});

describe('the Trusted Types policy', () => {
  it("lets through Leaflet's fixed markup and the declared attribution lines", () => {
    expect(allowedHtml('<svg/>')).toBe(true);
    expect(allowedHtml('<span aria-hidden="true">+</span>')).toBe(true);
    expect(
      isAttributionHtml(
        `${LEAFLET_PREFIX} <span aria-hidden="true">|</span> ${attributionLines().slice(1).join(', ')}`,
      ),
    ).toBe(true);
  });

  it('refuses anything else, even when it contains a declared line', () => {
    expect(allowedHtml('<img src=x onerror=alert(1)>')).toBe(false);
    expect(allowedHtml(`${bordersAttribution()}<img src=x>`)).toBe(false);
    expect(allowedHtml('Beit Jinn')).toBe(false);
  });
});
