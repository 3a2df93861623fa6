/**
 * Paired runs that share their common past. Every strategy of a run starts from the same seed
 * (common random numbers, MODEL.md section 7), and until one of its instruments leaves its
 * trigger's wait a strategy's world is, tick for tick, the world under any other strategy whose
 * instruments still wait too: same draws, same moves, same state. So the strategies of a run
 * need not each simulate that past. One world, the trunk, runs to the horizon; every other
 * strategy is watched on it, and at the first tick where it would act differently (one of its
 * own instruments would start, or one of the trunk's does) it takes a copy of the trunk as the
 * tick began and runs on alone. A strategy that never acts within the horizon ends as a copy of
 * the trunk's last state.
 *
 * The outcomes are those of separate runs, bit for bit (test/sim/twins.test.ts compares them on
 * every bundled scenario); only the work differs. In the default scenario, `late` waits for the
 * first killing, which comes in month 40 or so when it comes at all: about two thirds of its
 * months are shared with `none`.
 */
import { start, step } from './engine.js';
import { anyStarted, anyWouldStart, createApplications, type ApplicationState } from './instruments/schedule.js';
import { outcome, type RunOutcome } from './outcomes.js';
import type { Scenario } from '../scenarios/schema.js';
import { createWorld, type World } from './world.js';
import { copyWorldState, resumeStreams, streamStates, type StreamStates } from './world-state.js';

export interface TwinRun {
  strategy: string;
  world: World;
  outcome: RunOutcome;
}

interface Waiting {
  strategy: string;
  /** The strategy's applications, used only to ask whether one would start. */
  apps: ApplicationState[];
  /** Set by the probe when this strategy acts differently from the trunk in the current tick. */
  parts: boolean;
}

/**
 * Runs every strategy from one seed to the horizon; the same results, in the same order, as
 * `run(scenario, strategy, seed)` for each.
 */
export function runTwins(scenario: Scenario, strategies: readonly string[], seed: number | string): TwinRun[] {
  const unknown = strategies.find((s) => scenario.strategies[s] === undefined);
  if (unknown !== undefined) throw new Error(`unknown strategy "${unknown}"; the scenario has: ${Object.keys(scenario.strategies).join(', ')}`);
  const horizon = scenario.horizon;
  const trunkName = chooseTrunk(scenario, strategies);
  const trunk = createWorld(scenario, trunkName, seed);
  start(trunk);
  const results = new Map<string, World>([[trunkName, trunk]]);
  let waiting: Waiting[] = strategies
    .filter((s) => s !== trunkName)
    .map((s) => ({ strategy: s, apps: createApplications(scenario, scenario.strategies[s], seed), parts: false }));
  // The trunk as it stood at the start of the current tick, while some strategy still waits.
  let before: World | null = null;
  let beforeStreams: StreamStates | null = null;
  if (waiting.length > 0) {
    trunk.beforeInstruments = (world) => {
      for (const w of waiting) if (!w.parts && anyWouldStart(world, w.apps)) w.parts = true;
    };
    before = createWorld(scenario, trunkName, seed);
  }
  while (trunk.tick < horizon) {
    if (waiting.length > 0) {
      copyWorldState(before!, trunk);
      beforeStreams = streamStates(trunk);
    }
    step(trunk);
    if (waiting.length === 0) continue;
    const trunkActed = anyStarted(trunk.apps);
    const parting = waiting.filter((w) => w.parts || trunkActed);
    if (parting.length === 0) continue;
    for (const w of parting) results.set(w.strategy, runOn(scenario, w.strategy, seed, before!, beforeStreams!, horizon));
    waiting = waiting.filter((w) => !parting.includes(w));
  }
  // Strategies that never acted: their world is the trunk's.
  for (const w of waiting) results.set(w.strategy, runOn(scenario, w.strategy, seed, trunk, streamStates(trunk), horizon));
  trunk.beforeInstruments = null;
  return strategies.map((strategy) => {
    const world = results.get(strategy)!;
    return { strategy, world, outcome: outcome(world) };
  });
}

/** A world of `strategy` continuing from `from`'s state and streams, run to the horizon. */
function runOn(scenario: Scenario, strategy: string, seed: number | string, from: World, streams: StreamStates, horizon: number): World {
  const world = createWorld(scenario, strategy, seed);
  copyWorldState(world, from);
  resumeStreams(world, streams);
  while (world.tick < horizon) step(world);
  return world;
}

/**
 * The strategy to run in full: one without instruments if there is one (it acts last, if
 * ever: only outside powers' reactive policies can start there), else the first.
 */
function chooseTrunk(scenario: Scenario, strategies: readonly string[]): string {
  return strategies.find((s) => scenario.strategies[s].length === 0) ?? strategies[0];
}
