/**
 * The paired run (MODEL.md section 7) as the validation reads it: every strategy from one seed,
 * each reduced to its outcome, the tick its first instrument started, and whichever per-tick
 * series the target asks for. Worlds under different strategies are identical until the first
 * instrument starts, so differences from then on are the strategy's doing.
 */
import type { Scenario } from '../../scenarios/schema.js';
import { STAGES } from '../../sim/vocabulary.js';
import type { World } from '../../sim/world.js';
import { simulate } from './runs.js';

/** Per-tick numbers that are not recorded series, computed from the world after each tick. */
export const PROBES: Record<string, (world: World) => number> = {
  /** Hardship added to citizens by shocks and instruments, mean over the living (grievance's H shift). */
  'hardship-shift': (w) => {
    let sum = 0;
    let alive = 0;
    for (let g = 0; g < w.groups; g++) {
      sum += w.alive[g] * w.ctx.hardship[g];
      alive += w.alive[g];
    }
    return alive > 0 ? sum / alive : 0;
  },
  /** Organisations ever formed (rebel-formed and splits). */
  organisations: (w) => w.rebels.count,
  /** What the elite has learnt: rewards paid after violence (sim/instruments/effects.ts). */
  'violence-pays': (w) => w.pressure.violencePays,
};

export interface PairedTask {
  scenario: Scenario;
  strategies: string[];
  seed: number;
  /** Recorded series (sim/series.ts) or PROBES to return per tick. */
  series: string[];
}

export interface StrategyRecord {
  strategy: string;
  civilianDeaths: number;
  battleDeaths: number;
  collateralDeaths: number;
  atrocity: boolean;
  atrocityOnset: number | null;
  armedConflict: boolean;
  armedConflictOnset: number | null;
  ceasefire: boolean;
  settlement: boolean;
  relapse: boolean;
  cost: number;
  peakStage: string;
  /** Tick the strategy's first own application started (reactive policies left out), or null. */
  start: number | null;
  /** Armed organisations ever formed. */
  organisations: number;
  series: Record<string, number[]>;
}

export function measurePaired(task: PairedTask): StrategyRecord[] {
  return task.strategies.map((strategy) => {
    const probes = task.series.filter((name) => PROBES[name] !== undefined);
    const probed: Record<string, number[]> = Object.fromEntries(probes.map((p) => [p, []]));
    const world = simulate(task.scenario, strategy, task.seed, (w) => {
      for (const p of probes) probed[p].push(PROBES[p](w));
    });
    const series: Record<string, number[]> = {};
    for (const name of task.series) series[name] = probed[name] ?? Array.from(world.series.values[name].subarray(0, world.series.length));
    const started = world.apps.filter((a) => !a.reactive && a.startedAt >= 0).map((a) => a.startedAt);
    const events = world.events;
    const has = (kind: string) => events.some((e) => e.kind === kind);
    const { reached, totals } = world;
    return {
      strategy,
      civilianDeaths: totals.civilianDeaths,
      battleDeaths: totals.battleDeaths,
      collateralDeaths: sum(Array.from(world.series.values['collateral-deaths'].subarray(0, world.series.length))),
      atrocity: reached.massAtrocity >= 0,
      atrocityOnset: reached.massAtrocity >= 0 ? reached.massAtrocity : null,
      armedConflict: reached.armedConflict >= 0,
      armedConflictOnset: reached.armedConflict >= 0 ? reached.armedConflict : null,
      ceasefire: has('ceasefire'),
      settlement: has('settlement'),
      relapse: has('relapse'),
      cost: totals.cost,
      peakStage: STAGES[reached.peakStage],
      start: started.length > 0 ? Math.min(...started) : null,
      organisations: world.rebels.count,
      series,
    };
  });
}

/** Sum of a series over ticks [from, to) (clipped to the series). */
export function windowSum(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let t = Math.max(0, from); t < Math.min(values.length, to); t++) s += values[t];
  return s;
}

/** Mean of a series over ticks [from, to) (clipped), NaN when empty. */
export function windowMean(values: readonly number[], from: number, to: number): number {
  const a = Math.max(0, from);
  const b = Math.min(values.length, to);
  return b > a ? windowSum(values, a, b) / (b - a) : NaN;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
