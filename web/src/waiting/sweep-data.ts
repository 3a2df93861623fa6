/**
 * The cost-of-waiting sweep's numbers: at every start month, a paired batch of the strategy
 * against the baseline, summarised by the batch's own summarise, then laid out as the rows of
 * `firebreak sweep`'s sweep.csv that the sweep chart (analysis/charts/sweep.ts) reads. Pure.
 *
 * The baseline does not depend on the month the strategy starts, and run i uses the same seed
 * at every month, so the baseline's runs are played once and paired with the strategy's runs
 * of every month: the numbers are those of a sweep that replays them at each point.
 */
import { summarise, type BatchSummary } from '../../../analysis/batch/summary.js';
import type { Row, RunRecord } from '../../../analysis/batch/types.js';
import type { SweepChartData } from '../../../analysis/charts/sweep.js';
import { sweepRows } from '../../../analysis/sweep/sweep-rows.js';
import type { Scenario } from '../../../scenarios/schema.js';
import { joinRecords } from '../many-worlds/aggregate.js';

/** The sweep's path in `firebreak sweep --vary` terms: every application's start month. */
export function startPath(strategy: string): string {
  return `strategies.${strategy}.*.from.tick`;
}

/** Months from `from` to `to` every `step`, within the run (at most 40 points). */
export function sweepMonths(from: number, to: number, step: number, horizon: number, unit = 'month'): number[] | string {
  if (![from, to, step].every(Number.isInteger)) return `The ${unit}s must be whole numbers.`;
  if (from < 0 || to < from) return `The first ${unit} must be 0 or more, and the last ${unit} at least the first.`;
  if (step < 1) return `The step must be at least one ${unit}.`;
  if (to >= horizon) return `The last ${unit} must be before the end of the run (${unit} ${horizon}).`;
  const months: number[] = [];
  for (let m = from; m <= to; m += step) months.push(m);
  if (months.length > 40) return `That is ${months.length} ${unit}s to try; at most 40 (use a larger step).`;
  return months;
}

export interface SweepPointSummary {
  month: number;
  summary: BatchSummary;
}

/** Pairs the baseline's records with the strategy's records at one month, run by run. */
export function pairRecords(baseline: readonly RunRecord[], strategy: readonly RunRecord[]): RunRecord[] {
  const base = new Map(baseline.map((r) => [r.run, r]));
  return strategy
    .filter((r) => base.has(r.run))
    .map((r) => joinRecords([base.get(r.run)!, r]))
    .sort((a, b) => a.run - b.run);
}

export function summarisePoint(month: number, paired: readonly RunRecord[], scenario: Scenario, strategies: string[], baseline: string, masterSeed: number): SweepPointSummary {
  return { month, summary: summarise(paired, strategies, baseline, { scenario: scenario.name, seed: masterSeed, horizon: scenario.horizon }) };
}

/** sweep.csv's rows (the same function as `firebreak sweep`), for each month and strategy. */
export function sweepChartRows(points: readonly SweepPointSummary[], path: string, strategies: readonly string[]): Row[] {
  return sweepRows(points.map((p, point) => ({ point, values: { [path]: p.month }, summary: p.summary })), [path], strategies).rows;
}

export function sweepData(points: readonly SweepPointSummary[], scenario: Scenario, strategies: string[], baseline: string, runs: number): SweepChartData {
  const path = startPath(strategies.find((s) => s !== baseline) ?? baseline);
  return { scenario: scenario.name, baseline, strategies, paths: [path], rows: sweepChartRows(points, path, strategies), runs, tickUnit: scenario.tick };
}

/**
 * Ticks of the month axis at exactly the months tried (0, 12, 24...), and the axis spanning
 * just those months: the report's sweep chart lets vega choose round ticks, which on a short
 * sweep puts labels between the points. In place; returns the spec.
 */
export function atSweepMonths<S>(spec: S, path: string, months: readonly number[]): S {
  const field = path.replace(/\./g, '\\.');
  const domain = [months[0], months[months.length - 1]];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.field === field) {
      // One month alone has no span: vega then pads the axis around it.
      if (months.length > 1) o.scale = { domain, nice: false };
      o.axis = { values: [...months], format: 'd' };
    }
    for (const [key, value] of Object.entries(o)) if (key !== 'values') visit(value);
  };
  visit(spec);
  return spec;
}
