/**
 * A Web Worker that plays runs of a batch: the same runTask the command line's worker threads
 * call (analysis/batch/worker.ts), so run i of a batch is the same here as in `firebreak batch`.
 * Scenarios are sent once and kept by key, so each job is only a few numbers.
 */
import { runTask } from '../../../analysis/batch/run-task.js';
import type { Scenario } from '../../../scenarios/schema.js';
import type { FromWorker, ToWorker } from './messages.js';

// The DOM library types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };
const scenarios = new Map<string, Scenario>();

scope.onmessage = (e) => {
  const message = e.data;
  if (message.type === 'define') {
    scenarios.set(message.key, message.scenario);
    return;
  }
  const { id, job } = message;
  try {
    const scenario = scenarios.get(job.scenario);
    if (!scenario) throw new Error(`no scenario "${job.scenario}" was sent to this worker`);
    scope.postMessage({ type: 'record', id, record: runTask(scenario, job.strategies, job.masterSeed, job.index, job.bands) });
  } catch (err) {
    scope.postMessage({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  }
};
