/**
 * The story's time as the reader has set it: the day the map shows, the brushed range, and the
 * playhead. A part of StoryState (`story.time`), kept apart because everything about it is day
 * arithmetic and clamping to the story's frame, and none of it depends on the data.
 */
import { STORY_END, STORY_START, addMonths } from '../time/dates';
import { DAY_MS, endAfter, lastDayBefore, startOfDay } from '../time/days';
import type { TimeRange } from '../time/filter';
import { SPEEDS, browserClock, play, type Clock } from './playback';

/** The story's last day: where the map starts, and the latest day it can show. */
export const LAST_DAY = STORY_END - DAY_MS;

export class TimeState {
  constructor(private readonly clock: Clock = browserClock) {}

  /** The date the map shows, UTC ms at the start of a day. Starts at the story's last day. */
  day = $state(LAST_DAY);
  /** The brushed time range [from, to); null is the whole story. */
  range = $state.raw<TimeRange | null>(null);
  playing = $state(false);
  /** Days of story time per second of playing. */
  speed = $state<number>(SPEEDS[1]);
  /**
   * A stretch of time the timeline should bring into its window (a story step's events); `seq`
   * tells two requests for the same stretch apart. The window itself is the timeline's own.
   */
  windowRequest = $state.raw<{ window: readonly [number, number]; seq: number } | null>(null);

  /** Moves the map to a date, clamped to the story's time frame and snapped to the day. */
  set(t: number): void {
    this.day = startOfDay(Math.min(Math.max(t, STORY_START), LAST_DAY));
  }

  /** Moves the date by days, or by calendar months (keeping the day where the month has it). */
  step(amount: number, unit: 'day' | 'month'): void {
    this.set(unit === 'day' ? this.day + amount * DAY_MS : addMonths(this.day, amount));
  }

  /**
   * A brushed range [from, to) in time, snapped out to whole days; null or an empty range clears
   * it. A range of named days goes through `setRangeDays`.
   */
  setRange(range: TimeRange | null): void {
    if (!range) {
      this.range = null;
      return;
    }
    const from = startOfDay(Math.max(range.from, STORY_START));
    const to = endAfter(Math.min(range.to, STORY_END) - 1);
    this.range = to > from ? { from, to } : null;
  }

  /**
   * A range from its first to its last day, both included, as a reader types them and a link
   * names them (`from`, `to`): the one place where a last day becomes an exclusive end.
   */
  setRangeDays(firstDay: number, lastDay: number): void {
    this.setRange({ from: firstDay, to: endAfter(lastDay) });
  }

  /**
   * Plays or pauses. While playing, the date advances `speed` days a second, once per frame of
   * the clock (the browser's animation frames; a test hands in its own), and stops at the end of
   * the range or the story.
   */
  setPlaying(on: boolean): void {
    // Playing from the last day would end at once: start again from the range's or story's start.
    if (on && this.day >= this.playEnd()) this.set(this.range?.from ?? STORY_START);
    this.stopPlayhead?.();
    this.stopPlayhead = null;
    this.playing = on;
    if (!on) return;
    this.stopPlayhead = play(this.clock, {
      from: this.day,
      daysPerSecond: () => this.speed,
      end: () => this.playEnd(),
      onTime: (t) => this.set(t),
      onEnd: () => this.setPlaying(false),
    });
  }

  setSpeed(daysPerSecond: number): void {
    this.speed = daysPerSecond;
  }

  requestWindow(window: readonly [number, number]): void {
    this.windowRequest = { window, seq: (this.windowRequest?.seq ?? 0) + 1 };
  }

  private stopPlayhead: (() => void) | null = null;

  private playEnd(): number {
    return this.range ? lastDayBefore(this.range.to) : LAST_DAY;
  }
}
