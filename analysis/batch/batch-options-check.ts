/**
 * The options of a batch as a library caller gives them (`runBatch({...})` from a script or a
 * notebook), checked before anything runs or is written. The command line checks its own flags
 * first and words its messages by flag; these name the option's field, which is what a caller
 * of the API wrote. Without them a NaN seed ran and recorded `seed: null` in the manifest, an
 * unknown format wrote no runs table, and a shard past the runs summarised nothing.
 */
import { catalogue } from '../../scenarios/catalogue.js';
import { checkScenarioObject } from '../../scenarios/check-object.js';
import type { Scenario } from '../../scenarios/schema.js';
import { BatchInputError } from './input-error.js';
import { TABLE_FORMATS, type BatchOptions } from './types.js';

const FORMATS: readonly string[] = TABLE_FORMATS;

/**
 * What is wrong with an option every library function shares, in the caller's words, or null:
 * checked here for runBatch and in analysis/api.ts for compare, sweep and sensitivity.
 */
export function seedProblem(seed: unknown): string | null {
  return Number.isSafeInteger(seed) ? null : `seed: expected a whole number of at most ${Number.MAX_SAFE_INTEGER} in size, got ${String(seed)}`;
}

export function workersProblem(workers: unknown): string | null {
  return Number.isInteger(workers) && (workers as number) >= 0 ? null : `workers: expected a whole number, 0 for this thread, got ${String(workers)}`;
}

export function outProblem(out: unknown): string | null {
  return typeof out === 'string' && out.trim() !== '' ? null : 'out: expected the path of the output folder';
}

export function formatsProblem(formats: unknown): string | null {
  if (!Array.isArray(formats) || formats.length === 0) return `formats: expected a list of one or more of ${FORMATS.join(', ')}`;
  const bad = formats.find((f) => !FORMATS.includes(f as string));
  return bad === undefined ? null : `formats: "${String(bad)}" is not one of ${FORMATS.join(', ')}`;
}

/**
 * The seed, workers and output folder of a sweep or a sensitivity analysis, checked before its
 * folder is made: each point's batch checks them again, but only after the folder exists.
 */
export function checkJobOptions(o: { seed: unknown; workers: unknown; out: unknown }, what: string): void {
  for (const message of [seedProblem(o.seed), workersProblem(o.workers), outProblem(o.out)]) {
    if (message !== null) throw new BatchInputError(`${what} options: ${message}`);
  }
}

/** Checks every option; returns the scenario to run (the given one, its left-out fields filled in). */
export function checkBatchOptions(o: BatchOptions): Scenario {
  const fail = (message: string | null) => {
    if (message !== null) throw new BatchInputError(`batch options: ${message}`);
  };
  if (o === null || typeof o !== 'object') fail('expected an object of options');
  if (o.scenario === null || typeof o.scenario !== 'object' || typeof o.scenario.strategies !== 'object') fail('scenario: expected a scenario as loadScenarioFile() or parseScenario() returns it');
  // Changed in code after loading, it meets the rules a file meets (every problem at once).
  const checked = checkScenarioObject(o.scenario, catalogue);
  const { problems } = checked;
  if (problems.length > 0) fail(`scenario: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
  fail(outProblem(o.out));
  if (!Array.isArray(o.strategies) || o.strategies.length === 0 || o.strategies.some((s) => typeof s !== 'string')) fail('strategies: expected a list of strategy names');
  const twice = o.strategies.find((s, i) => o.strategies.indexOf(s) !== i);
  if (twice !== undefined) fail(`strategies: "${twice}" is named twice; each strategy once`);
  if (!o.strategies.includes(o.baseline)) fail(`baseline: "${o.baseline}" is not among the strategies (${o.strategies.join(', ')}); add it, the comparisons are made against it`);
  fail(seedProblem(o.seed));
  fail(workersProblem(o.workers));
  fail(formatsProblem(o.formats));
  const shard = o.shard;
  if (shard === null || typeof shard !== 'object' || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || shard.count < 1 || shard.index < 0 || shard.index >= shard.count) {
    fail(`shard: expected { index, count } with whole numbers, 0 <= index < count (one machine: { index: 0, count: 1 }), got ${JSON.stringify(shard)}`);
  }
  if (Number.isInteger(o.runs) && o.runs >= 1 && shard.index >= o.runs) fail(`shard ${shard.index} of ${shard.count} has no runs out of ${o.runs}; use at most ${o.runs} shards`);
  return checked.scenario!;
}
