/** Loads bundled scenarios for tests, with optional overrides for a smaller, faster world. */
import { loadScenarioFile } from '../../cli/load-scenario.js';
import type { Scenario } from '../../scenarios/schema.js';

export function scenario(path: string, patch: (s: Scenario) => void = () => {}): Scenario {
  const s = loadScenarioFile(path);
  patch(s);
  return s;
}

/** Ticks of runs of length >= `min` ticks where `values` stays at or under `level`. */
export function spells(values: ArrayLike<number>, length: number, level: number): number[] {
  const out: number[] = [];
  let run = 0;
  for (let t = 0; t < length; t++) {
    if (values[t] <= level) run++;
    else {
      if (run > 0) out.push(run);
      run = 0;
    }
  }
  if (run > 0) out.push(run);
  return out;
}
