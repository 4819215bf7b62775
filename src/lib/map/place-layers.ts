/**
 * The story's places as Leaflet layers, one per place, owned by one object that shows them by date
 * and layer switch, gives them their emphasis, labels their elements and removes it all in
 * `destroy()`. An update touches only the places it changes, not every place.
 */
import {
  CircleMarker,
  canvas,
  circleMarker,
  type CircleMarkerOptions,
  geoJSON,
  latLngBounds,
  svg,
  type LatLngBounds,
  type LeafletEvent,
  type Map as LeafletMap,
  type Path,
  type Polyline,
  type Renderer,
} from 'leaflet';
import type { PlaceFeature, PlaceProperties } from '../data/schema';
import { emphasisOf, placeLook, type Emphasis } from '../geo/styles';
import { layerOf } from '../geo/layers';
import { isWithin, validityBounds } from '../time/validity';
import { bisect } from '../time/filter';
import { textElement } from '../dom/text';
import { paneFor } from '../../components/map/panes';
import { placeNameIn } from '../i18n/names';
import { kindLabel } from '../i18n/kinds';
import type { Locale } from '../i18n/locales';
import { m } from '../../paraglide/messages.js';

/** Above this many places, points go on a canvas: thousands of SVG circles slow every pan. */
export const CANVAS_FROM = 1500;

/** The pane a highlighted canvas point is lifted to, as an SVG element (src/components/map/panes.ts). */
const HIGHLIGHT_PANE = 'highlight';

export interface PlaceLayersOptions {
  /** A place was clicked, or chosen with Enter or Space while it had the focus. */
  onChoose: (id: string) => void;
}

interface Entry {
  readonly p: PlaceProperties;
  readonly layer: Path;
  /** The legend layer it belongs to, switched on and off as one. */
  readonly group: string;
  readonly isPoint: boolean;
  /** Drawn on a canvas (points, with many places): lifted to the SVG highlight pane when highlighted. */
  readonly onCanvas: boolean;
  /** [from, to) in UTC ms, parsed once. */
  readonly validity: readonly [number, number];
  shown: boolean;
  emphasis: Emphasis;
}

const isOn = (layers: Readonly<Record<string, boolean>>, group: string) => layers[group] !== false;

export class PlaceLayers {
  readonly #map: LeafletMap;
  readonly #onChoose: (id: string) => void;
  readonly #entries: Entry[] = [];
  readonly #byId = new Map<string, Entry>();
  readonly #byLayer = new Map<Path, Entry>();
  readonly #byGroup = new Map<string, Entry[]>();
  /** Every finite validity bound with its place, in time order: what a date move can cross. */
  readonly #edges: { t: number; e: Entry }[] = [];
  readonly #renderers = new Map<string, Renderer>();
  readonly #lifted = svg({ pane: HIGHLIGHT_PANE });
  /** What the map shows now: null until the first `setVisibleAt`. */
  #time: number | null = null;
  #on: Readonly<Record<string, boolean>> = {};
  #highlighted: ReadonlySet<string> = new Set();
  #inRange: ReadonlySet<string> | null = null;
  /** The language the places are named in (their tooltips and accessible names). */
  #lang: Locale = 'en';

  /** Makes one layer per place, off the map until `setVisibleAt`; places Leaflet cannot draw are skipped. */
  constructor(map: LeafletMap, places: readonly PlaceFeature[], { onChoose }: PlaceLayersOptions) {
    this.#map = map;
    this.#onChoose = onChoose;
    const canvasPoints = places.length > CANVAS_FROM;
    for (const feature of places) this.#create(feature, canvasPoints);
    this.#edges.sort((a, b) => a.t - b.t);
    map.getContainer().addEventListener('keydown', this.#onKeydown);
  }

  /** Shows the places that exist at `t` (UTC ms) and whose layer is not switched off. */
  setVisibleAt(t: number, layersOn: Readonly<Record<string, boolean>>): void {
    let candidates: Iterable<Entry> = this.#entries;
    if (this.#time !== null) {
      const changed = new Set<Entry>();
      // Only a place with a bound between the two dates can appear or disappear (the check
      // below is exact; a bound on the old date itself is merely looked at).
      const lo = Math.min(this.#time, t);
      const hi = Math.max(this.#time, t);
      const edges = this.#edges;
      for (let i = bisect(edges.length, (k) => edges[k]!.t, lo); i < edges.length; i++) {
        if (edges[i]!.t > hi) break;
        changed.add(edges[i]!.e);
      }
      for (const [group, entries] of this.#byGroup)
        if (isOn(layersOn, group) !== isOn(this.#on, group))
          for (const e of entries) changed.add(e);
      candidates = changed;
    }
    this.#time = t;
    this.#on = { ...layersOn };
    for (const e of candidates) {
      const visible = isOn(layersOn, e.group) && isWithin(e.validity, t);
      if (visible === e.shown) continue;
      e.shown = visible;
      if (visible) e.layer.addTo(this.#map);
      else e.layer.remove();
    }
  }

  /**
   * Highlights these places and, with a range, dims the points no event in it names. The same
   * `inRange` set passed again counts as unchanged; a new one has every place looked at.
   */
  setEmphasis(highlighted: ReadonlySet<string>, inRange: ReadonlySet<string> | null): void {
    const ids = [...this.#highlighted, ...highlighted];
    const candidates =
      inRange === this.#inRange ? ids.flatMap((id) => this.#byId.get(id) ?? []) : this.#entries;
    this.#highlighted = new Set(highlighted);
    this.#inRange = inRange;
    // The rest step back all at once, by CSS on this class: a selection costs what it touches.
    this.#map.getContainer().classList.toggle('has-highlight', highlighted.size > 0);
    for (const e of candidates) {
      const emphasis = emphasisOf(e.p.id, e.isPoint, highlighted, inRange);
      if (emphasis !== e.emphasis) this.#emphasise(e, emphasis);
    }
  }

  /** The extent of these places (not valid when none is known). */
  boundsOf(ids: Iterable<string>): LatLngBounds {
    const bounds = latLngBounds([]);
    for (const id of ids) {
      const layer = this.#byId.get(id)?.layer;
      if (layer instanceof CircleMarker) bounds.extend(layer.getLatLng());
      else if (layer) bounds.extend((layer as Polyline).getBounds());
    }
    return bounds;
  }

  /** Takes every layer, renderer and listener off the map. */
  destroy(): void {
    const container = this.#map.getContainer();
    container.removeEventListener('keydown', this.#onKeydown);
    container.classList.remove('has-highlight');
    // Off the map first: a tooltip unbound from a layer on the map leaves its 'add' listener.
    for (const { layer } of this.#entries)
      layer.remove().off('add', this.#onAdd).off('click', this.#onClick).unbindTooltip();
    for (const renderer of [...this.#renderers.values(), this.#lifted]) renderer.remove();
  }

  #create(feature: PlaceFeature, canvasPoints: boolean): void {
    const p = feature.properties;
    const isPoint = feature.geometry.type === 'Point';
    const onCanvas = canvasPoints && isPoint;
    const options = { ...this.#paneOf(p, onCanvas), ...placeLook(p, isPoint, 'normal') };
    let layer: Path | undefined;
    if (feature.geometry.type === 'Point') {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      layer = circleMarker([lat, lng], options as CircleMarkerOptions); // placeLook gave the radius
    } else layer = geoJSON(feature, { style: () => options }).getLayers()[0] as Path | undefined;
    if (!layer) return;
    const validity = validityBounds(p);
    const e: Entry = {
      p,
      layer,
      group: layerOf(p),
      isPoint,
      onCanvas,
      validity,
      shown: false,
      emphasis: 'normal',
    };
    this.#entries.push(e);
    this.#byId.set(p.id, e);
    this.#byLayer.set(layer, e);
    const inGroup = this.#byGroup.get(e.group);
    if (inGroup) inGroup.push(e);
    else this.#byGroup.set(e.group, [e]);
    for (const t of validity) if (Number.isFinite(t)) this.#edges.push({ t, e });
    const name = placeNameIn(p, this.#lang);
    layer.bindTooltip(textElement(name.text, undefined, 'span', name.lang), { sticky: true });
    layer.on('add', this.#onAdd).on('click', this.#onClick);
  }

  /** The pane a place is drawn in, and the renderer that draws it there (one of each per pane). */
  #paneOf(p: PlaceProperties, onCanvas: boolean): { pane: string; renderer: Renderer } {
    const pane = paneFor(p);
    const key = `${pane}|${onCanvas}`;
    let renderer = this.#renderers.get(key);
    if (!renderer)
      this.#renderers.set(key, (renderer = onCanvas ? canvas({ pane }) : svg({ pane })));
    return { pane, renderer };
  }

  #label(p: PlaceProperties): string {
    const parts = {
      name: placeNameIn(p, this.#lang).text,
      kind: kindLabel(p.kind),
    };
    return p.approximate ? m.map_place_label_approximate(parts) : m.map_place_label(parts);
  }

  /** Names the places in another language: their tooltips and accessible names. */
  setLanguage(lang: Locale): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    for (const e of this.#entries) {
      const name = placeNameIn(e.p, lang);
      e.layer.setTooltipContent(textElement(name.text, undefined, 'span', name.lang));
      e.layer.getElement()?.setAttribute('aria-label', this.#label(e.p));
    }
  }

  /** A canvas point moves to the SVG highlight pane to stand out; an SVG shape only restyles. */
  #emphasise(e: Entry, emphasis: Emphasis): void {
    e.emphasis = emphasis;
    const lift = emphasis === 'highlighted' && e.onCanvas;
    if (lift !== (e.layer.options.pane === HIGHLIGHT_PANE)) {
      if (e.shown) e.layer.remove();
      const to = lift ? { pane: HIGHLIGHT_PANE, renderer: this.#lifted } : this.#paneOf(e.p, true);
      Object.assign(e.layer.options, to);
      // Added again, it gets a new element, labelled by #onAdd.
      if (e.shown) e.layer.addTo(this.#map);
    }
    e.layer.setStyle(placeLook(e.p, e.isPoint, emphasis));
    this.#markHighlight(e);
  }

  #markHighlight(e: Entry): void {
    const el = e.layer.getElement();
    if (!el) return;
    // Stepped back because no event shown (in the range, through the filters) names it.
    el.toggleAttribute('data-dimmed', e.emphasis === 'dimmed');
    if (e.emphasis !== 'highlighted') return el.removeAttribute('data-highlighted');
    el.setAttribute('data-highlighted', 'true');
    if (e.shown) e.layer.bringToFront();
  }

  /** Leaflet makes a new element each time a layer is added: label it for tests and assistive tech. */
  readonly #onAdd = (ev: LeafletEvent): void => {
    const e = this.#byLayer.get(ev.target as Path);
    const el = e?.layer.getElement();
    if (!e || !el) return;
    const { p } = e;
    el.setAttribute('data-place-id', p.id);
    el.setAttribute('data-layer', e.group);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', this.#label(p));
    this.#markHighlight(e);
  };

  readonly #onClick = (ev: LeafletEvent): void => {
    const e = this.#byLayer.get(ev.target as Path);
    if (e) this.#onChoose(e.p.id);
  };

  /** One listener on the map for every place's element: Enter or Space chooses the focused place. */
  readonly #onKeydown = (ev: KeyboardEvent): void => {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    const id = ev.target instanceof Element ? ev.target.getAttribute('data-place-id') : null;
    if (!id || !this.#byId.has(id)) return;
    ev.preventDefault();
    this.#onChoose(id);
  };
}
