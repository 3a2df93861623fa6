/**
 * A batch worker thread: receives the scenario (or a family's scenarios) once, then run
 * indices, and sends back each finished run's record (or records). For sweeps of many scenario
 * variants (sensitivity analysis) a message may instead carry its own scenario: a VariantTask.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../scenarios/schema.js';
import { runFamilyTask, runTask } from './run-task.js';
import type { VariantTask } from './types.js';

/** A batch's scenario, or a family's scenarios (runFamilyPool). */
interface Setup {
  scenario?: Scenario;
  scenarios?: Scenario[];
  strategies: string[];
  seed: number;
}

const setup = workerData as Setup;
parentPort!.on('message', (message: number | VariantTask) => {
  if (typeof message === 'number') {
    const result = setup.scenarios ? runFamilyTask(setup.scenarios, setup.strategies, setup.seed, message) : runTask(setup.scenario!, setup.strategies, setup.seed, message);
    parentPort!.postMessage(result);
  }
  else parentPort!.postMessage({ id: message.id, record: runTask(message.scenario, message.strategies, message.seed, message.index, false) });
});
