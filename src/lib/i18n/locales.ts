/**
 * The interface's languages and how the page picks one: the link's `lang`, else the reader's
 * last choice, else the browser's preferred languages (`ar-SY` counts as `ar`), else English.
 * Pure, so the choice is tested without a browser.
 */
export const LOCALES = ['en', 'ar', 'he'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (s: unknown): s is Locale =>
  typeof s === 'string' && (LOCALES as readonly string[]).includes(s);

/** Arabic and Hebrew are written right to left. */
export const dirOf = (l: Locale): 'ltr' | 'rtl' => (l === 'en' ? 'ltr' : 'rtl');

/** The language's own name, as the switch lists it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ar: 'العربية', he: 'עברית' };

export function pickLocale(choice: {
  url?: string | null;
  stored?: string | null;
  preferred?: readonly string[];
}): Locale {
  if (isLocale(choice.url)) return choice.url;
  if (isLocale(choice.stored)) return choice.stored;
  for (const tag of choice.preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    // `iw` is the old code for Hebrew, still sent by some systems.
    const l = base === 'iw' ? 'he' : base;
    if (isLocale(l)) return l;
  }
  return 'en';
}
