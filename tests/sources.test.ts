import { describe, expect, it } from 'vitest';
import { independentCount, isSingleSource, originOf } from '../src/lib/data/sources';
import type { Source } from '../src/lib/data/schema';

const src = (publisher: string, kind?: Source['kind'], origin?: string): Source => ({
  publisher,
  title: 't',
  ...(kind ? { kind } : {}),
  ...(origin ? { origin } : {}),
});

describe('independent sources', () => {
  it('counts a wire story once, however many outlets ran it', () => {
    const sources = [
      src('Jordan Times', 'wire', 'AFP'),
      src('France 24', 'wire', 'AFP'),
      src('Reuters', 'original'),
    ];
    expect(independentCount(sources)).toBe(2);
  });

  it('counts an aggregator as the outlet it relays, or not at all', () => {
    expect(originOf(src('MENAFN', 'aggregator', 'Anadolu'))).toBe('anadolu');
    expect(originOf(src('Pressbee', 'aggregator'))).toBeNull();
    expect(independentCount([src('Pressbee', 'aggregator'), src('SOHR', 'original')])).toBe(1);
  });

  it('treats "The X" and "X" as one outlet, and an unmarked source as original', () => {
    expect(independentCount([src('The Times of Israel'), src('Times of Israel', 'original')])).toBe(
      1,
    );
    expect(isSingleSource([src('Haaretz'), src('Reuters', 'wire')])).toBe(false);
    expect(isSingleSource([src('Haaretz')])).toBe(true);
  });
});
