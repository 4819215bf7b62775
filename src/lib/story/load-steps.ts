/**
 * Story mode's steps, read when the reader first follows the story: `story.json` when the data
 * folder has one (validated, through the same reader and parser as every file), else the steps
 * derived from the article. Its own chunk: the first draw needs none of it.
 */
import { parsedOrReported, type Reader } from '../data/load';
import type { StoryIndex } from '../data/indexes';
import type { Problem } from '../data/schema';
import { validateSteps } from '../data/validate/steps';
import { buildSteps, type Step, type StepSpec } from './steps';

export const STEPS_FILE = 'story.json';

export async function loadSteps(
  read: Reader,
  index: StoryIndex,
): Promise<{ steps: Step[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const result = await read(STEPS_FILE);
  let specs: StepSpec[] | undefined;
  // No story.json is the usual case, not a problem: the article's own order is used.
  if (!('missing' in result)) {
    const value = await parsedOrReported(result, STEPS_FILE, problems);
    const refs = {
      excerpts: new Set(index.excerptsById.keys()),
      places: new Set(index.placesById.keys()),
    };
    const valid = value === undefined ? [] : validateSteps(value, refs, problems, STEPS_FILE);
    if (valid.length) specs = valid;
  }
  return { steps: buildSteps(index, specs), problems };
}
