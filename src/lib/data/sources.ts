/**
 * Independent sourcing. Two sources are independent when different outlets did the reporting: a
 * wire copy counts as its agency, an aggregator as the outlet it relays (or not at all when it
 * names none), so twenty syndicated copies of one Reuters story count once.
 * docs/research/confidence.md gives the rules the data follows.
 */
import type { Source } from './schema';

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Who did the reporting behind a source, normalised; null when it cannot be told. */
export function originOf(s: Source): string | null {
  if (s.kind === 'wire' || s.kind === 'aggregator')
    return s.origin ? normalise(s.origin) : s.kind === 'wire' ? normalise(s.publisher) : null;
  return normalise(s.publisher);
}

/** How many independent reports stand behind a list of sources. */
export function independentCount(sources: readonly Source[]): number {
  const origins = new Set<string>();
  for (const s of sources) {
    const o = originOf(s);
    if (o) origins.add(o);
  }
  return origins.size;
}

/** An event shown as "single source": fewer than two independent reports. */
export const isSingleSource = (sources: readonly Source[]): boolean =>
  independentCount(sources) < 2;
