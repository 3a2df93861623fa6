/** Worlds for instrument tests: a small fragile state stepped into a tense, violent state. */
import { loadScenarioFile } from '../../cli/load-scenario.js';
import { createWorld, start, step, type World } from '../../sim/index.js';
import { resetPressure } from '../../sim/instruments/pressure.js';
import type { ApplicationState } from '../../sim/instruments/schedule.js';
import { stream } from '../../sim/rng.js';
import { applicationSchema, type Application, type Scenario } from '../../scenarios/schema.js';

export function smallFragileState(grid = 30): Scenario {
  const s = loadScenarioFile('scenarios/fragile-state.yaml');
  s.population.grid = grid;
  return s;
}

/** A scenario with one extra strategy `probe` made of the given applications. */
export function withProbe(s: Scenario, apps: Partial<Application>[]): Scenario {
  return { ...s, strategies: { ...s.strategies, probe: apps.map((a) => applicationSchema.parse(a)) } };
}

/** A world under `none`, stepped `ticks` ticks, with this tick's pressure cleared. */
export function steppedWorld(s: Scenario, seed: number, ticks: number): World {
  const w = createWorld(s, 'none', seed);
  start(w);
  for (let t = 0; t < ticks; t++) step(w);
  resetPressure(w.pressure);
  return w;
}

/** A stand-in application state: only its own random stream is read by instruments. */
export function fakeApp(name = 'probe'): ApplicationState {
  return { random: stream('test', name) } as unknown as ApplicationState;
}

export function meanHostility(w: World, group?: number): number {
  const { pop } = w;
  let s = 0;
  let n = 0;
  for (let i = 0; i < pop.n; i++) {
    if (pop.state[i] >= 4) continue; // displaced, dead
    if (group !== undefined && pop.group[i] !== group) continue;
    s += pop.hostility[i];
    n++;
  }
  return n ? s / n : 0;
}
