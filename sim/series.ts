/**
 * Per-tick series of a run (MODEL.md section 6), for trajectory charts and for indicator
 * triggers. One Float64Array per series, sized to the horizon once; names are fixed and in a
 * fixed order so that traces and batch tables have stable columns.
 */
import type { Scenario } from '../scenarios/schema.js';

/** Whole-population series, with their units. */
export const SERIES_UNITS: Record<string, string> = {
  stage: 'stage index 0..5',
  mobilisation: 'share of living citizens',
  hostility: 'mean 0..1',
  actives: 'people',
  fighters: 'people',
  jailed: 'people',
  'civilian-deaths': 'people this tick',
  'battle-deaths': 'people this tick',
  'civilian-deaths-cumulative': 'people',
  'collateral-deaths': 'people this tick (civilians killed by outside force, included in civilian-deaths)',
  displaced: 'people, cumulative',
  stance: 'ladder step 0..4',
  'rebel-strength': 'people',
  peacekeepers: 'agents on the grid',
  attention: 'max over outside powers 0..1',
  cost: 'US dollars this tick',
};

export interface Series {
  /** Ticks recorded so far (tick 0 is the initial state). */
  length: number;
  names: string[];
  values: Record<string, Float64Array>;
}

export function seriesNames(scenario: Scenario): string[] {
  const names = Object.keys(SERIES_UNITS);
  for (const g of scenario.groups) names.push(`mobilisation:${g.id}`, `hostility:${g.id}`, `legitimacy:${g.id}`);
  return names;
}

export function createSeries(scenario: Scenario): Series {
  const names = seriesNames(scenario);
  const values: Record<string, Float64Array> = {};
  for (const name of names) values[name] = new Float64Array(scenario.horizon + 1);
  return { length: 0, names, values };
}

/** Sum of a per-tick series over the last `window` recorded ticks (0: all of them). */
export function recentSum(values: Float64Array, length: number, window: number): number {
  const start = window > 0 ? Math.max(0, length - window) : 0;
  let s = 0;
  for (let t = start; t < length; t++) s += values[t];
  return s;
}
