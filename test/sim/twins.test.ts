import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runBranches, runTwins, type World } from '../../sim/index.js';
import type { Scenario } from '../../scenarios/schema.js';
import { scenario } from '../helpers/scenarios.js';

/** Everything a run leaves behind that a table, chart or report reads. */
function fingerprint(world: World, outcome: unknown): string {
  const series = world.series.names.map((name) => Array.from(world.series.values[name].subarray(0, world.series.length)));
  return JSON.stringify([outcome, world.events, series, [...world.costByInstrument]]);
}

function expectSameAsSeparateRuns(s: Scenario, seed: number): void {
  const strategies = Object.keys(s.strategies);
  const twins = runTwins(s, strategies, seed);
  expect(twins.map((t) => t.strategy)).toEqual(strategies);
  for (const t of twins) {
    const alone = run(s, t.strategy, seed);
    expect(fingerprint(t.world, t.outcome), `${s.name}, ${t.strategy}, seed ${seed}`).toBe(fingerprint(alone.world, alone.outcome));
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : p.endsWith('.yaml') ? [p] : [];
  });
}

describe('twins: strategies sharing the months before they differ', () => {
  it('give every bundled scenario and strategy exactly the results of separate runs', () => {
    // On a smaller grid, so that every scenario's triggers fire at their own moments in a few seconds.
    for (const file of yamlFiles('scenarios')) {
      const s = scenario(file, (x) => {
        x.population.grid = Math.min(x.population.grid, 20);
      });
      for (const seed of [1, 2]) expectSameAsSeparateRuns(s, seed);
    }
  });

  it('give the default scenario at full size exactly the results of separate runs', () => {
    const s = scenario('scenarios/fragile-state.yaml');
    for (const seed of [3, 4]) expectSameAsSeparateRuns(s, seed);
  });

  it('part when the trunk acts first: outside powers reactive under "none"', () => {
    // "none" gives no task, so reactive outside powers mediate and deploy by their own policy;
    // "late" tasks them. Whichever acts first, the other must part at that tick.
    const s = scenario('scenarios/fragile-state.yaml', (x) => {
      x.population.grid = 24;
      for (const e of x.external) e.reactive = true;
    });
    for (const seed of [5, 6, 7]) expectSameAsSeparateRuns(s, seed);
  });

  it('refuse a strategy the scenario does not define, naming it and the ones it does', () => {
    const s = scenario('scenarios/fragile-state.yaml');
    expect(() => runTwins(s, ['none', 'sooner'], 1)).toThrow('unknown strategy "sooner"; the scenario has: none, early, late');
  });

  it('give a strategy that never acts the trunk\'s world, under its own name', () => {
    const s = scenario('scenarios/fragile-state.yaml', (x) => {
      x.population.grid = 20;
      x.strategies.never = [{ instrument: 'mediation', from: { tick: 10_000 }, delay: 0, intensity: 1, repeat: 0, by: 'un' }];
    });
    const [none, never] = runTwins(s, ['none', 'never'], 9);
    expect(never.outcome.strategy).toBe('never');
    expect(never.world).not.toBe(none.world);
    expect(fingerprint(never.world, { ...never.outcome, strategy: 'none' })).toBe(fingerprint(none.world, none.outcome));
    expectSameAsSeparateRuns(s, 9);
  });

  it('give a family of sweep points exactly the results of separate runs, the shared baseline played once', () => {
    // The points of a sweep over the month "early" starts: scenarios that differ only there.
    const base = scenario('scenarios/fragile-state.yaml', (x) => {
      x.population.grid = 24;
    });
    const at = (month: number): Scenario => ({
      ...base,
      strategies: { ...base.strategies, early: base.strategies.early.map((a) => ({ ...a, from: { tick: month } })) },
    });
    const points = [0, 6, 30, 200].map(at);
    const branches = points.flatMap((s) => ['none', 'early', 'late'].map((strategy) => ({ scenario: s, strategy })));
    for (const seed of [11, 12]) {
      const family = runBranches(branches, seed);
      expect(family.map((b) => [b.scenario, b.strategy])).toEqual(branches.map((b) => [b.scenario, b.strategy]));
      for (const b of family) {
        const alone = run(b.scenario, b.strategy, seed);
        expect(fingerprint(b.world, b.outcome), `${b.strategy} from ${JSON.stringify(b.scenario.strategies.early[0].from)}, seed ${seed}`).toBe(fingerprint(alone.world, alone.outcome));
      }
      // "none" and "late" are the same at every point: one world each, shared by the points.
      expect(new Set(family.filter((b) => b.strategy === 'none').map((b) => b.world)).size).toBe(1);
      expect(new Set(family.filter((b) => b.strategy === 'late').map((b) => b.world)).size).toBe(1);
      expect(new Set(family.filter((b) => b.strategy === 'early').map((b) => b.world)).size).toBe(points.length);
    }
  });

  it('refuse a family whose scenarios differ outside their strategies', () => {
    const a = scenario('scenarios/fragile-state.yaml');
    const b = scenario('scenarios/fragile-state.yaml', (x) => {
      x.population['cop-density'] = 0.05;
    });
    expect(() => runBranches([{ scenario: a, strategy: 'none' }, { scenario: b, strategy: 'none' }], 1)).toThrow('differ only in their strategies');
  });
});
