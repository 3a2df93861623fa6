/**
 * What a tick stands for (MODEL.md section 2: a month by default, a scenario may say week). Rates
 * given per tick stay per tick; what the model states in calendar terms is converted here: the
 * year-long windows (armed conflict is 25 battle deaths within a year, UCDP), years of war, the
 * five years a coup is remembered, lags stated in months, and the catalogue's costs per month.
 */
import type { Scenario } from '../scenarios/schema.js';

/** Ticks in a year: 12 months or 52 weeks. */
export function ticksPerYear(scenario: Scenario): number {
  return scenario.tick === 'week' ? 52 : 12;
}

/** Ticks in a month: 1, or 52/12 weeks. */
export function ticksPerMonth(scenario: Scenario): number {
  return ticksPerYear(scenario) / 12;
}

/** Months one tick lasts: 1, or 12/52 for a week. */
export function monthsPerTick(scenario: Scenario): number {
  return 12 / ticksPerYear(scenario);
}
