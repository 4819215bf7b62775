/** What a search finds, apart from the index that finds it (so the box needs no MiniSearch). */

export const HIT_KINDS = ['place', 'event', 'excerpt'] as const;
export type HitKind = (typeof HIT_KINDS)[number];

export interface Hit {
  kind: HitKind;
  id: string;
}

export interface SearchResults {
  query: string;
  /** Best first, at most `limit` per kind. */
  hits: Record<HitKind, Hit[]>;
  /** How many matched in all, per kind (before the limit). */
  counts: Record<HitKind, number>;
}
