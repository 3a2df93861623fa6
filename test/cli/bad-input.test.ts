/**
 * Bad input gets one clear message naming the file, the line and the field, exit code 2, no
 * stack trace and no partial output (the engine issue's bad-input checks, and the toolbox
 * issue's unknown instrument, deliverer, indicator and extends cycle).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli/index.js');

function firebreak(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cases: [file: string, field: RegExp, expected: RegExp][] = [
  ['yaml-syntax.yaml', /:1:\d+|:2:\d+/, /YAML syntax error/],
  ['wrong-type.yaml', /:2:\d+: horizon/, /expected a whole number from 1 to 100000, got "soon"/],
  ['missing-field.yaml', /: groups/, /missing required field/],
  ['unknown-field.yaml', /:2:1: horizn/, /unknown field "horizn"; did you mean "horizon"\?/],
  ['out-of-range.yaml', /population\.density/, /expected a number from 0\.01 to 0\.95, got -0\.3/],
  ['unknown-instrument.yaml', /:10:\d+: strategies\.early\[0\]\.instrument/, /unknown instrument "mediaton"; did you mean "mediation"\?/],
  ['unknown-deliverer.yaml', /strategies\.early\[0\]\.by/, /unknown deliverer "nato"/],
  ['extends-cycle.yaml', /strategies\.[ab]\.extends/, /cycle: a -> b -> a/],
  ['unknown-indicator.yaml', /strategies\.early\[0\]\.from\.indicator/, /unknown indicator "mobilization"/],
];

describe('bad scenario files', () => {
  for (const [file, field, expected] of cases) {
    it(`${file}: exit 2, names the file, line and field, no stack trace, no partial output`, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'firebreak-')), 'trace.csv');
      const r = firebreak('run', `test/fixtures/bad/${file}`, '--trace', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`test/fixtures/bad/${file}`);
      expect(r.stderr).toMatch(field);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('reports every problem of a file at once', () => {
    const r = firebreak('validate', 'test/fixtures/bad/out-of-range.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/population\.density/);
    expect(r.stderr).toMatch(/population\.grid/);
    expect(r.stderr).toMatch(/horizon/);
  });

  it('rejects an unknown strategy, a missing file and a bad option with exit 2', () => {
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--strategy', 'nonsense').stderr).toMatch(/unknown strategy "nonsense"; the scenario has: none, early, late/);
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--strategy', 'nonsense').code).toBe(2);
    const missing = firebreak('run', 'scenarios/nope.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read scenario scenarios\/nope\.yaml: no such file/);
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--seed', 'x').code).toBe(2);
  });

  it('validates every bundled scenario', () => {
    const r = firebreak('validate', 'scenarios');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok scenarios\/fragile-state\.yaml/);
  });
});

describe('firebreak run', () => {
  it('prints byte-identical JSON for the same seed, and different JSON for another seed', () => {
    const a = firebreak('run', 'scenarios/fragile-state.yaml', '--seed', '7', '--json');
    const b = firebreak('run', 'scenarios/fragile-state.yaml', '--seed', '7', '--json');
    const c = firebreak('run', 'scenarios/fragile-state.yaml', '--seed', '8', '--json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const outcome = JSON.parse(a.stdout);
    expect(outcome).toHaveProperty('civilianDeaths');
    expect(outcome).toHaveProperty('monthsInStage');
  });

  it('writes the per-tick trace as CSV or JSON Lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-'));
    const csv = join(dir, 't.csv');
    const jsonl = join(dir, 't.jsonl');
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--ticks', '10', '--trace', csv).code).toBe(0);
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--ticks', '10', '--trace', jsonl).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^tick,stage_name,stage,mobilisation,/);
    expect(lines).toHaveLength(12);
    const rows = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(11);
    expect(rows[10].tick).toBe(10);
  });
});
