import { describe, expect, it } from 'vitest';
import { indexOf } from './data-index';
import { foldText, searchKeys } from '../src/lib/search/fold';
import { SearchIndex } from '../src/lib/search/search-index';

const index = indexOf();
const now = () => Promise.resolve();

describe('folding for search', () => {
  it('drops case and diacritics', () => {
    expect(foldText('Darʿā DAR‘A Dar’a Şam')).toBe('dara dara dara sam');
  });
  it('meets common transliterations at one key', () => {
    const key = (s: string) => searchKeys(s).join(' ');
    expect(key('Quneitra')).toBe(key('Kuneitra'));
    expect(key('Beit Jinn')).toBe(key('Beit Jin'));
    expect(key('Bayt Jinn')).toBe(key('Beit Jin'));
    expect(key('Khan Arnabah')).toBe(key('Khan Arnaba'));
    expect(key('al-Hamidiyah')).toBe(key('al-Hamidiya'));
    expect(key('Quneitra')).not.toBe(key('Daraa'));
  });
  it('Arabic with or without hamza, tashkeel, tatweel and the article', () => {
    const key = (s: string) => searchKeys(s).join(' ');
    expect(key('خان أرنبة')).toBe(key('خان ارنبه'));
    expect(key('القُنَيْطِرَة')).toBe(key('قنيطرة'));
    expect(key('بـيـت جن')).toBe(key('بيت جن'));
    expect(key('بئر عجم')).toBe(key('بير عجم'));
  });
  it('Hebrew with or without niqqud, final letters folded', () => {
    const key = (s: string) => searchKeys(s).join(' ');
    expect(key('רָמַת הַגּוֹלָן')).toBe(key('רמת הגולן'));
    expect(searchKeys('גולן')[0]).toBe(searchKeys('גולנ')[0]);
  });
});

describe('the search index', () => {
  const shares: number[] = [];
  const built = SearchIndex.build(index, {
    chunk: 50,
    pause: now,
    progress: (p) => shares.push(p),
  });
  const find = async (q: string) => (await built).search(q);

  it('finds Beit Jinn, place and events, from "Beit Jin"', async () => {
    const r = await find('Beit Jin');
    expect(r.hits.place[0]?.id).toBe('beit-jinn');
    const atBeitJinn = index.events.filter((e) => e.places.includes('beit-jinn'));
    expect(r.counts.event).toBeGreaterThanOrEqual(atBeitJinn.length);
    const ids = new Set(
      (await built).search('Beit Jin', undefined, 1000).hits.event.map((h) => h.id),
    );
    for (const e of atBeitJinn) expect(ids.has(e.id), e.id).toBe(true);
  });

  it('finds Quneitra under three spellings', async () => {
    for (const q of ['Quneitra', 'Kuneitra', 'Qunaytirah', 'quneitra crossing']) {
      const r = await find(q);
      expect(
        r.hits.place.map((h) => h.id),
        q,
      ).toContain(q.includes('crossing') ? 'quneitra-crossing' : 'quneitra-city');
    }
  });

  it('finds a name while it is being typed, letter by letter', async () => {
    // "Qune" folds to "kune", which no key starts with (Quneitra's is "kunitra"): the half-typed
    // last word also matches without the vowel it ends on.
    for (const q of ['Qun', 'Qune', 'Qunei', 'Quneit', 'Beit Ji', 'Khan Ar', 'Khan Arn'])
      expect((await find(q)).counts.place, q).toBeGreaterThan(0);
    expect((await find('Qune')).hits.place.map((h) => h.id)).toContain('quneitra-city');
  });

  it('one or two letters match whole words only, not every word they begin', async () => {
    expect((await find('Be')).hits.place.map((h) => h.id)).not.toContain('beit-jinn');
    expect((await find('Bei')).hits.place.map((h) => h.id)).toContain('beit-jinn');
  });

  it('finds places by their Arabic and Hebrew names', async () => {
    expect((await find('بيت جن')).hits.place[0]?.id).toBe('beit-jinn');
    expect((await find('خان ارنبه')).hits.place[0]?.id).toBe('khan-arnabah');
    expect((await find('רמת הגולן')).hits.place[0]?.id).toBe('golan-heights');
  });

  it('finds events by actor and by publisher, and excerpts by their words', async () => {
    const russia = await find('Russia');
    expect(russia.counts.event).toBeGreaterThan(30);
    const publisher = index.events[0]!.sources[0]!.publisher;
    const byPublisher = (await built).search(publisher, undefined, 1000);
    expect(byPublisher.hits.event.map((h) => h.id)).toContain(index.events[0]!.id);
    const excerpt = index.article!.excerpts[0]!;
    const word = excerpt.text.split(/\s+/).find((w) => w.length > 7)!;
    const byWord = (await built).search(word, undefined, 1000);
    expect(byWord.hits.excerpt.map((h) => h.id)).toContain(excerpt.id);
  });

  it('every word must match; the filters’ test leaves out what they hide', async () => {
    expect((await find('Beit Jinn zzzzqqq')).counts.event).toBe(0);
    const r = (await built).search('Beit Jin', (kind) => kind !== 'event');
    expect(r.counts.event).toBe(0);
    expect(r.counts.place).toBeGreaterThan(0);
  });

  it('is built in chunks, saying how far it has come', async () => {
    await built;
    expect(shares.length).toBeGreaterThan(2);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
  });

  it('an empty query finds nothing', async () => {
    const r = await find('   ');
    expect(r.counts).toEqual({ place: 0, event: 0, excerpt: 0 });
  });
});
