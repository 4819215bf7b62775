/**
 * Keeps the URL and the StoryState in step. A new selection (or filter) is a new history entry, so
 * back and forward step through what the reader chose; date, range, map view and the search text
 * replace the current entry,
 * at most a few times a second (browsers throttle history calls made every frame during play).
 */
import type { StoryState } from './story.svelte';
import { decodeUrl, encodeUrl } from './url';

const REPLACE_DELAY_MS = 250;
/** A push waits for the frame that shows the change; this long at most where no frame comes. */
const PUSH_FALLBACK_MS = 100;

/** Call during component initialisation, after the story has been created. */
export function connectHistory(story: StoryState): void {
  let lastSelection: string | null = null;
  let pendingPush = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    timer = frame = undefined;
  };

  const selectionOf = (search: string) => {
    const u = decodeUrl(search);
    // The filters are choices too: each change is a step back and forward go through.
    const f = u.filters;
    const filters = f
      ? [f.categories, f.actors, f.place, f.confidence, f.sourcing].map(String).join('/')
      : '';
    // So is the language: back returns to the one the reader had.
    return `${u.event ?? ''}|${u.place ?? ''}|${u.about ? 'about' : ''}|${u.step ?? ''}|${filters}|${u.lang ?? ''}`;
  };

  /** Writes the URL the state has now: outside the update itself, which it would only slow. */
  const commit = () => {
    cancel();
    const search = encodeUrl(story.toUrl());
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`;
      if (pendingPush) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    pendingPush = false;
  };

  $effect(() => {
    if (story.status !== 'ready') return;
    const search = encodeUrl(story.toUrl());
    if (lastSelection === null) lastSelection = selectionOf(location.search);
    if (search === location.search) return;
    const selection = selectionOf(search);
    if (selection !== lastSelection) {
      pendingPush = true;
      lastSelection = selection;
    }
    // A pending replace is not restarted: during Play the state changes every frame, and a
    // restarted timer would never fire. The write takes whatever the state is when it runs.
    // A push is written in a task after the frame that shows the choice: the browser's history
    // call costs a few milliseconds (more than the rest of a story step), and the reader sees the
    // step sooner without it. A hidden page draws no frames, hence the fallback timer.
    if (pendingPush) {
      cancel();
      frame = requestAnimationFrame(() => {
        frame = undefined;
        clearTimeout(timer);
        timer = setTimeout(commit, 0);
      });
      timer = setTimeout(commit, PUSH_FALLBACK_MS);
    } else timer ??= setTimeout(commit, REPLACE_DELAY_MS);
  });

  $effect(() => {
    const onPop = () => {
      cancel();
      pendingPush = false;
      lastSelection = selectionOf(location.search);
      story.applyUrl(decodeUrl(location.search));
    };
    addEventListener('popstate', onPop);
    return () => {
      removeEventListener('popstate', onPop);
      cancel();
    };
  });
}
