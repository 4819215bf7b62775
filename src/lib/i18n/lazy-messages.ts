/**
 * The Arabic and Hebrew of the interface, each fetched as its own chunk when a reader chooses the
 * language (scripts/locale-split.mjs moves them there from Paraglide's message modules). A
 * message asks `lazyMessage`; until its language has come it gets undefined and shows English.
 */
type Table = Record<string, (inputs: unknown) => string>;

const tables: Partial<Record<string, Table>> = {};
const loaders: Record<string, () => Promise<{ default: Table }>> = {
  ar: () => import('virtual:locale-messages/ar'),
  he: () => import('virtual:locale-messages/he'),
};
const loading: Partial<Record<string, Promise<void>>> = {};

export function lazyMessage(lang: string, key: string, inputs: unknown): string | undefined {
  return tables[lang]?.[key]?.(inputs);
}

/** Whether a language's messages are here (English always is). */
export const messagesReady = (lang: string): boolean => !loaders[lang] || !!tables[lang];

/** Fetches a language's messages, once; English (and any other) needs none. */
export function loadMessages(lang: string): Promise<void> {
  const load = loaders[lang];
  if (!load || tables[lang]) return Promise.resolve();
  return (loading[lang] ??= load().then((m) => {
    tables[lang] = m.default;
  }));
}
