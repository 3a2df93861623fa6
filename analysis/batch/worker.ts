/**
 * A batch worker thread: receives the scenario once, then run indices, and sends back each
 * finished run's record.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../scenarios/schema.js';
import { runTask } from './run-task.js';

interface Setup {
  scenario: Scenario;
  strategies: string[];
  seed: number;
}

const setup = workerData as Setup;
parentPort!.on('message', (index: number) => {
  parentPort!.postMessage(runTask(setup.scenario, setup.strategies, setup.seed, index));
});
