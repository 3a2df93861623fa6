/**
 * Running worlds for the validation's measurements: scenario variants without touching the
 * loaded file, and a step loop that lets a measurement look at the world after every tick
 * (and stop early, as when one group of Epstein's Model II is wiped out).
 */
import { loadScenarioFile } from '../../cli/load-scenario.js';
import type { Scenario } from '../../scenarios/schema.js';
import { createWorld, start, step, type World } from '../../sim/index.js';

/** A validated scenario from a file, changed by `patch` (a deep copy: the file's object is not touched). */
export function scenarioFrom(path: string, patch: (s: Scenario) => void = () => {}): Scenario {
  return variant(loadScenarioFile(path), patch);
}

export function variant(base: Scenario, patch: (s: Scenario) => void): Scenario {
  const s = structuredClone(base);
  patch(s);
  return s;
}

/**
 * Runs a world to its horizon (or `ticks`), calling `after` after tick 0 and every step; `after`
 * returning true stops the run there.
 */
export function simulate(scenario: Scenario, strategy: string, seed: number, after: (world: World) => boolean | void = () => {}, ticks = scenario.horizon): World {
  const world = createWorld(scenario, strategy, seed);
  start(world);
  if (after(world) === true) return world;
  const horizon = Math.min(ticks, scenario.horizon);
  while (world.tick < horizon) {
    step(world);
    if (after(world) === true) break;
  }
  return world;
}

/** The first `length` values of a recorded series, as a plain array (for messages between threads). */
export function seriesOf(world: World, name: string): number[] {
  const values = world.series.values[name];
  if (!values) throw new Error(`no series "${name}"`);
  return Array.from(values.subarray(0, world.series.length));
}
