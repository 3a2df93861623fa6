/**
 * firebreak as a library: load a scenario, run worlds, run batches, read summaries.
 *
 *   import { loadScenarioFile, runBatch } from 'firebreak';
 */
export * from './sim/index.js';
export * from './analysis/index.js';
export { loadScenarioFile } from './cli/load-scenario.js';
export { parseScenario } from './scenarios/parse.js';
export type { Scenario } from './scenarios/schema.js';
