/** What the page and its batch workers say to each other. */
import type { RunRecord } from '../../../analysis/batch/types.js';
import type { Scenario } from '../../../scenarios/schema.js';

/** One run of a batch: analysis/batch/run-task.ts's runTask(scenario, strategies, masterSeed, index). */
export interface Job {
  /** Which scenario (sent once per worker with `define`): a batch or a sweep point. */
  scenario: string;
  strategies: string[];
  masterSeed: number;
  index: number;
  /** Keep the per-tick series for the fan chart's bands. */
  bands: boolean;
}

export type ToWorker =
  | { type: 'define'; key: string; scenario: Scenario }
  | { type: 'run'; id: number; job: Job };

export type FromWorker =
  | { type: 'record'; id: number; record: RunRecord }
  | { type: 'error'; id: number; message: string };
