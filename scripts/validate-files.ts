/**
 * Reads the data files from disk and validates them together, as the app does after fetching.
 * Kept apart from the CLI wrapper so the unit tests can call it on each fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../src/lib/data/load';
import { parseJson } from '../src/lib/data/json';
import { validateStory, type RawStory } from '../src/lib/data/validate';
import type { Problem } from '../src/lib/data/schema';

export type FilePaths = Partial<Record<keyof RawStory, string>>;

/** The four files of a data folder. */
export function filesIn(dir: string): Required<FilePaths> {
  const out = {} as Required<FilePaths>;
  for (const key of Object.keys(DATA_FILES) as (keyof RawStory)[])
    out[key] = join(dir, DATA_FILES[key]);
  return out;
}

export function validateFiles(paths: FilePaths): Problem[] {
  const problems: Problem[] = [];
  const raw: RawStory = {};
  for (const key of Object.keys(DATA_FILES) as (keyof RawStory)[]) {
    const path = paths[key];
    if (!path) continue;
    // Problems name the file as the app knows it, so messages read the same in both places.
    const file = DATA_FILES[key];
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({
        file,
        path: '',
        message: `could not be read from ${path} (${code ?? String(err)})`,
      });
      continue;
    }
    const parsed = parseJson(text, file);
    if (parsed.ok) raw[key] = parsed.value;
    else problems.push(parsed.problem);
  }
  validateStory(raw, problems);
  return problems;
}
