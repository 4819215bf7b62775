/**
 * The search index over events, places and article excerpts, built with MiniSearch: an inverted
 * index (a radix tree of terms), so a query costs the terms it matches rather than a scan of
 * every text, with prefix matching as the reader types and a one-letter fuzzy match for longer
 * words. Terms are folded by ./fold.ts, on both sides, for case, diacritics, Arabic and Hebrew
 * letter variants and common transliterations. Built once, the first time the reader searches,
 * in chunks that leave the page responsive; its own chunk with MiniSearch, never on the first draw.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { StoryIndex } from '../data/indexes';
import { ACTORS } from '../data/vocabulary';
import { termKey, words } from './fold';
import type { Hit, HitKind, SearchResults } from './hits';

interface Doc {
  /** `kind:id` (ids never hold a colon): what a result gives back. */
  key: string;
  name?: string;
  text?: string;
  actors?: string;
  publishers?: string;
  places?: string;
}

/** Short words like "al" and one-letter initials would match nearly everything as prefixes. */
const STOP = new Set(['al', 'el', 'the', 'of', 'and', 'a', 'an', 'in', 'on', 'at', 'to']);

const options: Options<Doc> = {
  idField: 'key',
  fields: ['name', 'text', 'actors', 'publishers', 'places'],
  tokenize: words,
  processTerm: (term: string) => (STOP.has(term) ? null : termKey(term)),
  searchOptions: {
    boost: { name: 4, actors: 2, places: 1.5, publishers: 1.5, text: 1 },
    prefix: true,
    // One letter off for words of six letters or more: Qunaytirah finds Quneitra.
    fuzzy: (term: string) => (term.length >= 6 ? 1 : false),
    combineWith: 'AND',
  },
};

const ACTOR_LABEL = new Map(ACTORS.map((a) => [a.id, a.label]));

/** Every name of a place, in every language the data has. */
const placeNames = (index: StoryIndex, id: string): string => {
  const p = index.placesById.get(id)?.properties;
  return p ? [p.name, p.names?.ar, p.names?.he].filter(Boolean).join(' ') : '';
};

function* documents(index: StoryIndex): Generator<Doc> {
  for (const p of index.places) {
    const { id } = p.properties;
    yield { key: `place:${id}`, name: placeNames(index, id) };
  }
  for (const x of index.article?.excerpts ?? []) yield { key: `excerpt:${x.id}`, text: x.text };
  for (const e of index.events) {
    yield {
      key: `event:${e.id}`,
      name: e.title,
      text: e.summary,
      actors: e.actors.map((a) => ACTOR_LABEL.get(a) ?? a).join(' '),
      publishers: [...new Set(e.sources.map((s) => s.publisher))].join(' '),
      places: e.places.map((p) => placeNames(index, p)).join(' '),
    };
  }
}

function hitOf(r: SearchResult): Hit {
  const key = r.id as string;
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon) as HitKind, id: key.slice(colon + 1) };
}

export class SearchIndex {
  private constructor(private readonly mini: MiniSearch<Doc>) {}

  /**
   * Builds the index in chunks of `chunk` documents, yielding to the page between them (`pause`
   * resolves when the page has had its turn), so typing and drawing go on meanwhile.
   */
  static async build(
    index: StoryIndex,
    chunk = 2000,
    pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  ): Promise<SearchIndex> {
    const mini = new MiniSearch<Doc>(options);
    let batch: Doc[] = [];
    for (const doc of documents(index)) {
      batch.push(doc);
      if (batch.length < chunk) continue;
      mini.addAll(batch);
      batch = [];
      await pause();
    }
    mini.addAll(batch);
    return new SearchIndex(mini);
  }

  /**
   * Finds what matches `query`, best first; `accept` leaves out what the filters hide. Every
   * word must match (as a prefix, or one letter off when long).
   */
  search(
    query: string,
    accept: (kind: HitKind, id: string) => boolean = () => true,
    limit = 8,
  ): SearchResults {
    const hits: Record<HitKind, Hit[]> = { place: [], event: [], excerpt: [] };
    const counts: Record<HitKind, number> = { place: 0, event: 0, excerpt: 0 };
    if (query.trim()) {
      const found = this.mini.search(query, {
        filter: (r: SearchResult) => {
          const hit = hitOf(r);
          return accept(hit.kind, hit.id);
        },
      });
      for (const r of found) {
        const hit = hitOf(r);
        counts[hit.kind]++;
        if (hits[hit.kind].length < limit) hits[hit.kind].push(hit);
      }
    }
    return { query, hits, counts };
  }
}
