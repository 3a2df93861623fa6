/**
 * A batch's finished runs -> what the report's charts read (analysis/charts/types.ts's
 * ChartData): the summary by the batch's own summarise (Wilson intervals, bootstraps seeded
 * from the master seed), runs.csv's rows and series.csv's quantile bands, computed as
 * analysis/batch/finalize.ts computes them. So a batch finished in the page has the numbers of
 * `firebreak batch` with the same scenario, strategies, runs and seed. Pure.
 */
import { round6 } from '../../../analysis/batch/columns.js';
import { BAND_SERIES } from '../../../analysis/batch/run-task.js';
import { summarise } from '../../../analysis/batch/summary.js';
import type { Row, RunRecord } from '../../../analysis/batch/types.js';
import type { BandRow, ChartData } from '../../../analysis/charts/types.js';
import { BAND_QUANTILES, quantileBands } from '../../../analysis/stats/quantile-bands.js';
import type { Scenario } from '../../../scenarios/schema.js';

/** The series the fan chart draws (analysis/charts/fan-chart.ts). */
export const FAN_SERIES = ['hostility', 'mobilisation', 'civilian-deaths-cumulative'] as const;

export interface BatchSetup {
  scenario: Scenario;
  /** Baseline first, as the command line orders them. */
  strategies: string[];
  baseline: string;
  masterSeed: number;
}

/**
 * One run's records of different strategies (the same run index and seed, played apart) as
 * the one record runTask returns when it plays them together. Series are kept when every part has them.
 */
export function joinRecords(parts: readonly RunRecord[]): RunRecord {
  const [first] = parts;
  if (parts.some((p) => p.run !== first.run || p.seed !== first.seed)) throw new Error('records of different runs cannot be joined');
  const joined: RunRecord = { run: first.run, seed: first.seed, rows: parts.flatMap((p) => p.rows), stages: Object.assign({}, ...parts.map((p) => p.stages)) };
  if (parts.every((p) => p.series)) joined.series = Object.assign({}, ...parts.map((p) => p.series));
  return joined;
}

/** The part of a run's record that concerns one strategy (the inverse of joinRecords). */
export function recordOf(record: RunRecord, strategy: string): RunRecord {
  const part: RunRecord = { run: record.run, seed: record.seed, rows: record.rows.filter((r) => r.strategy === strategy), stages: { [strategy]: record.stages[strategy] } };
  if (record.series) part.series = { [strategy]: record.series[strategy] };
  return part;
}

/** Records in run order (they arrive in any order from the workers). */
export function sortRecords(records: readonly RunRecord[]): RunRecord[] {
  return [...records].sort((a, b) => a.run - b.run);
}

/** runs.csv's rows: by run, then in the batch's strategy order. */
export function runRows(sorted: readonly RunRecord[], strategies: readonly string[]): Row[] {
  const order = new Map(strategies.map((s, i) => [s, i]));
  return sorted.flatMap((r) => [...r.rows].sort((a, b) => order.get(String(a.strategy))! - order.get(String(b.strategy))!));
}

/** series.csv's rows (the 10-90% bands per strategy, series and tick) for the runs that kept series. */
export function bandRows(sorted: readonly RunRecord[], strategies: readonly string[], series: readonly string[] = BAND_SERIES): BandRow[] {
  const rows: BandRow[] = [];
  for (const s of strategies) {
    for (const name of series) {
      const runs = sorted.filter((r) => r.series).map((r) => r.series![s][name]);
      if (runs.length === 0) continue;
      const ticks = Math.max(...runs.map((x) => x.length));
      const bands = quantileBands(runs, ticks);
      for (let t = 0; t < ticks; t++) {
        const [p10, p25, p50, p75, p90] = BAND_QUANTILES.map((_, k) => round6(bands[k][t]));
        rows.push({ strategy: s, series: name, tick: t, p10, p25, p50, p75, p90 });
      }
    }
  }
  return rows;
}

/**
 * The charts' data for the runs finished so far. `series` limits the bands to what is drawn
 * (the fan chart's three), which keeps live redraws quick. The page draws no stage chart, so
 * it leaves the stage shares empty.
 */
export function batchChartData(records: readonly RunRecord[], setup: BatchSetup, series: readonly string[] = FAN_SERIES): ChartData {
  const sorted = sortRecords(records);
  const { scenario, strategies, baseline, masterSeed } = setup;
  return {
    summary: summarise(sorted, strategies, baseline, { scenario: scenario.name, seed: masterSeed, horizon: scenario.horizon }),
    strategies,
    bands: bandRows(sorted, strategies, series),
    stages: [],
    runs: runRows(sorted, strategies) as Record<string, string | number>[],
    tickUnit: scenario.tick,
  };
}
