/**
 * The incremental neighbourhood counts (sim/population/counts.ts) equal a plain scan of every
 * site in vision, at every site, after every tick and at random turns within ticks, on many
 * random grids: all three neighbourhood shapes, several visions, with security forces,
 * peacekeepers, killing, jailing, displacement, cloning and deaths of old age, cop-density shocks,
 * and neighbour tables both built in full and computed on the fly (acceptance check 2 of the
 * performance issue). Also: the helpers the counts rest on (symmetric offsets, row runs,
 * table-free neighbours), the table-free arrest probability, and the law of a rejection-sampled
 * move.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, start, step, type World } from '../../sim/index.js';
import { neighbourAt, neighbourBase, neighbourhoodOffsets, neighbours, neighbourTable, torus } from '../../sim/grid.js';
import { stream, type Random } from '../../sim/rng.js';
import { arrestChance, arrestProbability } from '../../sim/population/citizen.js';
import { createTickContext } from '../../sim/population/context.js';
import { verifyCounts } from '../../sim/population/counts.js';
import { freeSiteNear } from '../../sim/population/moves.js';
import { EMPTY } from '../../sim/world.js';
import { ARREST_ROUNDINGS, NEIGHBOURHOODS, type Neighbourhood } from '../../sim/vocabulary.js';
import type { Scenario } from '../../scenarios/schema.js';
import { scenario } from '../helpers/scenarios.js';

const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

describe('neighbourhood geometry', () => {
  it('gives symmetric offsets, centred row runs and table-free neighbours equal to the table, for every shape', () => {
    for (const shape of NEIGHBOURHOODS) {
      for (const radius of [1, 1.5, 1.7, 2, 3, 4.5, 7, 12]) {
        for (const side of [5, 6, 9, 16, 31]) {
          const offsets = neighbourhoodOffsets(shape, radius, side);
          const key = (x: number, y: number) => `${x},${y}`;
          const set = new Set(Array.from(offsets.dx, (x, k) => key(x, offsets.dy[k])));
          expect(set.size).toBe(offsets.size);
          // Symmetric, and short enough that no two offsets reach the same site of the torus.
          let asymmetric = 0;
          let tooLong = 0;
          for (let k = 0; k < offsets.size; k++) {
            if (!set.has(key(-offsets.dx[k], -offsets.dy[k]))) asymmetric++;
            if (2 * Math.abs(offsets.dx[k]) >= side || 2 * Math.abs(offsets.dy[k]) >= side) tooLong++;
          }
          expect(asymmetric).toBe(0);
          expect(tooLong).toBe(0);
          const grid = torus(side);
          const full = neighbours(grid, offsets);
          const onTheFly = neighbours(grid, offsets, 0);
          expect(full.full).toBe(true);
          expect(onTheFly.full).toBe(false);
          // The row runs cover exactly the offsets.
          expect(full.rows).toBeGreaterThan(0);
          const fromRuns = new Set<string>();
          for (let q = 0; q < full.rows; q++) {
            for (let x = -full.rowHalf[q]; x <= full.rowHalf[q]; x++) if (x !== 0 || full.rowDy[q] !== 0) fromRuns.add(key(x, full.rowDy[q]));
          }
          expect([...fromRuns].sort()).toEqual([...set].sort());
          // Table-free neighbours (by arithmetic, and on the fly) equal the table's.
          const table = neighbourTable(side, offsets);
          const byArithmetic = new Int32Array(table.length);
          const byBuffer = new Int32Array(table.length);
          for (let c = 0; c < side * side; c++) {
            const base = neighbourBase(onTheFly, c);
            for (let k = 0; k < offsets.size; k++) {
              byArithmetic[c * offsets.size + k] = neighbourAt(full, c, k);
              byBuffer[c * offsets.size + k] = onTheFly.table[base + k];
            }
          }
          let differences = 0;
          for (let j = 0; j < table.length; j++) if (byArithmetic[j] !== table[j] || byBuffer[j] !== table[j]) differences++;
          expect(differences).toBe(0);
        }
      }
    }
  });
});

describe('arrest probability', () => {
  it('is the same from the table as from the formula, halves included', () => {
    for (const rounding of ARREST_ROUNDINGS) {
      for (const k of [0, 0.5, 2.3, 7]) {
        const ctx = createTickContext(1, k, rounding, 40);
        for (let cops = 0; cops <= 60; cops++) {
          for (const strength of [1, 1.25, 1.5, 2]) {
            for (let actives = 0; actives <= 30; actives++) {
              expect(arrestChance(ctx, cops * strength, actives)).toBe(arrestProbability(k, cops * strength, actives, rounding));
            }
          }
        }
      }
    }
  });
});

/** A random variant of one of the bundled scenarios, small enough to scan often. */
function randomCase(random: Random): { s: Scenario; strategy: string; ticks: number; label: string } {
  const files = [
    ['scenarios/classic/epstein-1.yaml', ['none']],
    ['scenarios/classic/epstein-2.yaml', ['none', 'few', 'peacekeepers']],
    ['scenarios/fragile-state.yaml', ['none', 'early', 'late']],
  ] as const;
  const [file, strategies] = pick(random, files);
  const strategy = pick(random, strategies);
  const shape: Neighbourhood = pick(random, NEIGHBOURHOODS);
  const s = scenario(file, (x) => {
    const p = x.population;
    p.grid = 7 + Math.floor(random() * 22);
    p.neighbourhood = shape;
    p.vision = pick(random, [1, 1.7, 2, 3, 5, 7, 8.5]);
    p['cop-vision'] = random() < 0.5 ? p.vision : pick(random, [1, 2, 4, 7]);
    p.density = 0.3 + 0.6 * random();
    p['cop-density'] = pick(random, [0, 0.02, 0.04, 0.074, 0.12]);
    p['max-jail'] = pick(random, [3, 15, 30, 1000] as const);
    p['arrest-rounding'] = pick(random, ARREST_ROUNDINGS);
    p.movement = random() < 0.85;
    if (random() < 0.3) p['inter-group-violence'] = true;
    if (random() < 0.3) {
      p.cloning = 0.05;
      p['max-age'] = 30 + Math.floor(random() * 100);
    }
    // Legitimacy low enough for outbursts, and shocks that add and withdraw security forces.
    for (const g of x.groups) g.legitimacy = 0.55 + 0.35 * random();
    if (random() < 0.4) {
      x.shocks.push({ at: 5, kind: 'cops', value: 0.1, exclusionary: 0.8 });
      x.shocks.push({ at: 12, kind: 'cops', 'per-tick': -0.01, until: 0.01, exclusionary: 0.8 });
    }
    x.horizon = 70;
  });
  const label = `${file} ${strategy} grid ${s.population.grid} ${shape} vision ${s.population.vision}/${s.population['cop-vision']} cops ${s.population['cop-density']}`;
  return { s, strategy, ticks: 60, label };
}

/** Runs a world, checking the counts after every tick and at random turns within ticks. */
function checkRun(world: World, ticks: number, random: Random, turnChance: number): { problem: string | null; checks: number } {
  let problem: string | null = null;
  let checks = 0;
  world.onTurn = (w) => {
    if (problem === null && random() < turnChance) {
      checks++;
      problem = verifyCounts(w);
      if (problem) problem = `within a tick: ${problem}`;
    }
  };
  start(world);
  problem ??= verifyCounts(world);
  for (let t = 0; t < ticks && problem === null; t++) {
    step(world);
    checks++;
    problem = verifyCounts(world);
  }
  return { problem, checks };
}

describe('incremental neighbourhood counts', () => {
  it('equal a plain scan at every site, after every tick and within ticks, on random grids and scenarios', () => {
    const random = stream(6, 'neighbourhood-counts test');
    const problems: string[] = [];
    let checks = 0;
    let activeTicks = 0;
    let keeperTicks = 0;
    let jailTicks = 0;
    let deaths = 0;
    for (let n = 0; n < 48; n++) {
      const { s, strategy, ticks, label } = randomCase(random);
      // Every fourth world computes its neighbourhoods on the fly, as on a very large grid.
      const world = createWorld(s, strategy, n, n % 4 === 3 ? { tableBudgetBytes: 0 } : {});
      const r = checkRun(world, ticks, random, 0.01);
      checks += r.checks;
      if (r.problem) problems.push(`${label}${n % 4 === 3 ? ' (on the fly)' : ''}: ${r.problem}`);
      const v = world.series.values;
      for (let t = 0; t < world.series.length; t++) {
        if (v.actives[t] > 0) activeTicks++;
        if (v.peacekeepers[t] > 0) keeperTicks++;
        if (v.jailed[t] > 0) jailTicks++;
      }
      deaths += world.totals.civilianDeaths;
    }
    expect(problems).toEqual([]);
    // The cases exercised what the counts track: actives, arrests, peacekeepers, killing.
    console.log(`${checks} checks; ticks with actives ${activeTicks}, with people in jail ${jailTicks}, with peacekeepers ${keeperTicks}; civilian deaths ${deaths}`);
    expect(checks).toBeGreaterThan(48 * 60);
    expect(activeTicks).toBeGreaterThan(200);
    expect(jailTicks).toBeGreaterThan(200);
    expect(keeperTicks).toBeGreaterThan(20);
    expect(deaths).toBeGreaterThan(0);
  });

  it('hold at every turn of every tick on the three bundled scenarios', () => {
    const cases: [string, string, (s: Scenario) => void][] = [
      ['scenarios/classic/epstein-1.yaml', 'none', (s) => ((s.population.grid = 14), (s.groups[0].legitimacy = 0.75))],
      ['scenarios/classic/epstein-2.yaml', 'few', (s) => ((s.population.grid = 16), (s.population.neighbourhood = 'disc'))],
      ['scenarios/fragile-state.yaml', 'early', (s) => (s.population.grid = 14)],
    ];
    for (const [file, strategy, patch] of cases) {
      const s = scenario(file, (x) => {
        patch(x);
        x.horizon = 80;
      });
      const { problem, checks } = checkRun(createWorld(s, strategy, 3), 80, () => 0, 1);
      expect(problem, file).toBeNull();
      expect(checks).toBeGreaterThan(80 * 40);
    }
  });

  it('give the same run with tables in full and computed on the fly', () => {
    for (const [file, strategy] of [
      ['scenarios/classic/epstein-1.yaml', 'none'],
      ['scenarios/fragile-state.yaml', 'early'],
    ] as const) {
      const s = scenario(file, (x) => {
        x.population.grid = 24;
        x.horizon = 60;
      });
      const a = createWorld(s, strategy, 5);
      const b = createWorld(s, strategy, 5, { tableBudgetBytes: 0 });
      expect(b.vision.full).toBe(false);
      start(a);
      start(b);
      for (let t = 0; t < 60; t++) {
        step(a);
        step(b);
      }
      for (const name of a.series.names) expect(Array.from(b.series.values[name]), name).toEqual(Array.from(a.series.values[name]));
      expect(Array.from(b.occupant)).toEqual(Array.from(a.occupant));
    }
  });
});

describe('rejection-sampled moves', () => {
  it('draw every free site in vision equally often and never an occupied one', () => {
    const s = scenario('scenarios/classic/epstein-1.yaml', (x) => (x.population.grid = 20));
    const world = createWorld(s, 'none', 9);
    const cell = 210;
    const nb = world.vision;
    const base = neighbourBase(nb, cell);
    const free = new Map<number, number>();
    for (let k = 0; k < nb.size; k++) if (world.occupant[nb.table[base + k]] === EMPTY) free.set(nb.table[base + k], 0);
    expect(free.size).toBeGreaterThan(10);
    const draws = 200_000;
    for (let d = 0; d < draws; d++) {
      const c = freeSiteNear(world, nb, cell);
      expect(free.has(c)).toBe(true);
      free.set(c, free.get(c)! + 1);
    }
    // Chi-square against the uniform law (df = free sites - 1; 99.9% quantile bound).
    const expected = draws / free.size;
    let chi2 = 0;
    for (const n of free.values()) chi2 += (n - expected) ** 2 / expected;
    const df = free.size - 1;
    expect(chi2).toBeLessThan(df + 4.5 * Math.sqrt(2 * df));
  });

  it('find the only free site through the scan when draws keep missing, and EMPTY when none is free', () => {
    const s = scenario('scenarios/classic/epstein-1.yaml', (x) => (x.population.grid = 20));
    const world = createWorld(s, 'none', 9);
    const cell = 210;
    const nb = world.vision;
    const base = neighbourBase(nb, cell);
    const saved = Int32Array.from(world.occupant);
    for (let k = 0; k < nb.size; k++) world.occupant[nb.table[base + k]] = 0;
    expect(freeSiteNear(world, nb, cell)).toBe(EMPTY);
    const only = nb.table[base + 17];
    world.occupant[only] = EMPTY;
    for (let d = 0; d < 200; d++) expect(freeSiteNear(world, nb, cell)).toBe(only);
    world.occupant.set(saved);
  });
});
