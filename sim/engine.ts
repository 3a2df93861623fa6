/**
 * The tick loop: the fixed order of phases, nothing else. Each phase's rules live in their
 * own module (MODEL.md sections 3 to 5).
 */
import { updateElite } from './actors/elite.js';
import { updateExternal } from './actors/external.js';
import { stepRebels, refreshCounts } from './actors/rebels.js';
import { record } from './events.js';
import { resetPressure } from './instruments/pressure.js';
import { updateApplications } from './instruments/schedule.js';
import { outcome, type RunOutcome } from './outcomes.js';
import { prepareTickContext } from './population/context.js';
import { syncKeepers } from './population/forces.js';
import { census, stepPopulation } from './population/step.js';
import { recordTick } from './record.js';
import { applyShocks } from './shocks.js';
import { classifyStage } from './stages.js';
import type { World } from './world.js';
import { createWorld } from './world.js';
import type { Scenario } from '../scenarios/schema.js';

/** Records the initial state as tick 0. Called once by `createWorld`'s users before stepping. */
export function start(world: World): void {
  const jailed = census(world);
  world.stage = classifyStage(world);
  recordTick(world, jailed);
}

/** Advances the world by one tick. */
export function step(world: World): void {
  world.tick++;
  const flow = world.flow;
  flow.civilianDeaths = 0;
  flow.battleDeaths = 0;
  flow.displaced = 0;
  flow.arrests = 0;
  flow.collateral = 0;
  flow.cost = 0;
  resetPressure(world.pressure);

  applyShocks(world);
  if (world.beforeInstruments !== null) world.beforeInstruments(world);
  updateApplications(world);
  updateExternal(world);
  if (world.elite.enabled) updateElite(world);
  syncKeepers(world, world.pressure.keepers, world.rng.deployment);
  prepareTickContext(world, world.ctx);
  stepPopulation(world, world.ctx);
  if (world.elite.enabled) stepRebels(world);
  else refreshCounts(world);
  const jailed = census(world);

  world.stage = classifyStage(world);
  const { armedConflict, massAtrocity } = world.reached;
  recordTick(world, jailed);
  if (armedConflict < 0 && world.reached.armedConflict >= 0) record(world.events, world.tick, 'armed-conflict-onset', '');
  if (massAtrocity < 0 && world.reached.massAtrocity >= 0) record(world.events, world.tick, 'mass-atrocity-onset', '');
}

/** Runs a scenario under a strategy from a seed to its horizon (or `ticks`) and returns the outcome. */
export function run(scenario: Scenario, strategy: string, seed: number | string, ticks?: number): { world: World; outcome: RunOutcome } {
  const world = createWorld(scenario, strategy, seed);
  start(world);
  const horizon = Math.min(ticks ?? scenario.horizon, scenario.horizon);
  while (world.tick < horizon) step(world);
  return { world, outcome: outcome(world) };
}
