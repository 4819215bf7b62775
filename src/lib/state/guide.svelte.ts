/**
 * Story mode: the article as a guided walk (`story.guide`). It holds the steps and which one the
 * reader is on; entering a step moves everything at once through the host (the StoryState): the
 * date, the map's focus, the timeline's window; the highlight follows from `current`. The steps
 * and their reading code are fetched the first time the reader follows the story.
 */
import type { Problem } from '../data/schema';
import type { StoryIndex } from '../data/indexes';
import type { Reader } from '../data/load';
import type { Step } from '../story/steps';
import type { TimeState } from './time.svelte';
import type { UrlState } from './url';

/** What entering a step moves: the StoryState, seen from here. */
export interface GuideHost {
  index(): StoryIndex | null;
  readonly time: TimeState;
  reader(): Reader;
  clearSelection(): void;
  focusOn(ids: readonly string[]): void;
  /** Problems found in the steps' file (an empty list is nothing to report). */
  report(problems: Problem[]): void;
}

/** What a link says besides the step, which the step must then leave as the link has it. */
export type LinkedView = Pick<UrlState, 't' | 'view' | 'event' | 'place'>;

export class StoryGuide {
  constructor(private readonly host: GuideHost) {}

  /** The steps, once read (null before the reader first follows the story). */
  steps = $state.raw<Step[] | null>(null);
  /** The step shown, 1-based; null when not in story mode. */
  number = $state<number | null>(null);
  current: Step | null = $derived((this.number !== null && this.steps?.[this.number - 1]) || null);

  private loading: Promise<Step[]> | null = null;

  /**
   * Enters story mode at step `n` (reading the steps first, the first time). From a link, the
   * step restores only what the link leaves out: its date, its view and its selection stay.
   */
  async start(n = 1, link?: LinkedView): Promise<void> {
    // Read already, the steps are entered at once, in the same task (no await).
    const steps = this.steps ?? (await this.prepare());
    if (!steps?.length) return;
    this.go(n, link);
  }

  /**
   * Reads the steps (once), without entering story mode. Before the data has arrived there is
   * nothing to read them from: null, and nothing is remembered, so a later call reads them.
   */
  prepare(): Promise<Step[] | null> {
    const index = this.host.index();
    if (!index) return Promise.resolve(null);
    return (this.loading ??= this.load(index));
  }

  /** Moves to step `n` (clamped to the steps there are). */
  go(n: number, link?: LinkedView): void {
    const steps = this.steps;
    if (!steps?.length) return;
    const step = steps[Math.min(Math.max(Math.round(n), 1), steps.length) - 1]!;
    this.number = step.number;
    const { host } = this;
    if (!link) host.clearSelection();
    if (link?.t === undefined) host.time.set(step.day);
    if (!link || (!link.view && !link.event && !link.place)) host.focusOn(step.places);
    host.time.requestWindow(step.window);
  }

  /** The next or previous step; nothing at either end. */
  step(delta: 1 | -1): void {
    if (this.number === null || !this.steps) return;
    const n = this.number + delta;
    if (n >= 1 && n <= this.steps.length) this.go(n);
  }

  /** Leaves story mode where the reader is: the date, the view and the window stay. */
  leave(): void {
    this.number = null;
  }

  private async load(index: StoryIndex): Promise<Step[]> {
    const { loadSteps } = await import('../story/load-steps');
    const { steps, problems } = await loadSteps(this.host.reader(), index);
    this.host.report(problems);
    this.steps = steps;
    return steps;
  }
}
