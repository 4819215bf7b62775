/**
 * connectHistory in a real browser: a new selection is a new history entry (push); the date,
 * the range and the map view replace the current one, at most every 250 ms; back and forward
 * restore the state without writing history themselves.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { connectHistory } from '../../src/lib/state/history.svelte';
import { fixtureStory } from './story-fixture';
import { inEffectRoot } from './effect-root.svelte';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

describe('history: push for a selection, replace for the rest', () => {
  let teardown: () => void = () => {};
  let push: ReturnType<typeof vi.spyOn>;
  let replace: ReturnType<typeof vi.spyOn>;
  const start = `${location.pathname}`;

  beforeEach(() => {
    history.replaceState(null, '', start);
    // The frames too: a push waits for the frame that shows the change.
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    push = vi.spyOn(history, 'pushState');
    replace = vi.spyOn(history, 'replaceState');
  });
  afterEach(() => {
    teardown();
    vi.useRealTimers();
    vi.restoreAllMocks();
    history.replaceState(null, '', start);
  });

  function connected() {
    const story = fixtureStory();
    teardown = inEffectRoot(() => connectHistory(story));
    flushSync();
    return story;
  }
  /** Lets the state's effects run, then the history timers (a frame is 16 ms). */
  function settle(ms = 20) {
    flushSync();
    vi.advanceTimersByTime(ms);
  }

  it('a selection is pushed after the frame that shows it, not before', () => {
    const story = connected();
    story.selectEvent('2024-12-rumour');
    settle(0);
    // Still the same task as the change: the frame has not been drawn yet.
    expect(push).not.toHaveBeenCalled();
    settle(20); // the frame, then the task after it
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?event=2024-12-rumour&t=2024-12-01');
  });

  it('a push still happens where no frame comes (a hidden page)', () => {
    const story = connected();
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    story.selectEvent('2024-12-rumour');
    settle(99);
    expect(push).not.toHaveBeenCalled();
    settle(1);
    expect(push).toHaveBeenCalledTimes(1);
    raf.mockRestore();
  });

  it('a selection pushes one entry at once, carrying the date it moved to', () => {
    const story = connected();
    story.selectEvent('2024-12-rumour');
    settle();
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    expect(location.search).toBe('?event=2024-12-rumour&t=2024-12-01');
    story.selectPlace('test-zone');
    settle();
    expect(push).toHaveBeenCalledTimes(2);
    expect(location.search).toContain('place=test-zone');
  });

  it('the date replaces the entry, once per 250 ms however often it changes', () => {
    const story = connected();
    for (let i = 0; i < 10; i++) {
      story.time.set(day('2020-01-01') + i * 86_400_000);
      settle(20); // ten frames' worth of changes, 200 ms in all
    }
    expect(replace).not.toHaveBeenCalled();
    settle(50);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    // The write takes the state as it is when it runs: the last date, not the first.
    expect(location.search).toBe('?t=2020-01-10');
  });

  it('a range and a map view replace; choosing an event after them pushes', () => {
    const story = connected();
    story.time.setRangeDays(day('2024-01-01'), day('2024-06-30'));
    story.setView({ lat: 33.1, lng: 35.8, zoom: 10 });
    settle(250);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(location.search).toContain('from=2024-01-01&to=2024-06-30');
    expect(push).not.toHaveBeenCalled();
    story.selectEvent('2025-11-17-tour');
    settle();
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('back and forward restore the state without writing history', () => {
    const story = connected();
    story.selectEvent('2024-12-rumour');
    settle();
    story.selectEvent('2025-11-17-tour');
    settle();
    expect(push).toHaveBeenCalledTimes(2);
    // What the browser does on Back: the URL changes first, then popstate fires.
    history.replaceState(null, '', `${start}?event=2024-12-rumour&t=2024-12-01`);
    replace.mockClear();
    dispatchEvent(new PopStateEvent('popstate'));
    settle(1000);
    expect(story.selectedEventId).toBe('2024-12-rumour');
    expect(push).toHaveBeenCalledTimes(2);
    expect(replace).not.toHaveBeenCalled();
  });
});
