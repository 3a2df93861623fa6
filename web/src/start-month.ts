/**
 * The cost of waiting: the same strategy with every one of its applications starting at month
 * `month` instead of on its own trigger (a tick, a stage or an indicator). Each application
 * keeps its delay, duration, intensity and deliverers, so only the timing changes. For a
 * strategy written as a plain list this is the scenario `firebreak sweep --vary
 * "strategies.NAME.*.from.tick=MONTH"` plays; here it works on the resolved strategy, so a
 * strategy that `extends` another moves its inherited applications too. Pure.
 */
import type { Scenario } from '../../scenarios/schema.js';

export function withStartMonth(scenario: Scenario, strategy: string, month: number): Scenario {
  const applications = scenario.strategies[strategy];
  if (!applications) throw new Error(`unknown strategy "${strategy}"`);
  if (!Number.isInteger(month) || month < 0) throw new Error(`the start month must be a whole number from 0, got ${month}`);
  return {
    ...scenario,
    strategies: { ...scenario.strategies, [strategy]: applications.map((a) => ({ ...a, from: { tick: month } })) },
  };
}

/** The month the strategy's applications start when every trigger is a fixed month, else null. */
export function fixedStartMonth(scenario: Scenario, strategy: string): number | null {
  const ticks = (scenario.strategies[strategy] ?? []).map((a) => ('tick' in a.from ? a.from.tick + a.delay : null));
  if (ticks.length === 0 || ticks.some((t) => t === null)) return null;
  return Math.min(...(ticks as number[]));
}
