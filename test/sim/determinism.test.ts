import { describe, expect, it } from 'vitest';
import { createWorld, run, start, step } from '../../sim/index.js';
import { scenario } from '../helpers/scenarios.js';

const small = () =>
  scenario('scenarios/fragile-state.yaml', (s) => {
    s.population.grid = 24;
    s.horizon = 60;
  });

describe('determinism and common random numbers', () => {
  it('gives the same outcome and series for the same seed, and a different one for another seed', () => {
    const s = small();
    const a = run(s, 'none', 7);
    const b = run(s, 'none', 7);
    const c = run(s, 'none', 8);
    expect(JSON.stringify(a.outcome)).toBe(JSON.stringify(b.outcome));
    for (const name of a.world.series.names) expect(Array.from(a.world.series.values[name])).toEqual(Array.from(b.world.series.values[name]));
    expect(Array.from(c.world.series.values.hostility)).not.toEqual(Array.from(a.world.series.values.hostility));
  });

  it('leaves the population stream untouched by the instruments a strategy adds', () => {
    const s = small();
    const none = createWorld(s, 'none', 11);
    const early = createWorld(s, 'early', 11);
    // The initial population is drawn before any instrument exists: identical.
    for (const key of ['group', 'hardship', 'risk', 'hostility', 'cell', 'state'] as const) {
      expect(Array.from(early.pop[key])).toEqual(Array.from(none.pop[key]));
    }
    expect(Array.from(early.occupant)).toEqual(Array.from(none.occupant));
    // Record the population stream's draws during the first tick under both strategies.
    const tap = (w: typeof none) => {
      const draws: number[] = [];
      const inner = w.rng.population;
      w.rng.population = Object.assign(() => {
        const x = inner();
        draws.push(x);
        return x;
      }, { state: () => inner.state() });
      return draws;
    };
    const drawsNone = tap(none);
    const drawsEarly = tap(early);
    start(none);
    start(early);
    step(none);
    step(early);
    expect(drawsNone.length).toBeGreaterThan(s.population.grid ** 2 * 0.5);
    expect(drawsEarly).toEqual(drawsNone);
    expect(early.apps.length).toBeGreaterThan(0);
    expect(early.apps.every((a) => a.status === 'active')).toBe(true);
  });

  it('keeps the elite and rebel streams independent of the population stream', () => {
    const s = small();
    const w1 = createWorld(s, 'none', 3);
    const w2 = createWorld(s, 'none', 3);
    // Use the population stream more in one world: the other streams must not move.
    for (let i = 0; i < 1000; i++) w2.rng.population();
    expect(w1.rng.elite()).toBe(w2.rng.elite());
    expect(w1.rng.rebels()).toBe(w2.rng.rebels());
    expect(w1.rng.events()).toBe(w2.rng.events());
  });
});
