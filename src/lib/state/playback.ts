/**
 * The playhead's motion, apart from the state it moves: a clock (the browser's animation frames,
 * or a test's own) advances a date at a number of days a second until it reaches an end.
 */
import { DAY_MS } from '../time/days';

/** The playhead's speeds, in days of story time per second of reading time. */
export const SPEEDS = [7, 30, 90, 365] as const;

/** Where playback gets its time and frames: the browser's, or a test's own. */
export interface Clock {
  now(): number;
  frame(step: (now: number) => void): number;
  cancel(id: number): void;
}

// Animation frames where there are any; a 60 Hz timer elsewhere (Node, where unit tests run).
const hasFrames = typeof requestAnimationFrame === 'function';
export const browserClock: Clock = {
  now: () => performance.now(),
  frame: (step) =>
    hasFrames
      ? requestAnimationFrame(step)
      : (setTimeout(() => step(performance.now()), 16) as unknown as number),
  cancel: (id) => (hasFrames ? cancelAnimationFrame(id) : clearTimeout(id)),
};

export interface PlayRun {
  /** Where the date starts, UTC ms. */
  from: number;
  /** Read each frame, so that a change of speed or range while playing takes effect at once. */
  daysPerSecond(): number;
  end(): number;
  /** Called each frame with the fractional date; and once more with `end` when it is reached. */
  onTime(t: number): void;
  onEnd(): void;
}

/** Starts the motion; the returned function stops it (and is harmless after the end). */
export function play(clock: Clock, run: PlayRun): () => void {
  let last = clock.now();
  let cursor = run.from; // fractional days accumulate here; the state keeps whole days
  let frame: number | null = null;
  const step = (now: number) => {
    cursor += ((now - last) / 1000) * run.daysPerSecond() * DAY_MS;
    last = now;
    const end = run.end();
    if (cursor >= end) {
      frame = null;
      run.onTime(end);
      run.onEnd();
      return;
    }
    run.onTime(cursor);
    frame = clock.frame(step);
  };
  frame = clock.frame(step);
  return () => {
    if (frame !== null) clock.cancel(frame);
    frame = null;
  };
}
