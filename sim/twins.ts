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

/** One member of a family of runs: a scenario and one of its strategies. */
export interface Branch {
  scenario: Scenario;
  strategy: string;
}

/** A branch's run. Branches with the same instruments share one world (read it, do not change it). */
export interface BranchRun extends TwinRun {
  scenario: Scenario;
}

/** A distinct list of instruments among the branches: the unit that is simulated. */
interface Plan {
  scenario: Scenario;
  strategy: string;
  /** Set by the probe when this plan acts differently from the trunk in the current tick. */
  parts: boolean;
  /** The plan's applications, used only to ask whether one would start. */
  apps: ApplicationState[];
}

/**
 * Runs every strategy from one seed to the horizon; the same results, in the same order, as
 * `run(scenario, strategy, seed)` for each.
 */
export function runTwins(scenario: Scenario, strategies: readonly string[], seed: number | string): TwinRun[] {
  return runBranches(strategies.map((strategy) => ({ scenario, strategy })), seed).map(({ strategy, world, outcome }) => ({ strategy, world, outcome }));
}

/**
 * Runs a family of branches from one seed: scenarios that differ at most in their strategies
 * (the points of a sweep over a start month, say), each under one strategy. The results are
 * those of `run(branch.scenario, branch.strategy, seed)` for each, in order, but the past the
 * branches share is played once, and branches whose instruments are the same (the baseline at
 * every point of a sweep, a strategy the sweep does not vary) are played once between them.
 * Throws when the scenarios differ elsewhere: their worlds would not share a past.
 */
export function runBranches(branches: readonly Branch[], seed: number | string): BranchRun[] {
  for (const b of branches) {
    if (b.scenario.strategies[b.strategy] === undefined) {
      throw new Error(`unknown strategy "${b.strategy}"; the scenario has: ${Object.keys(b.scenario.strategies).join(', ')}`);
    }
  }
  if (branches.length === 0) return [];
  if (!differOnlyInStrategies(branches.map((b) => b.scenario))) throw new Error('a family of runs needs scenarios that differ only in their strategies');
  // One plan per distinct list of instruments.
  const planOf = new Map<string, Plan>();
  const plans = branches.map((b) => {
    const key = JSON.stringify(b.scenario.strategies[b.strategy]);
    let plan = planOf.get(key);
    if (plan === undefined) {
      plan = { scenario: b.scenario, strategy: b.strategy, parts: false, apps: [] };
      planOf.set(key, plan);
    }
    return plan;
  });
  const worlds = playPlans([...planOf.values()], seed);
  return branches.map((b, i) => {
    const world = worlds.get(plans[i])!;
    return { scenario: b.scenario, strategy: b.strategy, world, outcome: { ...outcome(world), strategy: b.strategy } };
  });
}

/** Can these scenarios' runs share a past: are they equal but for their strategies? */
export function differOnlyInStrategies(scenarios: readonly Scenario[]): boolean {
  const distinct = [...new Set(scenarios)];
  if (distinct.length < 2) return true;
  const first = withoutStrategies(distinct[0]);
  return distinct.every((s, i) => i === 0 || withoutStrategies(s) === first);
}

/** The scenario as text, strategies left out: what must be equal for worlds to share a past. */
function withoutStrategies(scenario: Scenario): string {
  return JSON.stringify({ ...scenario, strategies: null });
}

/** Plays each plan to the horizon, the trunk in full and the others from where they part from it. */
function playPlans(plans: Plan[], seed: number | string): Map<Plan, World> {
  const trunkPlan = chooseTrunk(plans);
  const { scenario } = trunkPlan;
  const horizon = scenario.horizon;
  const trunk = createWorld(scenario, trunkPlan.strategy, seed);
  start(trunk);
  const results = new Map<Plan, World>([[trunkPlan, trunk]]);
  let waiting = plans.filter((p) => p !== trunkPlan);
  for (const p of waiting) p.apps = createApplications(p.scenario, p.scenario.strategies[p.strategy], seed);
  // The trunk as it stood at the start of the current tick, while some plan still waits.
  let before: World | null = null;
  let beforeStreams: StreamStates | null = null;
  if (waiting.length > 0) {
    trunk.beforeInstruments = (world) => {
      for (const w of waiting) if (!w.parts && anyWouldStart(world, w.apps)) w.parts = true;
    };
    before = createWorld(scenario, trunkPlan.strategy, seed);
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
    for (const w of parting) results.set(w, runOn(w.scenario, w.strategy, seed, before!, beforeStreams!, horizon));
    waiting = waiting.filter((w) => !parting.includes(w));
  }
  // Plans that never acted: their world is the trunk's.
  for (const w of waiting) results.set(w, runOn(w.scenario, w.strategy, seed, trunk, streamStates(trunk), horizon));
  trunk.beforeInstruments = null;
  return results;
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
 * The plan to run in full: one without instruments if there is one (it acts last, if ever:
 * only outside powers' reactive policies can start there), else the first.
 */
function chooseTrunk(plans: Plan[]): Plan {
  return plans.find((p) => p.scenario.strategies[p.strategy].length === 0) ?? plans[0];
}
