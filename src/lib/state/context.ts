/**
 * How components reach the page's one StoryState: through Svelte's context, as a read-only view.
 */
import { getContext, setContext } from 'svelte';
import type { StoryState } from './story.svelte';
import type { TimeState } from './time.svelte';
import type { StoryGuide } from './guide.svelte';
import type { FilterState } from './filter.svelte';
import type { SearchState } from './search.svelte';
import type { PanelPages } from './pages.svelte';
import type { LocaleState } from './locale.svelte';
import type { DataTexts } from './texts.svelte';

/**
 * What components are handed: every field to read and the methods that change them, and no field
 * they can assign (the compiler refuses `story.time.day = …` or `story.layers.x = …`). Loading and
 * restoring a link are the page's (App and history), so they are not part of it.
 */
export type StoryView = Readonly<
  Omit<
    StoryState,
    | 'layers'
    | 'time'
    | 'guide'
    | 'filter'
    | 'search'
    | 'pages'
    | 'locale'
    | 'texts'
    | 'load'
    | 'accept'
    | 'applyUrl'
  >
> & {
  readonly layers: Readonly<Record<string, boolean>>;
  readonly time: Readonly<TimeState>;
  readonly guide: Readonly<StoryGuide>;
  readonly filter: Readonly<Omit<FilterState, 'restore' | 'reset'>>;
  readonly search: Readonly<SearchState>;
  readonly pages: Readonly<PanelPages>;
  /** The language: read it, and `choose` one (the switch); `set` is the link's and history's. */
  readonly locale: Readonly<Omit<LocaleState, 'set'>>;
  readonly texts: Readonly<DataTexts>;
};

const KEY = Symbol('story');

export function setStory(story: StoryState): StoryState {
  setContext<StoryView>(KEY, story);
  return story;
}

export function getStory(): StoryView {
  const story = getContext<StoryView | undefined>(KEY);
  if (!story)
    throw new Error(
      'getStory() was called outside <App>: wrap the component in a StoryState context.',
    );
  return story;
}
