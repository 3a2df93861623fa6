/**
 * Stage classification (MODEL.md section 5; Lund's conflict curve, Gurr's points). Each tick
 * is put in the most severe stage whose condition holds, from the run's own indicators.
 * Stages are for reporting and for triggers only: no rule of the model reads the label.
 */
import { recentSum } from './series.js';
import { STAGE_INDEX, STANCE, type Stage } from './vocabulary.js';
import type { World } from './world.js';
import { ticksPerYear } from './calendar.js';

export function classifyStage(world: World): Stage {
  const { scenario, series, elite, rebels } = world;
  const s = scenario.stages;
  const length = series.length;
  // One-sided killing: civilians killed by the state, militias and rebels. Collateral deaths
  // of outside force are civilian deaths too, but not a perpetrator's campaign. The window
  // ends with this tick, not yet recorded: its flow and the window's other ticks from the series.
  const earlier = s['atrocity-window'] - 1;
  const civilian =
    lastTicks(series.values['civilian-deaths'], length, earlier) + world.flow.civilianDeaths -
    lastTicks(series.values['collateral-deaths'], length, earlier) - world.flow.collateral;
  if (civilian >= s['atrocity-deaths']) return 'mass-atrocity';
  if (atWar(world)) return 'armed-conflict';
  if (rebels.count > 0 && rebels.fightingCount === 0 && (rebels.ceasefireCount > 0 || rebels.settledCount > 0)) return 'post-conflict';
  let mobilisation = 0;
  let hostility = 0;
  let alive = 0;
  for (let g = 0; g < world.groups; g++) {
    mobilisation = Math.max(mobilisation, world.mobilisation[g]);
    hostility += world.hostilitySum[g];
    alive += world.alive[g];
  }
  hostility = alive > 0 ? hostility / alive : 0;
  // A scenario without an elite (Epstein's classic models) has no stance to read: its stance
  // and discrimination stay as written and would label a calm world unstable or in crisis.
  const eliteOn = scenario.elite.enabled;
  if (mobilisation >= s['crisis-mobilisation'] || (eliteOn && (elite.stance >= STANCE.repress || elite.newExclusionary))) return 'crisis';
  if (hostility >= s['tension-hostility'] || (eliteOn && elite.stance === STANCE.repress - 1 && maxDiscrimination(world) > 0.3)) return 'unstable-peace';
  return 'stable-peace';
}

/**
 * The armed-conflict condition, whatever outranks it in the stage label: battle deaths over the
 * year ending with this tick at the threshold, with an organisation still fighting. When every
 * organisation is under ceasefire or settled the stage is post-conflict while those deaths age
 * out of the window; when none is left with fighters, the war is over (the outcome's armed
 * conflict asks the same: one run had twelve months of "armed conflict" after a battle that
 * destroyed the only organisation, and no armed conflict in its outcome).
 */
export function atWar(world: World): boolean {
  return world.rebels.fightingCount > 0 && battleDeathsThisYear(world) >= world.scenario.stages['battle-deaths'];
}

/**
 * Battle deaths in the year that ends with the current tick (12 months or 52 weeks, this one
 * included): its flow, not yet recorded, and the year's other ticks from the series.
 */
function battleDeathsThisYear(world: World): number {
  return lastTicks(world.series.values['battle-deaths'], world.series.length, ticksPerYear(world.scenario) - 1) + world.flow.battleDeaths;
}

/** The sum of the last n recorded ticks; 0 for n = 0 (recentSum reads a window of 0 as all). */
function lastTicks(values: Float64Array, length: number, n: number): number {
  return n > 0 ? recentSum(values, length, n) : 0;
}

function maxDiscrimination(world: World): number {
  let m = 0;
  for (let g = 0; g < world.groups; g++) m = Math.max(m, world.discrimination[g]);
  return m;
}

export function stageIndex(stage: Stage): number {
  return STAGE_INDEX[stage];
}
