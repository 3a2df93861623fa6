/** The shapes a batch reads and writes (documented for users in docs/batches.md). */
import type { Scenario } from '../../scenarios/schema.js';

export interface Shard {
  index: number;
  count: number;
}

/** The tables a batch can write its runs as. */
export const TABLE_FORMATS = ['csv', 'jsonl', 'arrow'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface BatchOptions {
  scenario: Scenario;
  /** Path of the scenario file, recorded (with its hash) in the manifest. */
  scenarioPath?: string;
  strategies: string[];
  runs: number;
  seed: number;
  /** Worker threads; 0 runs in this thread. */
  workers: number;
  out: string;
  formats: TableFormat[];
  resume: boolean;
  shard: Shard;
  baseline: string;
  /** Called after each finished run (for progress bars). */
  onProgress?: (done: number, total: number) => void;
  /** The command line, recorded in the manifest. */
  argv?: string[];
}

/** One row of runs.csv: one run under one strategy. Values are numbers, strings or null. */
export type Row = Record<string, number | string | null>;

/** Everything a finished run leaves in the journal: its rows and the series for the bands. */
export interface RunRecord {
  run: number;
  seed: number;
  rows: Row[];
  /** Stage index per tick, per strategy, as a string of digits (for stage shares). */
  stages: Record<string, string>;
  /** Band series per strategy (only for the first BAND_RUNS runs). */
  series?: Record<string, Record<string, number[]>>;
}

/** One run of a scenario variant (sensitivity analysis): its own scenario, strategies and seed. */
export interface VariantTask {
  /** Unique within a pool: matches the record coming back to its task. */
  id: number;
  scenario: Scenario;
  strategies: string[];
  seed: number;
  index: number;
}

/** What a worker sends back for a VariantTask. */
export interface VariantResult {
  id: number;
  record: RunRecord;
}
