import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8' });

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
