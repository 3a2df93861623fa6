/**
 * Outside powers (MODEL.md section 3.4): UN, regional organisations, major powers, neighbours,
 * NGOs. Each has capacity, leverage, credibility, an alignment (neutral or patron of a group)
 * and attention that catches up with visible violence only after a lag: the "fire brigade"
 * default of seed 002. Early warning cuts the lag.
 */
import type { Scenario } from '../../scenarios/schema.js';
import type { ExternalKind } from '../vocabulary.js';
import { recentSum } from '../series.js';
import type { World } from '../world.js';
import { ticksPerMonth, ticksPerYear } from '../calendar.js';

export interface ExternalState {
  id: string;
  kind: ExternalKind;
  capacity: number;
  leverage: number;
  credibility: number;
  lag: number;
  /** Group index it backs, or -1. */
  backs: number;
  attention: number;
  reactive: boolean;
  /** A patron whose entry is scheduled by a shock is inactive until then. */
  active: boolean;
}

export function createExternal(scenario: Scenario): ExternalState[] {
  return scenario.external.map((e) => ({
    id: e.id,
    kind: e.kind,
    capacity: e.capacity,
    leverage: e.leverage,
    credibility: e.credibility,
    lag: e['attention-lag'],
    backs: e.backs === undefined ? -1 : scenario.groups.findIndex((g) => g.id === e.backs),
    attention: 0,
    reactive: e.reactive,
    active: !scenario.shocks.some((s) => s.kind === 'patron-entry' && s.by === e.id),
  }));
}

/**
 * Deaths in the last year that make a crisis fully visible abroad (people). Assumption: a
 * thousand deaths, the mass-atrocity threshold, draws full attention.
 */
const SALIENT_DEATHS = 1000;

/**
 * Attention follows visible violence with a first-order lag (months); patrons pass support to
 * the armed organisations of the group they back, in proportion to their capacity.
 */
export function updateExternal(world: World): void {
  const { series, pressure, rebels, scenario } = world;
  const year = ticksPerYear(scenario);
  const deaths = recentSum(series.values['civilian-deaths'], series.length, year) + 0.5 * recentSum(series.values['battle-deaths'], series.length, year);
  // Lags are stated in months; the first-order lag below runs per tick.
  const perMonth = ticksPerMonth(scenario);
  const visible = Math.min(1, deaths / SALIENT_DEATHS + 0.5 * maxMobilisation(world));
  for (const e of world.external) {
    const lag = Math.max(0, e.lag - pressure.attentionLagCut) * perMonth;
    e.attention += (visible - e.attention) / (1 + lag);
  }
  for (let o = 0; o < rebels.count; o++) {
    let support = 0;
    for (const e of world.external) if (e.active && e.backs === rebels.group[o]) support += e.capacity;
    rebels.support[o] = support;
  }
}

function maxMobilisation(world: World): number {
  let m = 0;
  for (let g = 0; g < world.groups; g++) m = Math.max(m, world.mobilisation[g]);
  return m;
}

/**
 * Credibility of a deliverer or coalition: the chance that at least one member follows
 * through, 1 - prod(1 - c_i) (multilateral coalitions are more credible, seed 003 and 004),
 * times the consistency of their messages (seed 003, recommendation 4-5): coalitions that do
 * not coordinate lose 10% unless consistent messaging is at work (assumption).
 */
export function coalitionCredibility(members: readonly ExternalState[], consistency: number): number {
  if (members.length === 0) return 0.5;
  let none = 1;
  for (const m of members) none *= 1 - m.credibility;
  const base = 1 - none;
  return members.length === 1 ? base : base * (0.9 + 0.1 * Math.min(1, consistency));
}
