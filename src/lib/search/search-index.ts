/**
 * The search index over events, places and article excerpts, built with MiniSearch: an inverted
 * index (a radix tree of terms), so a query costs the terms it matches rather than a scan of
 * every text, with prefix matching as the reader types and a one-letter fuzzy match for longer
 * words. Terms are folded by ./fold.ts, on both sides, for case, diacritics, Arabic and Hebrew
 * letter variants and common transliterations. Built once, the first time the reader searches,
 * in chunks that leave the page responsive; its own chunk with MiniSearch, never on the first draw.
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import type { StoryIndex } from '../data/indexes';
import { actorLabel } from '../data/vocabulary';
import { termKey, words } from './fold';
import type { Hit, HitKind, SearchResults } from './hits';

interface Doc {
  /** The document's place in the index's list of hits. */
  key: number;
  name?: string;
  text?: string;
  actors?: string;
  publishers?: string;
  places?: string;
}

/** Short words like "al" and one-letter initials would match nearly everything as prefixes. */
const STOP = new Set(['al', 'el', 'the', 'of', 'and', 'a', 'an', 'in', 'on', 'at', 'to']);

/** Each word is indexed by its transliteration key. Keys are cached: big data repeats its words. */
const keys = new Map<string, string | null>();
function keyOf(word: string): string | null {
  let k = keys.get(word);
  if (k === undefined) keys.set(word, (k = STOP.has(word) ? null : termKey(word)));
  return k;
}

const options: Options<Doc> = {
  idField: 'key',
  fields: ['name', 'text', 'actors', 'publishers', 'places'],
  tokenize: words,
  processTerm: keyOf,
  searchOptions: {
    boost: { name: 4, actors: 2, places: 1.5, publishers: 1.5, text: 1 },
    // The query below is built from keys already.
    processTerm: (term: string) => term,
  },
};

/**
 * The query: every word must match (AND). A word of three letters or more also matches as the
 * start of a longer word (the last of several words, from two). The last word may be half typed, so a vowel it ends on may belong to a
 * pair the key folds (Qune… is on its way to Quneitra, whose key is kunitra): it also matches
 * without it. With `fuzzy`, a word of six letters or more also matches one letter off
 * (Qunaytirah finds Quneitra). Shorter words match whole, so that "B" or "is" do not expand to
 * most of the index.
 */
function queryOf(text: string, fuzzy: boolean): Query | null {
  const all = words(text).filter((w) => keyOf(w));
  const queries = all.map((w, i) => {
    const key = keyOf(w)!;
    const trimmed = key.replace(/[aeiou]$/, '');
    const last = i === all.length - 1 && trimmed.length >= 3 && trimmed !== key;
    return {
      combineWith: 'OR' as const,
      queries: last ? [key, trimmed] : [key],
      // After other words, the one being typed starts matching at two letters (Khan Ar…).
      prefix: w.length >= 3 || (i === all.length - 1 && i > 0 && w.length === 2),
      fuzzy: fuzzy && w.length >= 6 ? 1 : false,
    };
  });
  return queries.length ? { combineWith: 'AND', queries } : null;
}

/** Every name of a place, in every language the data has. */
const placeNames = (index: StoryIndex, id: string): string => {
  const p = index.placesById.get(id)?.properties;
  return p ? [p.name, p.names?.ar, p.names?.he].filter(Boolean).join(' ') : '';
};

function* documents(index: StoryIndex): Generator<Omit<Doc, 'key'> & { hit: Hit }> {
  for (const p of index.places) {
    const { id } = p.properties;
    yield { hit: { kind: 'place', id }, name: placeNames(index, id) };
  }
  for (const x of index.article?.excerpts ?? [])
    yield { hit: { kind: 'excerpt', id: x.id }, text: x.text };
  for (const e of index.events) {
    yield {
      hit: { kind: 'event', id: e.id },
      name: e.title,
      text: e.summary,
      actors: e.actors.map((a) => actorLabel(a) ?? a).join(' '),
      publishers: [...new Set(e.sources.map((s) => s.publisher))].join(' '),
      places: e.places.map((p) => placeNames(index, p)).join(' '),
    };
  }
}

export class SearchIndex {
  /** `hits[key]` is what the document with that key stands for. */
  private constructor(
    private readonly mini: MiniSearch<Doc>,
    private readonly hits: readonly Hit[],
  ) {}

  /**
   * Builds the index in chunks of `chunk` documents, yielding to the page between them (`pause`
   * resolves when the page has had its turn), so typing and drawing go on meanwhile; `progress`
   * hears the share done, from 0 to 1.
   */
  static async build(
    index: StoryIndex,
    {
      chunk = 500,
      pause = () => new Promise<void>((r) => setTimeout(r, 0)),
      progress = () => {},
    }: { chunk?: number; pause?: () => Promise<void>; progress?: (done: number) => void } = {},
  ): Promise<SearchIndex> {
    const mini = new MiniSearch<Doc>(options);
    const hits: Hit[] = [];
    const total = index.places.length + (index.article?.excerpts.length ?? 0) + index.events.length;
    let batch: Doc[] = [];
    let done = 0;
    for (const { hit, ...fields } of documents(index)) {
      batch.push({ key: hits.length, ...fields });
      hits.push(hit);
      if (batch.length < chunk) continue;
      mini.addAll(batch);
      done += batch.length;
      batch = [];
      progress(done / total);
      await pause();
    }
    mini.addAll(batch);
    progress(1);
    return new SearchIndex(mini, hits);
  }

  /**
   * Finds what matches `query`, best first; `accept` leaves out what the filters hide. Every
   * word must match (as a prefix, or one letter off when long).
   */
  search(query: string, accept?: (kind: HitKind, id: string) => boolean, limit = 8): SearchResults {
    const hits: Record<HitKind, Hit[]> = { place: [], event: [], excerpt: [] };
    const counts: Record<HitKind, number> = { place: 0, event: 0, excerpt: 0 };
    const hitOf = (r: SearchResult) => this.hits[r.id as number]!;
    // Without narrowing there is nothing to test: tens of thousands of results skip a call each.
    const options = accept
      ? {
          filter: (r: SearchResult) => {
            const hit = hitOf(r);
            return accept(hit.kind, hit.id);
          },
        }
      : {};
    const exact = queryOf(query, false);
    if (exact) {
      // Letter by letter, the words as typed nearly always find something; only when they do not
      // is the costlier fuzzy match tried.
      let found = this.mini.search(exact, options);
      if (!found.length) found = this.mini.search(queryOf(query, true)!, options);
      for (const r of found) {
        const hit = hitOf(r);
        counts[hit.kind]++;
        if (hits[hit.kind].length < limit) hits[hit.kind].push(hit);
      }
    }
    return { query, hits, counts };
  }
}
