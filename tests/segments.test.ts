import { describe, expect, it } from 'vitest';
import { segmentParagraph } from '../src/lib/data/segments';

describe('segmentParagraph', () => {
  const text = 'One. Two three. Four.';

  it('marks each excerpt and keeps the text between, losing nothing', () => {
    const segs = segmentParagraph(text, [
      { id: 'b', text: 'Four.' },
      { id: 'a', text: 'Two three.' },
    ]);
    expect(segs).toEqual([
      { text: 'One. ' },
      { text: 'Two three.', excerpt: 'a' },
      { text: ' ' },
      { text: 'Four.', excerpt: 'b' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('marks the first of two overlapping excerpts and skips what is not in the paragraph', () => {
    const segs = segmentParagraph(text, [
      { id: 'long', text: 'Two three. Four.' },
      { id: 'inner', text: 'three' },
      { id: 'missing', text: 'Five.' },
    ]);
    expect(segs).toEqual([{ text: 'One. ' }, { text: 'Two three. Four.', excerpt: 'long' }]);
  });

  it('returns the whole paragraph when nothing is marked', () => {
    expect(segmentParagraph(text, [])).toEqual([{ text }]);
  });
});
