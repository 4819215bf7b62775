/**
 * Compiles the interface's messages (messages/{en,ar,he}.json) into src/paraglide/ with Paraglide's
 * command-line compiler, when they changed since the last compile. Called by the Vite config (so
 * every build, test and dev server has them) and by `npm run check` before svelte-check.
 *
 * The compiler runs as its own process, not as Paraglide's Vite plugin: in-process, it leaves
 * timers running that keep `vite build` and `vitest run` alive for 30–60 s after they finish
 * (docs/research/i18n-paraglide.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/paraglide');
const STAMP = join(OUT, '.compiled');

const newest = (dir) => Math.max(...readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs));

export function compileMessages() {
  const inputs = Math.max(newest(join(root, 'messages')), newest(join(root, 'project.inlang')));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= inputs) return;
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@inlang/paraglide-js/bin/run.js'),
      'compile',
      '--project',
      './project.inlang',
      '--outdir',
      './src/paraglide',
      '--strategy',
      'globalVariable',
      'baseLocale',
      '--emit-ts-declarations',
      '--silent',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  writeFileSync(STAMP, '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) compileMessages();
