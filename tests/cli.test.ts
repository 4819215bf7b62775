import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';

// Each test starts the CLI through npx and tsx: seconds, more on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

describe('npm run validate', () => {
  it('exits 0 on valid data', () => {
    const r = run('tests/fixtures/good');
    expect(r.stdout).toContain('are valid');
    expect(r.status).toBe(0);
  });

  it('exits 1 and lists each problem with file and path', () => {
    const r = run(
      'tests/fixtures/good',
      '--events',
      'tests/fixtures/bad/events-unknown-place.json',
    );
    expect(r.stderr).toContain('events.json: events[0].places[0]: unknown place "beit-jin"');
    expect(r.stderr).toContain('1 problem in the data');
    expect(r.status).toBe(1);
  });
});

describe('npm run validate with hostile files', () => {
  it('reports a 50,000-deep GeometryCollection with its path, without a stack trace', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'sl-deep-'));
    const levels = 50_000;
    const geometry =
      '{"type":"GeometryCollection","geometries":['.repeat(levels) +
      '{"type":"Point","coordinates":[35.9,33.2]}' +
      ']}'.repeat(levels);
    const places = readFileSync('tests/fixtures/good/places.geojson', 'utf8');
    const at = places.indexOf('"features": [') + '"features": ['.length;
    const deep = `{"type":"Feature","properties":{"id":"deep","name":"Deep","kind":"site","approximate":true,"sources":[{"publisher":"x","title":"y"}]},"geometry":${geometry}},`;
    writeFileSync(join(dir, 'places.geojson'), places.slice(0, at) + deep + places.slice(at));
    const r = run('tests/fixtures/good', '--places', join(dir, 'places.geojson'));
    expect(r.stderr).toContain(
      'places.geojson: features[0].geometry(.geometries[0])×30.geometries: nested deeper than 64 levels',
    );
    expect(r.stderr).not.toMatch(/RangeError|at \S+ \(/);
    expect(r.status).toBe(1);
  });

  it('prints every line and the summary when its output is piped', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'sl-many-'));
    // 20,000 problems: far more than a pipe buffer holds, so an early exit would cut them off.
    writeFileSync(join(dir, 'events.json'), JSON.stringify({ events: new Array(20_000).fill(0) }));
    const r = run('tests/fixtures/good', '--events', join(dir, 'events.json'));
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('expected an event object'))).toHaveLength(20_000);
    expect(lines.at(-1)).toMatch(/^✗ 2\d,\d{3}|^✗ \d+ problems in the data$/);
    expect(r.status).toBe(1);
  });
});

describe('the validate command', () => {
  it('sets its exit code instead of calling process.exit, which can drop unwritten output', async () => {
    // On Linux a pipe is written synchronously, so the loss only shows where pipes are
    // asynchronous (macOS, Windows); this guards the rule where the test above cannot.
    const { readFileSync } = await import('node:fs');
    const code = readFileSync('scripts/validate.ts', 'utf8').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/process\.exit\(/);
    expect(code).toMatch(/process\.exitCode = 1/);
  });
});
