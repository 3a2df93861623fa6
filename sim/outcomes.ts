/**
 * What a run returns (MODEL.md section 6): flat numbers a batch table can hold, plus the
 * events. Deaths and displacement are in people (agents x scale).
 */
import { ORG_STATUS } from './actors/rebels.js';
import type { RunEvent } from './events.js';
import { STAGES, STANCES, type Stage } from './vocabulary.js';
import type { World } from './world.js';

export interface RunOutcome {
  strategy: string;
  seed: number | string;
  ticks: number;
  atrocity: boolean;
  /** Tick of the first mass-atrocity stage, or null. */
  atrocityOnset: number | null;
  civilianDeaths: number;
  /** Civilians killed by outside force (part of civilianDeaths). */
  collateralDeaths: number;
  battleDeaths: number;
  displaced: number;
  peakStage: Stage;
  /** Ticks spent in each stage, keyed by stage name (tick 0, the starting state, not counted: they add up to `ticks`). */
  monthsInStage: Record<Stage, number>;
  armedConflict: boolean;
  armedConflictOnset: number | null;
  /** Ticks from the onset in which the war goes on (battle deaths at the threshold), whether or not a mass atrocity outranks it in the stage label. */
  armedConflictDuration: number;
  ceasefire: boolean;
  settlement: boolean;
  relapse: boolean;
  coups: number;
  eliminationOrdered: boolean;
  finalStance: string;
  finalHostility: number;
  finalMobilisation: number;
  /** US dollars, all instruments. */
  cost: number;
  costByInstrument: Record<string, number>;
  events: RunEvent[];
}

export function outcome(world: World): RunOutcome {
  const { reached, totals, series, events } = world;
  const last = series.length - 1;
  const monthsInStage = Object.fromEntries(STAGES.map((s, i) => [s, reached.monthsInStage[i]])) as Record<Stage, number>;
  const has = (kind: RunEvent['kind']) => events.some((e) => e.kind === kind);
  const costByInstrument: Record<string, number> = {};
  for (const [id, c] of [...world.costByInstrument.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) costByInstrument[id] = c;
  let settled = false;
  for (let o = 0; o < world.rebels.count; o++) if (world.rebels.status[o] === ORG_STATUS.settled) settled = true;
  return {
    strategy: world.strategy,
    seed: world.seed,
    ticks: world.tick,
    atrocity: reached.massAtrocity >= 0,
    atrocityOnset: reached.massAtrocity >= 0 ? reached.massAtrocity : null,
    civilianDeaths: totals.civilianDeaths,
    collateralDeaths: series.values['collateral-deaths'].subarray(0, series.length).reduce((a, b) => a + b, 0),
    battleDeaths: totals.battleDeaths,
    displaced: totals.displaced,
    peakStage: STAGES[reached.peakStage],
    monthsInStage,
    armedConflict: reached.armedConflict >= 0,
    armedConflictOnset: reached.armedConflict >= 0 ? reached.armedConflict : null,
    armedConflictDuration: reached.warMonths,
    ceasefire: has('ceasefire'),
    settlement: has('settlement') || settled,
    relapse: has('relapse'),
    coups: events.filter((e) => e.kind === 'coup').length,
    eliminationOrdered: world.elite.hasKilled,
    finalStance: STANCES[world.elite.stance],
    finalHostility: last >= 0 ? series.values.hostility[last] : 0,
    finalMobilisation: last >= 0 ? series.values.mobilisation[last] : 0,
    cost: totals.cost,
    costByInstrument,
    events,
  };
}
