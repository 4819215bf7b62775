/**
 * The references between the files: the places an event or an excerpt names, the excerpts an
 * event names and the events an excerpt links to.
 */
import type { Problem } from '../schema';
import { type Obj, isObj } from '../checks';
import type { RawStory, ValidStory } from '../validate';

/**
 * The ids a file holds: those that validated, and (worked out only when a reference misses, which
 * valid data never does) all that stand in it, valid or not.
 */
class Ids {
  private presentIds: Set<unknown> | null = null;
  constructor(
    readonly valid: ReadonlySet<string>,
    private readonly rawItems: unknown[],
    private readonly idOf: (item: Obj) => unknown,
  ) {}
  present(id: string): boolean {
    this.presentIds ??= new Set(this.rawItems.map((x) => (isObj(x) ? this.idOf(x) : undefined)));
    return this.presentIds.has(id);
  }
}

/**
 * Keeps the references that resolve and reports each one that does not. A reference to an item
 * that is in its file but was left out (its own problem is already reported) is dropped quietly,
 * so one broken event does not also show up as "unknown" everywhere it is named.
 */
function resolve(
  problems: Problem[],
  file: string,
  path: () => string,
  refs: string[],
  ids: Ids,
  what: string,
): string[] {
  if (refs.every((ref) => ids.valid.has(ref))) return refs;
  const kept: string[] = [];
  refs.forEach((ref, j) => {
    if (ids.valid.has(ref)) kept.push(ref);
    else if (!ids.present(ref)) {
      problems.push({ file, path: `${path()}[${j}]`, message: `unknown ${what} "${ref}"` });
    }
  });
  return kept;
}

/** Where each id first stands in the raw array: the one validation kept when ids repeat. */
function firstIndexById(items: unknown[]): Map<unknown, number> {
  const index = new Map<unknown, number>();
  items.forEach((item, i) => {
    const id = isObj(item) ? item.id : undefined;
    if (!index.has(id)) index.set(id, i);
  });
  return index;
}

const arrayAt = (o: unknown, key: string): unknown[] =>
  isObj(o) && Array.isArray(o[key]) ? o[key] : [];

/**
 * Checks the references of every validated item against the files that loaded, keeping in each
 * item only those that resolve. Problems are added to `story.problems`.
 */
export function checkReferences(raw: RawStory, story: ValidStory): void {
  const { places, events, article, problems } = story;
  // References are only checked against files that loaded; otherwise one missing file would
  // bury the real problems under hundreds of "unknown" lines.
  const rawEvents = arrayAt(raw.events, 'events');
  const rawExcerpts = arrayAt(raw.article, 'excerpts');
  const placeIds = new Ids(
    new Set(places.map((p) => p.properties.id)),
    arrayAt(raw.places, 'features'),
    (f) => (isObj(f.properties) ? f.properties.id : undefined),
  );
  const eventIds = new Ids(new Set(events.map((e) => e.id)), rawEvents, (e) => e.id);
  const excerptIds = new Ids(
    new Set(article?.excerpts.map((x) => x.id) ?? []),
    rawExcerpts,
    (x) => x.id,
  );
  // Where an item stands in its file, for the path of a problem: only looked up when there is one.
  let eventIndex: Map<unknown, number> | null = null;
  let excerptIndex: Map<unknown, number> | null = null;
  const eventPath = (id: string) =>
    `events[${(eventIndex ??= firstIndexById(rawEvents)).get(id) ?? '?'}]`;
  const excerptPath = (id: string) =>
    `excerpts[${(excerptIndex ??= firstIndexById(rawExcerpts)).get(id) ?? '?'}]`;

  /** Checks one list of references of an item, keeping those that resolve. */
  function link<K extends string>(
    item: { id: string } & Record<K, string[]>,
    key: K,
    file: string,
    pathOf: (id: string) => string,
    ids: Ids,
    what: string,
  ) {
    item[key] = resolve(
      problems,
      file,
      () => `${pathOf(item.id)}.${key}`,
      item[key],
      ids,
      what,
    ) as (typeof item)[K];
  }
  for (const e of events) {
    if (raw.places !== undefined) link(e, 'places', 'events.json', eventPath, placeIds, 'place');
    if (article) link(e, 'excerpts', 'events.json', eventPath, excerptIds, 'excerpt');
  }
  for (const x of article?.excerpts ?? []) {
    if (raw.places !== undefined) link(x, 'places', 'article.json', excerptPath, placeIds, 'place');
    if (raw.events !== undefined) {
      link(x, 'events', 'article.json', excerptPath, eventIds, 'event');
      if (x.links.length !== x.events.length) {
        const kept = new Set(x.events);
        x.links = x.links.filter((l) => kept.has(l.id));
      }
    }
  }
}
