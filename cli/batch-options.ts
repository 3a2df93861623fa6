/** Options shared by `batch` and `compare`, and their translation into BatchOptions. */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Argv } from 'yargs';
import { emptyShard, parseShard, shardFromEnvironment } from '../analysis/batch/shard.js';
import { checkRunCount } from '../analysis/batch/input-error.js';
import { TABLE_FORMATS, type BatchOptions, type TableFormat } from '../analysis/batch/types.js';
import { ALL_STRATEGIES } from '../scenarios/parse.js';
import { loadScenarioFile } from './load-scenario.js';
import { progressLine } from './progress.js';
import { UserError } from './user-error.js';
import { commandLine } from './command-line.js';

export interface BatchArgs {
  scenario: string;
  strategies: string;
  runs: number;
  seed: number;
  workers?: number;
  out?: string;
  format: string;
  resume: boolean;
  shard?: string;
  baseline: string;
  report: boolean;
}

/** The --workers option of every command that runs batches. */
export const WORKERS_OPTION = { type: 'number', describe: 'worker threads (default: all cores; 0: none, everything in this thread)' } as const;

export function batchBuilder(yargs: Argv): Argv<BatchArgs> {
  return yargs
    .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
    .option('strategies', { type: 'string', default: ALL_STRATEGIES, describe: `comma-separated strategies, or ${ALL_STRATEGIES}` })
    .option('runs', { type: 'number', default: 200, describe: 'runs (each played under every strategy from the same seed)' })
    .option('seed', { type: 'number', default: 1, describe: 'master seed; run i uses a seed derived from (seed, i)' })
    .option('workers', WORKERS_OPTION)
    .option('out', { type: 'string', describe: 'output folder (default: results/<scenario name>)' })
    .option('format', { type: 'string', default: 'csv', describe: 'tables to write: csv, jsonl, arrow (comma-separated)' })
    .option('resume', { type: 'boolean', default: false, describe: 'finish an interrupted batch in --out' })
    .option('shard', { type: 'string', describe: 'K/N: run only runs i with i mod N = K (also from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX with FIREBREAK_SHARDS)' })
    .option('baseline', { type: 'string', default: 'none', describe: 'strategy the others are compared with' })
    .option('report', { type: 'boolean', default: false, describe: 'also write report.html with the charts' }) as unknown as Argv<BatchArgs>;
}

export function batchOptions(args: BatchArgs, defaultOut: (name: string) => string): BatchOptions {
  const scenario = loadScenarioFile(args.scenario);
  const all = Object.keys(scenario.strategies);
  // A strategy named twice would be counted twice: its runs doubled, its intervals narrowed.
  const strategies = args.strategies === ALL_STRATEGIES ? all : [...new Set(args.strategies.split(',').map((s) => s.trim()).filter(Boolean))];
  if (strategies.length === 0) throw new UserError(`--strategies: name at least one strategy (comma-separated) or all; the scenario has: ${all.join(', ')}`);
  for (const s of strategies) if (!all.includes(s)) throw new UserError(`${args.scenario}: unknown strategy "${s}"; the scenario has: ${all.join(', ')}`);
  if (!all.includes(args.baseline)) throw new UserError(`--baseline ${args.baseline}: the scenario has no such strategy; it has: ${all.join(', ')}`);
  if (!strategies.includes(args.baseline)) strategies.unshift(args.baseline);
  // Checked here as well as by openBatch: before compare's default --out makes its temporary folder.
  checkRunCount(args.runs);
  checkSeed(args.seed);
  const workers = workersOption(args.workers);
  const formats = formatsOption(args.format);
  let shard = args.shard !== undefined ? parseShard(args.shard) : shardFromEnvironment(process.env);
  if (typeof shard === 'string') throw new UserError(shard);
  shard ??= { index: 0, count: 1 };
  const empty = emptyShard(shard, args.runs);
  if (empty) throw new UserError(empty);
  const slug = folderName(scenario.name) || folderName(basename(args.scenario).replace(/\.(ya?ml|json)$/i, '')) || 'scenario';
  return {
    scenario,
    scenarioPath: args.scenario,
    strategies,
    runs: args.runs,
    seed: args.seed,
    workers,
    out: args.out ?? defaultOut(shard.count > 1 ? `${slug}-shard-${shard.index}-of-${shard.count}` : slug),
    formats,
    resume: args.resume,
    shard,
    baseline: args.baseline,
    onProgress: progressLine(),
    argv: commandLine(),
  };
}

/** A number option as the user gave it: yargs turns a word into NaN, which a message should not print. */
export function asGiven(n: number | undefined): string {
  return Number.isNaN(n) ? 'something that is not a number' : String(n);
}

/** Options every command that runs batches shares, checked the same way everywhere. */
export function checkSeed(seed: number): void {
  if (!Number.isInteger(seed)) throw new UserError(`--seed must be a whole number, got ${asGiven(seed)}`);
  // Past 2^53 a double no longer holds every whole number: two seeds the user typed apart would
  // be the same seed.
  if (Math.abs(seed) > Number.MAX_SAFE_INTEGER) throw new UserError(`--seed must be at most ${Number.MAX_SAFE_INTEGER} in size: larger whole numbers are not held exactly, and two seeds would be one`);
}

/** Worker threads: the number given, or every core. */
export function workersOption(given: number | undefined): number {
  const workers = given ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw new UserError(`--workers must be a whole number (0 runs everything in this thread), got ${asGiven(given)}`);
  return workers;
}

/** `csv,arrow` as a list; case and repeats forgiven (`CSV,csv` is one csv table). */
export function formatsOption(format: string): TableFormat[] {
  const named = format.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  if (named.length === 0) throw new UserError('--format: name at least one of csv, jsonl, arrow (comma-separated)');
  for (const f of named) if (!(TABLE_FORMATS as readonly string[]).includes(f)) throw new UserError(`--format ${f}: expected csv, jsonl or arrow`);
  return [...new Set(named)] as TableFormat[];
}

/**
 * A folder name from a scenario's name: lower case, accents dropped ("Côte" -> "cote"), runs of
 * anything else one hyphen. Empty when nothing Latin is left (a name in another script): the
 * caller then falls back to the file's name, then to "scenario", rather than write into
 * results/ itself.
 */
export function folderName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
