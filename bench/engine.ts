/**
 * Engine throughput on one core: Epstein's Model I at its published size, under the repository's
 * Model I scenario and under the exact parameters of Mesa's Epstein civil violence example (for
 * the side-by-side comparison), and whole runs of the bundled default scenario with its elites,
 * rebels and outsiders. Prints a table and writes bench/results/engine.json. Not a test:
 * figures depend on the machine and on its load, which is recorded with them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadScenarioFile } from '../cli/load-scenario.js';
import type { Scenario } from '../scenarios/schema.js';
import { createWorld, run, start, step } from '../sim/index.js';
import { machineInfo } from './machine.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const here = (p: string) => join(root, p);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The 1-, 5- and 15-minute load averages, rounded: other work on the machine slows the figures. */
export function load(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}

/** The repository's Model I scenario (Epstein 2002, Table 2, run 2). */
export function epsteinScenario(): Scenario {
  return loadScenarioFile(here('scenarios/classic/epstein-1.yaml'));
}

/**
 * Model I with exactly the parameters of Mesa's example (mesa-examples, epstein_civil_violence):
 * 40x40 torus, citizen density 0.7, cop density 0.074, vision 7 for both, legitimacy 0.8, max jail
 * term 1000, threshold 0.1, arrest constant 2.3, movement on, von Neumann neighbourhood, and
 * Python's round() of C/A. Hardship and risk are U(0,1) as in Mesa.
 */
export function mesaScenario(): Scenario {
  const s = epsteinScenario();
  s.name = "Mesa's Epstein civil violence example";
  Object.assign(s.population, {
    grid: 40,
    density: 0.7,
    'cop-density': 0.074,
    vision: 7,
    'cop-vision': 7,
    'max-jail': 1000,
    threshold: 0.1,
    'arrest-constant': 2.3,
    'arrest-rounding': 'round',
    movement: true,
    neighbourhood: 'von-neumann',
  });
  s.groups[0].legitimacy = 0.8;
  s.groups[0].hardship = 0.5;
  s.groups[0]['hardship-spread'] = 1;
  return s;
}

export interface ModelIResult {
  name: string;
  grid: number;
  citizens: number;
  cops: number;
  steps: number;
  repetitions: number;
  stepsPerSecond: number;
  citizenUpdatesPerSecond: number;
  /** Citizen and cop turns per second. */
  agentUpdatesPerSecond: number;
  /** Each repetition's steps per second, in order. */
  runs: number[];
}

/**
 * Steps per second over `steps` steps of Model I, median of `repetitions` runs (seeds 1001...)
 * after a warm-up run, each from a fresh world, timing the steps only (not the set-up).
 */
export function modelI(name: string, scenario: Scenario, steps: number, repetitions: number): ModelIResult {
  scenario.horizon = steps;
  const rates: number[] = [];
  let citizens = 0;
  let cops = 0;
  for (let r = 0; r <= repetitions; r++) {
    const world = createWorld(scenario, 'none', 1000 + r);
    start(world);
    citizens = world.pop.n;
    cops = world.forces.cops;
    const t0 = performance.now();
    for (let t = 0; t < steps; t++) step(world);
    const seconds = (performance.now() - t0) / 1000;
    if (r > 0) rates.push(steps / seconds); // the first run warms up the compiler
  }
  const stepsPerSecond = median(rates);
  return {
    name,
    grid: scenario.population.grid,
    citizens,
    cops,
    steps,
    repetitions,
    stepsPerSecond,
    citizenUpdatesPerSecond: stepsPerSecond * citizens,
    agentUpdatesPerSecond: stepsPerSecond * (citizens + cops),
    runs: rates.map((x) => Math.round(x)),
  };
}

/** Whole runs of the default scenario, one core: runs per second and citizen-updates per second. */
function defaultScenario(runs: number) {
  const scenario = loadScenarioFile(here('scenarios/fragile-state.yaml'));
  run(scenario, 'none', 0); // warm-up
  run(scenario, 'none', -1);
  let updates = 0;
  const t0 = performance.now();
  for (let seed = 1; seed <= runs; seed++) {
    const { world } = run(scenario, 'none', seed);
    updates += world.pop.n * world.tick;
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    name: 'fragile-state (default), strategy none',
    grid: scenario.population.grid,
    ticks: scenario.horizon,
    runs,
    runsPerSecond: runs / seconds,
    citizenUpdatesPerSecond: updates / seconds,
  };
}

export function format(v: unknown): string {
  if (typeof v !== 'number') return Array.isArray(v) ? `[${v.join(' ')}]` : String(v);
  return Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : Number.isInteger(v) ? String(v) : v.toFixed(2);
}

export function printResult(r: Record<string, unknown>): void {
  const parts = Object.entries(r)
    .filter(([k]) => k !== 'name')
    .map(([k, v]) => `${k} ${format(v)}`);
  console.log(`  ${String(r.name)}: ${parts.join(', ')}`);
}

export function benchEngine(quick = false) {
  const machine = machineInfo();
  const loadBefore = load();
  console.log(`engine benchmark on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, commit ${machine.commit}, calibration ${machine.calibration} M/s, load ${loadBefore.join(' ')}`);
  const steps = quick ? 200 : 1000;
  const reps = quick ? 2 : 5;
  const results = [
    modelI('Epstein Model I (epstein-1.yaml), 40x40, vision 7', epsteinScenario(), steps, reps),
    modelI("Epstein Model I, Mesa example's parameters", mesaScenario(), steps, reps),
    defaultScenario(quick ? 5 : 30),
  ] as const;
  for (const r of results) printResult(r as unknown as Record<string, unknown>);
  const loadAfter = load();
  console.log(`  load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')} (1, 5, 15 min)`);
  // A quick try is not a figure: it leaves the recorded results alone (as bench/batch.ts does).
  if (!quick) {
    mkdirSync(here('bench/results'), { recursive: true });
    writeFileSync(here('bench/results/engine.json'), JSON.stringify({ machine, load: { before: loadBefore, after: loadAfter }, results }, null, 2) + '\n');
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) benchEngine(process.argv.includes('--quick'));
