/**
 * The timeline's time window on d3-zoom: wheel, drag, two-finger pinch and double click, from the
 * whole period down to about 40 pixels a day. An object in Leaflet's manner: it attaches to the
 * chart, reports each new window, and moves the window only through d3-zoom (`show`, `zoomBy`,
 * `reset`), so the transform D3 keeps and the window drawn never disagree.
 *
 * d3-zoom (with d3-selection and d3-transition) is not needed to draw the first view: it is
 * fetched in idle time after it (`load`), or at once when the window is first moved. Until then
 * `show` reports the window itself, and d3-zoom starts from that window when it arrives.
 */
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { timeScale } from '../../lib/time/scale';
import { DAY_MS } from '../../lib/time/days';
import { clampDomain, minSpanFor, transformFor, type Domain } from '../../lib/time/view';

type Parts = typeof import('./d3-zoom-parts');

/** Where the window is drawn: the chart's pixels from `left` to `right`, `height` tall. */
export interface WindowFrame {
  left: number;
  right: number;
  height: number;
}

export class ZoomWindow {
  private d3: Parts | null = null;
  private behaviour: ZoomBehavior<HTMLElement, unknown> | null = null;
  private loading: Promise<void> | null = null;
  private el: HTMLElement | null = null;
  private frame: WindowFrame = { left: 0, right: 1, height: 1 };
  /** The window last reported. */
  private shown: Domain;

  constructor(
    private readonly bounds: Domain,
    private readonly onWindow: (domain: Domain) => void,
  ) {
    this.shown = bounds;
  }

  /** Fetches d3-zoom, once; the window then answers the wheel, drags and pinches. */
  load(): Promise<void> {
    return (this.loading ??= import('./d3-zoom-parts').then((d3) => {
      this.d3 = d3;
      this.behaviour = d3
        .zoom<HTMLElement, unknown>()
        // The playhead and the range band keep their own pointers; ctrl-drag is the browser's.
        .filter((ev: Event) => {
          const target = ev.target as Element | null;
          if (target?.closest?.('.brush, .track, .handle')) return false;
          const mouse = ev as MouseEvent;
          return (!mouse.ctrlKey || ev.type === 'wheel') && !mouse.button;
        })
        .on('zoom', (ev: D3ZoomEvent<HTMLElement, unknown>) => {
          const base = timeScale(this.bounds, [this.frame.left, this.frame.right]);
          this.report(ev.transform.rescaleX(base).domain().map(Number) as unknown as Domain);
        });
      if (this.el) this.bind(this.shown);
    }));
  }

  /**
   * Attaches to the chart (again, when its size changes) with the zoom limits for that size, and
   * shows `keep` in it. The returned function detaches.
   */
  attach(el: HTMLElement, frame: WindowFrame, keep: Domain): () => void {
    this.el = el;
    this.frame = frame;
    if (this.behaviour) this.bind(keep);
    else this.show(keep);
    return () => {
      this.d3?.select(el).on('.zoom', null);
      if (this.el === el) this.el = null;
    };
  }

  /**
   * Moves the window to `domain` (clamped to the bounds): at once, or gliding there over
   * `glideMs` (d3-zoom's own transition, which a wheel or a drag interrupts). A glide spreads a
   * long jump over frames that each redraw a little, as a pan does, where a jump would redraw
   * every mark in one frame; and the reader sees where in time the view went.
   */
  show(domain: Domain, glideMs = 0): void {
    if (!this.el) return;
    const { d3, behaviour } = this;
    if (!d3 || !behaviour) return this.report(clampDomain(domain, this.bounds));
    const t = transformFor(domain, this.bounds, [this.frame.left, this.frame.right]);
    const to = d3.zoomIdentity.translate(t.x, 0).scale(t.k);
    const chart = d3.select(this.el).interrupt();
    if (glideMs > 0) chart.transition().duration(glideMs).call(behaviour.transform, to);
    else chart.call(behaviour.transform, to);
  }

  /** Zooms by `factor` around the chart pixel `px`, which stays where it is. */
  zoomBy(factor: number, px: number): void {
    const { d3, behaviour, el } = this;
    if (!d3 || !behaviour) return void this.load().then(() => this.zoomBy(factor, px));
    if (el) d3.select(el).call(behaviour.scaleBy, factor, [px, 0]);
  }

  /** Back to the whole period. */
  reset(): void {
    this.show(this.bounds);
  }

  private report(domain: Domain): void {
    this.shown = domain;
    this.onWindow(domain);
  }

  /** Puts d3-zoom on the chart with this frame's limits, starting from `domain`. */
  private bind(domain: Domain): void {
    const { d3, behaviour, el } = this;
    if (!d3 || !behaviour || !el) return;
    const { left, right, height } = this.frame;
    const whole = this.bounds[1] - this.bounds[0];
    behaviour
      .scaleExtent([1, whole / minSpanFor(right - left, DAY_MS)])
      .extent([
        [left, 0],
        [right, height],
      ])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ]);
    d3.select(el).call(behaviour);
    this.show(domain);
  }
}
