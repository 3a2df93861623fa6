/** A library caller's bad batch options are refused by field, before any folder is made. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, sweep } from '../../../analysis/api.js';
import { runSensitivity } from '../../../analysis/sensitivity/run-sensitivity.js';
import { runSweep } from '../../../analysis/sweep/run-sweep.js';
import { parseVariation } from '../../../analysis/sweep/variation.js';
import { catalogue } from '../../../scenarios/catalogue.js';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import type { BatchOptions } from '../../../analysis/batch/types.js';
import { loadScenarioFile } from '../../../cli/load-scenario.js';

const scenario = loadScenarioFile('scenarios/fragile-state.yaml');
const good = (out: string): BatchOptions => ({
  scenario, strategies: ['none', 'early'], runs: 2, seed: 1, workers: 0, out, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none',
});

describe('runBatch options from code', () => {
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
