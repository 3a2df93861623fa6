/**
 * Bad input to a batch, sweep or sensitivity analysis: the command line prints its message and
 * exits with code 2, with nothing written.
 */
import type { Scenario } from '../../scenarios/schema.js';

export class BatchInputError extends Error {}

/** Refuses a strategy the scenario does not define, naming the ones it does. */
export function checkStrategies(scenario: Scenario, strategies: readonly string[]): void {
  for (const s of strategies) {
    if (!(s in scenario.strategies)) throw new BatchInputError(`unknown strategy "${s}"; the scenario has: ${Object.keys(scenario.strategies).join(', ')}`);
  }
}
