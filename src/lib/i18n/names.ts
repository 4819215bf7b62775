/**
 * A place's name in a language: its `names.ar` / `names.he`, or its English name where it has
 * none (and then `lang` says English, so the page can mark it). One rule for the cards, the map
 * and the story's sentences.
 */
import type { PlaceProperties } from '../data/schema';
import type { Locale } from './locales';

export function placeNameIn(
  p: Pick<PlaceProperties, 'name' | 'names'>,
  lang: Locale,
): { text: string; lang: Locale } {
  const name = lang === 'en' ? undefined : p.names?.[lang];
  return name ? { text: name, lang } : { text: p.name, lang: 'en' };
}
