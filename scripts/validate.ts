/**
 * `npm run validate [-- DIR] [--places F] [--events F] [--article F] [--basemap F]`
 * Validates the data in DIR (default public/data/), with any single file swapped for another,
 * prints every problem with its file and path, and exits 1 when there is any.
 */
import { filesIn, validateFiles, type FilePaths } from './validate-files';
import { formatProblem } from '../src/lib/data/schema';

const args = process.argv.slice(2);
let dir = 'public/data';
const swaps: FilePaths = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const m = /^--(places|events|article|basemap)$/.exec(a);
  if (m) swaps[m[1] as keyof FilePaths] = args[++i];
  else if (a.startsWith('--')) {
    console.error(`unknown option ${a}; use --places, --events, --article or --basemap`);
    process.exitCode = 2;
  } else dir = a;
}

// Exit codes are set, never forced with process.exit(): a piped output drains completely first.
const problems = process.exitCode ? [] : await validateFiles({ ...filesIn(dir), ...swaps });
if (process.exitCode) {
  // a usage error, already reported
} else if (problems.length === 0) {
  console.log(`✓ ${dir}: places, basemap, events and article are valid`);
} else {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the data`);
  process.exitCode = 1;
}
