/**
 * Bad input to a batch, sweep or sensitivity analysis: the command line prints its message and
 * exits with code 2, with nothing written. Output paths are input too (../files/output-paths.ts).
 */
import type { Scenario } from '../../scenarios/schema.js';

export class BatchInputError extends Error {}

/** Refuses a strategy the scenario does not define, naming the ones it does. */
export function checkStrategies(scenario: Scenario, strategies: readonly string[]): void {
  for (const s of strategies) {
    // Own keys only: `in` would take "constructor" or "toString" from Object.prototype for a strategy.
    if (!Object.hasOwn(scenario.strategies, s)) throw new BatchInputError(`unknown strategy "${s}"; the scenario has: ${Object.keys(scenario.strategies).join(', ')}`);
  }
}

/**
 * Most runs in one batch (or at one point of a sweep or sensitivity analysis): the statistics
 * keep every run's row in memory (about 4.5 KB a run with three strategies, docs/performance.md),
 * so a million runs need about 4.5 GB. A larger study is several batches with other seeds.
 */
export const MAX_RUNS = 1_000_000;

/** Most runs in one sweep or sensitivity analysis (points x runs): weeks of one core's work. */
export const MAX_JOB_RUNS = 10_000_000;

/** Refuses a run count that is not a whole number from 1 to MAX_RUNS. */
export function checkRunCount(runs: number): void {
  if (!Number.isInteger(runs) || runs < 1) throw new BatchInputError(`--runs must be a whole number of at least 1, got ${Number.isNaN(runs) ? 'something that is not a number' : runs}`);
  if (runs > MAX_RUNS) {
    throw new BatchInputError(`--runs ${runs}: at most ${MAX_RUNS.toLocaleString('en-US')} runs in one batch (its statistics keep every run's row in memory); for more, run several batches with other --seed values`);
  }
}

/** Refuses a sweep or sensitivity analysis of more than MAX_JOB_RUNS runs in all. */
export function checkJobSize(points: number, runs: number, what: string): void {
  if (points * runs > MAX_JOB_RUNS) {
    throw new BatchInputError(`${what}: ${points.toLocaleString('en-US')} points x ${runs.toLocaleString('en-US')} runs is more than the ${MAX_JOB_RUNS.toLocaleString('en-US')} runs one job may hold; use fewer points or runs`);
  }
}
