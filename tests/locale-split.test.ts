/**
 * scripts/locale-split.mjs on the real compiled messages: each language's functions leave the
 * message module for that language's chunk, where they still answer the same text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { localeTable, splitMessageModule } from '../scripts/locale-split.mjs';

const DIR = 'src/paraglide/messages';
const source = (key: string) => readFileSync(`${DIR}/${key}.js`, 'utf8');

describe('each language in its own chunk', () => {
  it('a message module keeps its English and looks the others up', () => {
    const out = splitMessageModule(source('header_about'), 'header_about');
    expect(out).toContain('About the data');
    expect(out).not.toContain('عن البيانات');
    expect(out).not.toContain('על הנתונים');
    expect(out).toContain('lazyMessage(locale, "header_about", inputs)');
    expect(out).not.toContain('ar_header_about');
  });

  it('a language’s chunk answers every split message, plurals included', async () => {
    const table = localeTable(DIR, 'ar');
    expect(table).toContain('"header_about": ');
    expect(table).not.toContain('About the data');
    // Evaluated as a module (its one import, the plural rules, resolved to the real file).
    const code = table.replace(
      "'/src/paraglide/registry.js'",
      JSON.stringify(new URL('../src/paraglide/registry.js', import.meta.url).href),
    );
    const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: Record<string, (i: unknown) => string>;
    };
    expect(mod.default.header_about!({})).toBe('عن البيانات');
    expect(mod.default.timeline_event_count!({ count: 2 })).toBe('حدثان');
    expect(mod.default.timeline_event_count!({ count: 11 })).toBe('11 حدثًا');
  });

  it('says so when the compiled shape is not what it knows', () => {
    expect(() => splitMessageModule('export const x = 1;', 'x')).toThrow(/output changed/);
  });
});
