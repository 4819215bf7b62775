// Where the tests find Chromium, and the flags it needs here. Shared by Playwright, Vitest's browser
// mode and scripts, so every browser we start is the same one with the same settings.
import { existsSync } from 'node:fs';

/** Candidate paths, in order: an explicit CHROMIUM_PATH, then Debian's and other distributions' names. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} the Chromium executable to use, or undefined when none is found. */
export function findChromium() {
  // `||`, not `??`: an empty CHROMIUM_PATH must fall through to the defaults.
  const wanted = process.env.CHROMIUM_PATH || '';
  if (wanted) return existsSync(wanted) ? wanted : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Root cannot use Chromium's sandbox; these machines have no network, so every background
 * connection Chromium would try (updates, sync, safe browsing) is switched off.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS };
}
