/**
 * Reads the data files from disk and validates them together through the app's own load path.
 * Kept apart from the CLI wrapper so the unit tests can call it on each fixture.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILES, loadStory, type DataFile, type Reader } from '../src/lib/data/load';
import { STEPS_FILE, loadSteps } from '../src/lib/story/load-steps';
import type { RawStory } from '../src/lib/data/validate';
import { TRANSLATED_LANGS, translationsFile, type Problem } from '../src/lib/data/schema';
import { translationRefs, validateTranslations } from '../src/lib/data/validate/translations';
import { parsedOrReported } from '../src/lib/data/load';

/**
 * Where each file is: the four of the story and, optionally, story mode's steps and the
 * translations (`translations` is their folder).
 */
export type FilePaths = Partial<Record<keyof RawStory | 'story' | 'translations', string>>;

/** The files of a data folder (story.json may be absent: that is no problem). */
export function filesIn(dir: string): Required<FilePaths> {
  const out = { story: join(dir, STEPS_FILE), translations: dir } as Required<FilePaths>;
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
  if (paths.story) byFile.set(STEPS_FILE, paths.story);
  if (paths.translations)
    for (const lang of TRANSLATED_LANGS)
      byFile.set(translationsFile(lang), join(paths.translations, translationsFile(lang)));
  return async (file) => {
    const path = byFile.get(file);
    if (!path) return { error: NOT_GIVEN };
    try {
      return { text: await readFile(path, 'utf8') };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const error = `could not be read from ${path} (${code ?? String(err)})`;
      return code === 'ENOENT' ? { error, missing: true } : { error };
    }
  };
}

export async function validateFiles(paths: FilePaths): Promise<Problem[]> {
  const read = diskReader(paths);
  const { index, problems } = await loadStory(read);
  if (paths.story) problems.push(...(await loadSteps(read, index)).problems);
  // A language's translations, where the folder has them (each is optional).
  if (index)
    for (const lang of TRANSLATED_LANGS) {
      const file = translationsFile(lang);
      const result = await read(file);
      if ('missing' in result || ('error' in result && result.error === NOT_GIVEN)) continue;
      const raw = await parsedOrReported(result, file, problems);
      if (raw === undefined) continue;
      validateTranslations(raw, lang, translationRefs(index), problems);
    }
  // A file that was not asked for is left out, as the page leaves out one it cannot read.
  return problems.filter((p) => p.message !== NOT_GIVEN);
}
