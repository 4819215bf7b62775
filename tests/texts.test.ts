/**
 * story.texts: the data's own text in the reader's language, from the translations files read on
 * first use, with English (and its language said) where a text has no translation.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataTexts } from '../src/lib/state/texts.svelte';
import { indexOf } from './data-index';
import type { Reader } from '../src/lib/data/load';
import type { Problem } from '../src/lib/data/schema';
import type { Locale } from '../src/lib/i18n/locales';

const index = indexOf();
const e = index.events.find((x) => x.id === '2017-07-07-southwest-ceasefire')!;
const beitJinn = index.placesById.get('beit-jinn')!;
/** Until the language's file has been read (not a fixed time, which a busy machine outruns). */
const arrived = (t: DataTexts) => vi.waitFor(() => expect(t.pending()).toBe(false));

function texts(files: Record<string, string | null>, locale: { current: Locale }) {
  const problems: Problem[] = [];
  const asked: string[] = [];
  const reader: Reader = async (file) => {
    asked.push(file);
    const text = files[file];
    return text == null ? { error: 'not found', missing: true } : { text };
  };
  const t = new DataTexts({
    index: () => index,
    reader: () => reader,
    locale: () => locale.current,
    report: (p) => problems.push(...p),
  });
  return { t, problems, asked };
}

describe('story.texts', () => {
  const shipped = (lang: string) => readFileSync(`public/data/translations/${lang}.json`, 'utf8');

  it('English needs no file; Arabic is read once, on first use, and then given', async () => {
    const locale = { current: 'en' as Locale };
    const { t, asked, problems } = texts({ 'translations/ar.json': shipped('ar') }, locale);
    expect(t.eventTitle(e)).toEqual({ text: e.title, lang: 'en' });
    expect(asked).toEqual([]);
    locale.current = 'ar';
    // Until the file has come, the English shows, and says it is English.
    expect(t.eventTitle(e).lang).toBe('en');
    expect(t.pending()).toBe(true);
    await arrived(t);
    expect(t.eventTitle(e)).toEqual({
      text: 'وقف إطلاق نار أمريكي روسي أردني في جنوب غرب سوريا',
      lang: 'ar',
    });
    expect(t.placeNote(beitJinn)?.lang).toBe('ar');
    expect(t.placeName(beitJinn)).toEqual({ text: 'بيت جن', lang: 'ar' });
    t.eventSummary(e);
    expect(asked).toEqual(['translations/ar.json']);
    expect(problems).toEqual([]);
  });

  it('a text without a translation, or a folder without the file, stays in English and says so', async () => {
    const locale = { current: 'he' as Locale };
    const file = { lang: 'he', events: { [e.id]: null }, places: {} };
    const { t, problems } = texts({ 'translations/he.json': JSON.stringify(file) }, locale);
    t.eventTitle(e);
    await arrived(t);
    expect(t.eventTitle(e)).toEqual({ text: e.title, lang: 'en' });
    // The file left out every other event and note: each is reported, with its path.
    expect(problems.length).toBeGreaterThan(100);
    expect(problems[0]!.file).toBe('translations/he.json');
    const none = texts({}, locale);
    none.t.eventTitle(e);
    await arrived(none.t);
    expect(none.t.eventTitle(e)).toEqual({ text: e.title, lang: 'en' });
    expect(none.problems).toEqual([]);
  });

  it('an event’s own translations come first', async () => {
    const locale = { current: 'he' as Locale };
    const own = {
      ...e,
      translations: { he: { title: 'כותרת משלו', summary: 'תקציר.' }, ar: null },
    };
    const { t } = texts({ 'translations/he.json': shipped('he') }, locale);
    expect(t.eventTitle(own)).toEqual({ text: 'כותרת משלו', lang: 'he' });
  });
});
