/**
 * A batch worker thread: receives the scenario once, then run indices, and sends back each
 * finished run's record. For sweeps of many scenario variants (sensitivity analysis) a message
 * may instead carry its own scenario: a VariantTask.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../scenarios/schema.js';
import { runTask } from './run-task.js';
import type { VariantTask } from './types.js';

interface Setup {
  scenario: Scenario;
  strategies: string[];
  seed: number;
}

const setup = workerData as Setup;
parentPort!.on('message', (message: number | VariantTask) => {
  if (typeof message === 'number') parentPort!.postMessage(runTask(setup.scenario, setup.strategies, setup.seed, message));
  else parentPort!.postMessage({ id: message.id, record: runTask(message.scenario, message.strategies, message.seed, message.index, false) });
});
