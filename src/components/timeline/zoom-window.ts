/**
 * The timeline's time window on d3-zoom: wheel, drag, two-finger pinch and double click, from the
 * whole period down to about 40 pixels a day. An object in Leaflet's manner: it attaches to the
 * chart, reports each new window, and moves the window only through d3-zoom (`show`, `zoomBy`,
 * `reset`), so the transform D3 keeps and the window drawn never disagree.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { timeScale } from '../../lib/time/scale';
import { DAY_MS } from '../../lib/time/days';
import { minSpanFor, transformFor, type Domain } from '../../lib/time/view';

/** Where the window is drawn: the chart's pixels from `left` to `right`, `height` tall. */
export interface WindowFrame {
  left: number;
  right: number;
  height: number;
}

export class ZoomWindow {
  private readonly behaviour: ZoomBehavior<HTMLElement, unknown>;
  private el: HTMLElement | null = null;
  private frame: WindowFrame = { left: 0, right: 1, height: 1 };

  constructor(
    private readonly bounds: Domain,
    onWindow: (domain: Domain) => void,
  ) {
    this.behaviour = zoom<HTMLElement, unknown>()
      // The playhead and the range band keep their own pointers; ctrl-drag is the browser's.
      .filter((ev: Event) => {
        const target = ev.target as Element | null;
        if (target?.closest?.('.brush, .track, .handle')) return false;
        const mouse = ev as MouseEvent;
        return (!mouse.ctrlKey || ev.type === 'wheel') && !mouse.button;
      })
      .on('zoom', (ev: D3ZoomEvent<HTMLElement, unknown>) => {
        const base = timeScale(this.bounds, [this.frame.left, this.frame.right]);
        onWindow(ev.transform.rescaleX(base).domain().map(Number) as unknown as Domain);
      });
  }

  /**
   * Attaches to the chart (again, when its size changes) with the zoom limits for that size, and
   * shows `keep` in it. The returned function detaches.
   */
  attach(el: HTMLElement, frame: WindowFrame, keep: Domain): () => void {
    this.el = el;
    this.frame = frame;
    const { left, right, height } = frame;
    const whole = this.bounds[1] - this.bounds[0];
    this.behaviour
      .scaleExtent([1, whole / minSpanFor(right - left, DAY_MS)])
      .extent([
        [left, 0],
        [right, height],
      ])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ]);
    const selection = select(el).call(this.behaviour);
    this.show(keep);
    return () => void selection.on('.zoom', null);
  }

  /** Moves the window to `domain` (clamped to the bounds). */
  show(domain: Domain): void {
    if (!this.el) return;
    const t = transformFor(domain, this.bounds, [this.frame.left, this.frame.right]);
    select(this.el).call(this.behaviour.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
  }

  /** Zooms by `factor` around the chart pixel `px`, which stays where it is. */
  zoomBy(factor: number, px: number): void {
    if (this.el) select(this.el).call(this.behaviour.scaleBy, factor, [px, 0]);
  }

  /** Back to the whole period. */
  reset(): void {
    if (this.el) select(this.el).call(this.behaviour.transform, zoomIdentity);
  }
}
