/**
 * firebreak as a library: load a scenario, run worlds, run batches, read summaries.
 *
 *   import { loadScenarioFile, runBatch } from 'firebreak';
 */
export * from './sim/index.js';
export * from './analysis/index.js';
export { loadScenarioFile } from './cli/load-scenario.js';
export { parseScenario } from './scenarios/parse.js';
export { checkScenarioObject, type CheckedScenario } from './scenarios/check-object.js';
export { ScenarioError, type ScenarioProblem } from './scenarios/scenario-error.js';
export { UserError } from './cli/user-error.js';
export type { Scenario } from './scenarios/schema.js';
