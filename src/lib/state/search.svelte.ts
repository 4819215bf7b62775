/**
 * Search (`story.search`): the text in the search box (`q` in the URL) and what it finds. The
 * index and MiniSearch are their own chunk, fetched and built the first time there is text to
 * search (src/lib/search/search-index.ts); results leave out the events that the filters and the
 * brushed range hide.
 */
// Its maps and sets are built whole and replaced, never changed in place: plain ones serve.
/* eslint-disable svelte/prefer-svelte-reactivity */
import type { StoryIndex } from '../data/indexes';
import type { TimedEvent } from '../data/schema';
import type { SearchIndex } from '../search/search-index';
import type { HitKind, SearchResults } from '../search/hits';

export interface SearchHost {
  index(): StoryIndex | null;
  /** The events shown, when something narrows them; null when every event shows. */
  narrowed(): readonly TimedEvent[] | null;
}

export class SearchState {
  constructor(private readonly host: SearchHost) {}

  query = $state('');
  /** The index, once built for the data shown. */
  private engine = $state.raw<{ of: StoryIndex; search: SearchIndex } | null>(null);
  private building: Promise<void> | null = null;

  /** How much of the index is built, from 0 to 1, while it is built for the first search. */
  progress = $state(0);
  /** Whether the index is being built (the box says so instead of "no results"). */
  readonly preparing: boolean = $derived(!!this.query.trim() && !this.current());

  /** Ids of the events shown, when something narrows them: what results may name. */
  private shownIds: ReadonlySet<string> | null = $derived.by(() => {
    const events = this.host.narrowed();
    return events ? new Set(events.map((e) => e.id)) : null;
  });

  readonly results: SearchResults | null = $derived.by(() => {
    const engine = this.current();
    const text = this.query.trim();
    if (!engine || !text) return null;
    const shown = this.shownIds;
    return engine.search(
      text,
      shown ? (kind: HitKind, id) => kind !== 'event' || shown.has(id) : undefined,
    );
  });

  setQuery(text: string): void {
    this.query = text;
    if (text.trim()) void this.prepare();
  }

  /** Builds the index for the data shown, once; later calls wait for the same build. */
  prepare(): Promise<void> {
    const index = this.host.index();
    if (!index) return Promise.resolve();
    if (this.engine?.of === index) return Promise.resolve();
    if (this.building) return this.building;
    this.building = (async () => {
      const { SearchIndex } = await import('../search/search-index');
      const search = await SearchIndex.build(index, { progress: (p) => (this.progress = p) });
      this.building = null;
      if (this.host.index() === index) this.engine = { of: index, search };
      else await this.prepare(); // other data arrived while this was built
    })();
    return this.building;
  }

  private current(): SearchIndex | null {
    const engine = this.engine;
    return engine && engine.of === this.host.index() ? engine.search : null;
  }
}
