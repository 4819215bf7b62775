/** JSON parsing that turns a syntax error into a Problem with the line and column it is at. */
import type { Problem } from './schema';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJson(text: string, file: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos).split('\n');
      where = ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    }
    // V8 appends its own "(line x column y)" in newer versions; keep one, ours, for all versions.
    const clean = message.replace(/\s*\(line \d+ column \d+\)/, '');
    return { ok: false, problem: { file, path: '', message: `not valid JSON: ${clean}${where}` } };
  }
}
