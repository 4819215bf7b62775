// `pretest`: makes sure everything `npm test` needs is here: the npm dependencies and a Chromium for
// the browser tests (Debian's package through apt-get; Playwright's own download cannot work here).
import { execSync } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';
import { findChromium } from './chromium.mjs';

ensureDependencies();

function has(cmd) {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

function installChromium() {
  if (!has('apt-get')) return 'apt-get is not available on this machine';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot && !has('sudo')) return 'not running as root and sudo is not available';
  const sudo = isRoot ? '' : 'sudo ';
  console.log(`Separation Lines: installing Chromium with ${sudo}apt-get (about 30 s)…`);
  try {
    execSync(`${sudo}apt-get update -q`, { stdio: 'inherit' });
    // Not --no-install-recommends: that drops the fonts the page needs.
    execSync(`${sudo}apt-get install -y -q chromium`, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (err) {
    return `apt-get failed: ${err instanceof Error ? err.message : String(err)}`;
  }
  return findChromium() ? null : 'apt-get finished but no chromium executable was found';
}

if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no file is there.`);
  process.exit(1);
}
if (!findChromium()) {
  const why = installChromium();
  if (why) {
    console.error(
      [
        'Separation Lines needs Chromium for its browser tests and could not install it:',
        `  ${why}.`,
        'Install Debian\'s package yourself ("apt-get install chromium"), or point CHROMIUM_PATH at a',
        'Chromium or Chrome executable, e.g. CHROMIUM_PATH=/opt/chrome/chrome npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`Separation Lines: using Chromium at ${findChromium()}`);
