import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesIn, validateFiles } from '../scripts/validate-files';
import { formatProblem } from '../src/lib/data/schema';
import { buildBasemap, stringifyCollection } from '../geo/build';

describe('the shipped data in public/data', () => {
  it('validates with no problems', () => {
    expect(validateFiles(filesIn('public/data')).map(formatProblem)).toEqual([]);
  });

  it('holds the basemap that `npm run geo` builds (run it when this fails)', () => {
    const committed = readFileSync('public/data/basemap.geojson', 'utf8');
    expect(stringifyCollection(buildBasemap()) === committed).toBe(true);
  });
});
