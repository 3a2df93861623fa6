/** A library caller's bad batch options are refused by field, before any folder is made. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, sensitivity, sweep } from '../../../analysis/api.js';
import { runSensitivity } from '../../../analysis/sensitivity/run-sensitivity.js';
import { runSweep } from '../../../analysis/sweep/run-sweep.js';
import { parseVariation } from '../../../analysis/sweep/variation.js';
import { catalogue } from '../../../scenarios/catalogue.js';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import type { BatchOptions } from '../../../analysis/batch/types.js';
import { loadScenarioFile } from '../../../cli/load-scenario.js';
import { checkScenarioObject } from '../../../scenarios/check-object.js';
import { parseScenario } from '../../../scenarios/parse.js';

const scenario = loadScenarioFile('scenarios/fragile-state.yaml');
const good = (out: string): BatchOptions => ({
  scenario, strategies: ['none', 'early'], runs: 2, seed: 1, workers: 0, out, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none',
});

describe('runBatch options from code', () => {
  it('runs a scenario that leaves a section out with that section\'s defaults, as a file would; a complete one as it is', async () => {
    const fromFile = loadScenarioFile('scenarios/fragile-state.yaml');
    const { population: _left, ...withoutPopulation } = fromFile;
    const defaults = parseScenario(readFileSync('scenarios/fragile-state.yaml', 'utf8').replace(/^population:\n( .*\n)+/m, ''), 'x.yaml', catalogue);
    const a = join(mkdtempSync(join(tmpdir(), 'firebreak-options-')), 'a');
    const b = join(mkdtempSync(join(tmpdir(), 'firebreak-options-')), 'b');
    await runBatch({ ...good(a), scenario: withoutPopulation as typeof fromFile });
    await runBatch({ ...good(b), scenario: defaults });
    expect(readFileSync(join(a, 'runs.csv'), 'utf8')).toBe(readFileSync(join(b, 'runs.csv'), 'utf8'));
    expect(checkScenarioObject(fromFile, catalogue).scenario).toBe(fromFile);
  });

  const cases: [string, Partial<BatchOptions>, RegExp][] = [
    ['a seed that is not a whole number', { seed: Number.NaN }, /seed: expected a whole number/],
    ['an unknown table format', { formats: ['xml' as 'csv'] }, /formats: "xml" is not one of csv, jsonl, arrow/],
    ['no table format', { formats: [] }, /formats: expected a list/],
    ['a shard with no runs', { shard: { index: 2, count: 3 } }, /shard 2 of 3 has no runs out of 2/],
    ['a fractional shard', { shard: { index: 0.5, count: 2 } }, /shard: expected \{ index, count \}/],
    ['negative workers', { workers: -1 }, /workers: expected a whole number/],
    ['no strategies', { strategies: [] }, /strategies: expected a list/],
    ['a strategy named twice', { strategies: ['none', 'early', 'early'] }, /"early" is named twice/],
    ['a baseline not among the strategies', { baseline: 'late' }, /baseline: "late" is not among the strategies/],
    // A scenario changed in code meets the rules of a file: every problem at once, by field.
    ['a scenario changed out of range, mistyped and misspelt', { scenario: { ...scenario, horizon: 'ten' as unknown as number, elite: { ...scenario.elite, exclusionary: 5 }, population: { ...scenario.population, copDensity: 0.01 } as typeof scenario.population } },
      /scenario: \n {2}horizon: expected a whole number from 1 to 100000, got "ten"\n {2}population\.copDensity: unknown field "copDensity"; did you mean "cop-density"\?\n {2}elite\.exclusionary: expected a number from 0 to 1, got 5/],
    ['a negative horizon', { scenario: { ...scenario, horizon: -5 } }, /scenario: horizon: expected a whole number from 1 to 100000, got -5/],
    ['a share that is not a number', { scenario: { ...scenario, groups: [{ ...scenario.groups[0], share: Number.NaN }, ...scenario.groups.slice(1)] } }, /scenario: groups\[0\]\.share: expected a number/],
  ];
  for (const [what, change, message] of cases) {
    it(`refuses ${what} and writes nothing`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'firebreak-options-')), 'out');
      await expect(runBatch({ ...good(out), ...change })).rejects.toThrow(message);
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe('compare and sweep options from code', () => {
  it('refuses a seed that is not a number and a vary that is not a list, before reading the scenario', async () => {
    await expect(compare({ scenario: 'scenarios/fragile-state.yaml', seed: 'abc' as unknown as number })).rejects.toThrow(/compare options: seed/);
    await expect(sweep({ scenario: 'scenarios/fragile-state.yaml', vary: 'a=1' as unknown as string[] })).rejects.toThrow(/sweep options: vary: expected a list/);
    await expect(compare({ scenario: 'no-such-file.yaml' })).rejects.toThrow(/^cannot read no-such-file\.yaml: no-such-file\.yaml does not exist$/);
    await expect(sensitivity({ scenario: 'scenarios/fragile-state.yaml', params: 'elite.exclusionary' as unknown as string[] })).rejects.toThrow(/sensitivity options: params: expected a list/);
    const out = join(mkdtempSync(join(tmpdir(), 'firebreak-options-')), 'out');
    await expect(sweep({ scenario: 'scenarios/fragile-state.yaml', vary: ['elite.exclusionary=0.5,0.6'], formats: ['xlsx' as 'csv'], out })).rejects.toThrow(/sweep options: formats: "xlsx" is not one of/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('runSweep and runSensitivity options from code', () => {
  const scenarioPath = 'scenarios/fragile-state.yaml';
  const scenarioText = readFileSync(scenarioPath, 'utf8');
  const bad: [string, { seed?: number; workers?: number }, RegExp][] = [
    ['a seed that is not a whole number', { seed: 1.5 }, /options: seed: expected a whole number/],
    ['a seed beyond 2^53', { seed: 2 ** 60 }, /options: seed: expected a whole number/],
    ['negative workers', { workers: -2 }, /options: workers: expected a whole number/],
  ];
  for (const [what, change, message] of bad) {
    it(`refuse ${what} before making the folder`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'firebreak-options-')), 'out');
      await expect(runSweep({
        scenarioText, scenarioPath, catalogue, variations: [parseVariation('population.vision=3,5')], strategies: ['none', 'early'],
        baseline: 'none', runs: 1, seed: 1, workers: 0, out, formats: ['csv'], resume: false, ...change,
      })).rejects.toThrow(new RegExp(`sweep ${message.source}`));
      expect(existsSync(out)).toBe(false);
      await expect(runSensitivity({
        scenarioText, scenarioPath, catalogue, params: ['population.vision=3:5'], method: 'oat', outcome: 'civilian-deaths',
        strategy: 'none', baseline: 'none', runs: 1, samples: 4, levels: 2, seed: 1, workers: 0, out, resume: false, ...change,
      })).rejects.toThrow(new RegExp(`sensitivity ${message.source}`));
      expect(existsSync(out)).toBe(false);
    });
  }
});
