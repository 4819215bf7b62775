/**
 * The one JSON reader for every file the app, the CLI and (later) the import dialog read. It
 * drops a leading byte-order mark (as `Response.json()` does, so the page and the CLI agree),
 * turns a syntax error into a Problem with its line and column, and cuts nesting deeper than
 * MAX_DEPTH levels, reporting the path, so no later step can overflow the stack on it.
 */
import type { Problem } from './schema';
import { compactPath } from './checks';

export type Parsed =
  { ok: true; value: unknown; problems: Problem[] } | { ok: false; problem: Problem };

/** Deeper than any real data file (a MultiPolygon's positions sit at depth 7). */
export const MAX_DEPTH = 64;

export async function parseJson(text: string, file: string): Promise<Parsed> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // V8 gives a position for some errors only (not for `NaN`, say): ask a tolerant parser where
    // it stopped. It is loaded only when a file is broken, so it costs nothing otherwise.
    let pos = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    if (!Number.isFinite(pos)) pos = await errorOffset(text);
    const before = text.slice(0, pos).split('\n');
    const where = ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    // V8 appends its own "(line x column y)" in newer versions; keep one, ours, for all versions.
    const clean = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+/g, ' ');
    return { ok: false, problem: { file, path: '', message: `not valid JSON: ${clean}${where}` } };
  }
  const problems: Problem[] = [];
  value = cutDeepNesting(value, file, problems);
  return { ok: true, value, problems };
}

async function errorOffset(text: string): Promise<number> {
  const { parse } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0]?.offset ?? text.length;
}

/** A container on the walk's stack: its parent link builds a path only when one is reported. */
interface Frame {
  node: Record<string, unknown> | unknown[];
  depth: number;
  parent: Frame | null;
  key: string;
}

function pathOf(frame: Frame | null, key: string, isArray: boolean): string {
  const steps: string[] = [];
  let k = key;
  let arr = isArray;
  for (let f = frame; f; f = f.parent) {
    steps.push(arr ? `[${k}]` : f.parent || f.depth > 1 ? `.${k}` : k);
    k = f.key;
    arr = f.parent ? Array.isArray(f.parent.node) : false;
  }
  return compactPath(steps.reverse().join('').replace(/^\./, ''));
}

/**
 * Walks the value without recursion and replaces every array or object nested deeper than
 * MAX_DEPTH with null, reporting where. Everything shallower is kept as it is.
 */
export function cutDeepNesting(root: unknown, file: string, problems: Problem[]): unknown {
  if (typeof root !== 'object' || root === null) return root;
  const stack: Frame[] = [
    { node: root as Record<string, unknown>, depth: 1, parent: null, key: '' },
  ];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node, depth } = frame;
    const isArray = Array.isArray(node);
    const keys = isArray ? null : Object.keys(node);
    const n = isArray ? node.length : keys!.length;
    for (let i = 0; i < n; i++) {
      const key = isArray ? i : keys![i]!;
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      if (depth >= MAX_DEPTH) {
        (node as Record<string | number, unknown>)[key] = null;
        problems.push({
          file,
          path: pathOf(frame, String(key), isArray),
          message: `nested deeper than ${MAX_DEPTH} levels: that part is left out`,
        });
      } else
        stack.push({
          node: child as Record<string, unknown>,
          depth: depth + 1,
          parent: frame,
          key: String(key),
        });
    }
  }
  return root;
}
