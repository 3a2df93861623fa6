/**
 * One run of a batch (or of several batches at once, the points of a sweep): every strategy
 * from the same run seed (common random numbers, MODEL.md section 7), sharing the months before
 * they first differ (sim/twins.ts), reduced to its table rows, its stage path and, for the first
 * runs, the series the quantile bands are drawn from.
 * Pure: the same inputs give the same record in any thread.
 */
import { runBranches, runSeed } from '../../sim/index.js';
import type { Scenario } from '../../scenarios/schema.js';
import { outcomeRow, round6 } from './columns.js';
import type { RunRecord } from './types.js';

/** Series summarised as quantile bands in series.csv. */
export const BAND_SERIES = [
  'mobilisation', 'hostility', 'civilian-deaths', 'civilian-deaths-cumulative', 'battle-deaths', 'displaced',
  'rebel-strength', 'stance', 'peacekeepers', 'cost',
] as const;

/**
 * Bands are drawn from the first BAND_RUNS runs (by run index, so the same runs whatever the
 * workers or shards), which keeps memory flat for batches of any size. A run's band series take
 * about 41 KB once received from a worker (10 series for each of 3 strategies, 121 months:
 * docs/performance.md), so 1,000 runs hold about 40 MB; 1,000 runs give the 10th and 90th
 * percentiles with a standard error of about one percentile point (sqrt(0.1 x 0.9 / 1,000) =
 * 0.0095), as fine as a fan chart can show. With 2,000 the series
 * were the larger part of a 10,000-run batch's memory (peak 270 MiB against 228 with 1,000).
 */
export const BAND_RUNS = 1000;

/** `bands`: keep the series for the quantile bands (the first BAND_RUNS runs of a batch). */
export function runTask(scenario: Scenario, strategies: readonly string[], masterSeed: number, index: number, bands = true): RunRecord {
  return runFamilyTask([scenario], strategies, masterSeed, index, bands)[0];
}

/**
 * Run `index` of several batches at once, one per scenario, where the scenarios differ only in
 * their strategies (the points of a sweep over a start month): one record per scenario, each the
 * record `runTask` gives for it, with the past the points share played once (sim/twins.ts).
 */
export function runFamilyTask(scenarios: readonly Scenario[], strategies: readonly string[], masterSeed: number, index: number, bands = true): RunRecord[] {
  const seed = runSeed(masterSeed, index);
  const runs = runBranches(scenarios.flatMap((scenario) => strategies.map((strategy) => ({ scenario, strategy }))), seed);
  return scenarios.map((scenario, p) => {
    const record: RunRecord = { run: index, seed, rows: [], stages: {} };
    if (bands && index < BAND_RUNS) record.series = {};
    for (const { strategy, world, outcome } of runs.slice(p * strategies.length, (p + 1) * strategies.length)) {
      record.rows.push(outcomeRow(index, outcome, scenario));
      const { series } = world;
      record.stages[strategy] = Array.from(series.values.stage.subarray(0, series.length), (s) => String(s)).join('');
      if (record.series) {
        const kept: Record<string, number[]> = {};
        for (const name of BAND_SERIES) kept[name] = Array.from(series.values[name].subarray(0, series.length), round6);
        record.series[strategy] = kept;
      }
    }
    return record;
  });
}
