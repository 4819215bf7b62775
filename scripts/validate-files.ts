/**
 * Reads the data files from disk and validates them together through the app's own load path.
 * Kept apart from the CLI wrapper so the unit tests can call it on each fixture.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILES, loadStory, type DataFile, type Reader } from '../src/lib/data/load';
import type { RawStory } from '../src/lib/data/validate';
import type { Problem } from '../src/lib/data/schema';

export type FilePaths = Partial<Record<keyof RawStory, string>>;

/** The four files of a data folder. */
export function filesIn(dir: string): Required<FilePaths> {
  const out = {} as Required<FilePaths>;
  for (const key of Object.keys(DATA_FILES) as (keyof RawStory)[])
    out[key] = join(dir, DATA_FILES[key]);
  return out;
}

const NOT_GIVEN = 'not given';

/** Problems name the file as the app knows it, so messages read the same in both places. */
export function diskReader(paths: FilePaths): Reader {
  const byFile = new Map<DataFile, string>();
  for (const key of Object.keys(DATA_FILES) as (keyof RawStory)[]) {
    const path = paths[key];
    if (path) byFile.set(DATA_FILES[key], path);
  }
  return async (file) => {
    const path = byFile.get(file);
    if (!path) return { error: NOT_GIVEN };
    try {
      return { text: await readFile(path, 'utf8') };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { error: `could not be read from ${path} (${code ?? String(err)})` };
    }
  };
}

export async function validateFiles(paths: FilePaths): Promise<Problem[]> {
  const { problems } = await loadStory(diskReader(paths));
  // A file that was not asked for is left out, as the page leaves out one it cannot read.
  return problems.filter((p) => p.message !== NOT_GIVEN);
}
