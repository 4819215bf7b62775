import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesIn, validateFiles } from '../scripts/validate-files';
import { formatProblem } from '../src/lib/data/schema';
import { renderLayers } from '../geo/build';

describe('the shipped data in public/data', () => {
  it('validates with no problems', async () => {
    expect((await validateFiles(filesIn('public/data'))).map(formatProblem)).toEqual([]);
  });

  it('holds the layers that `npm run geo` builds (run it when this fails)', () => {
    for (const [file, built] of Object.entries(renderLayers())) {
      const committed = readFileSync(`public/data/${file}`, 'utf8');
      expect(built === committed, `public/data/${file} is out of date: run npm run geo`).toBe(true);
    }
    // The whole geo build runs here: seconds, more on a loaded machine.
  }, 60_000);
});
