import { describe, expect, it } from 'vitest';
import { dirOf, pickLocale } from '../src/lib/i18n/locales';
import { decodeUrl, encodeUrl } from '../src/lib/state/url';

describe('which language the page opens in', () => {
  it('the link first, then the reader’s last choice, then the browser’s languages', () => {
    expect(pickLocale({ url: 'he', stored: 'ar', preferred: ['en'] })).toBe('he');
    expect(pickLocale({ url: null, stored: 'ar', preferred: ['he'] })).toBe('ar');
    expect(pickLocale({ preferred: ['fr-FR', 'ar-SY', 'en'] })).toBe('ar');
    expect(pickLocale({ preferred: ['iw-IL'] })).toBe('he');
  });
  it('falls back to English for anything it does not know', () => {
    expect(pickLocale({ url: 'fr', stored: 'xx', preferred: ['de', 'fr'] })).toBe('en');
    expect(pickLocale({})).toBe('en');
  });
  it('Arabic and Hebrew run right to left', () => {
    expect([dirOf('en'), dirOf('ar'), dirOf('he')]).toEqual(['ltr', 'rtl', 'rtl']);
  });
});

describe('lang in the address', () => {
  it('is read when it is one of the three, and English is left out', () => {
    expect(decodeUrl('?lang=ar').lang).toBe('ar');
    expect(decodeUrl('?lang=fr').lang).toBeUndefined();
    expect(encodeUrl({ lang: 'he', step: 2 })).toBe('?step=2&lang=he');
    expect(encodeUrl({ lang: 'en' })).toBe('');
  });
});
