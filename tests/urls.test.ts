import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../src/lib/data/urls';

describe('safeHttpUrl: the one rule for links made from data', () => {
  it.each([
    ['https://www.reuters.com/world/', 'https://www.reuters.com/world/'],
    ['  http://example.org/a b ', 'http://example.org/a%20b'],
    ['https://exa\tmple.org/', 'https://example.org/'],
  ])('keeps the http(s) URL %j', (raw, href) => {
    expect(safeHttpUrl(raw)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/x',
    '//evil.example/',
    '/relative/path',
    'not a url',
    '',
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl({ href: 'https://x.org' })).toBeNull();
  });
});
