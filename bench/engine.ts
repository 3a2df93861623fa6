/**
 * Engine throughput: citizen-updates per second for Epstein's Model I at its published size
 * (40x40, density 0.7, vision 7) and for the bundled default scenario with its elites, rebels
 * and outsiders. Prints a table and writes bench/results/engine.json. Not a test: figures
 * depend on the machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadScenarioFile } from '../cli/load-scenario.js';
import { createWorld, run, start, step } from '../sim/index.js';
import { machineInfo } from './machine.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const here = (p: string) => join(root, p);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Steps per second of one long Epstein Model I run, after a warm-up. */
function epsteinModelI(steps: number, repetitions: number) {
  const scenario = loadScenarioFile(here('scenarios/classic/epstein-1.yaml'));
  scenario.horizon = steps + 100;
  const rates: number[] = [];
  let citizens = 0;
  for (let r = 0; r < repetitions + 1; r++) {
    const world = createWorld(scenario, 'none', 1000 + r);
    start(world);
    for (let t = 0; t < 100; t++) step(world);
    citizens = world.pop.n;
    const t0 = performance.now();
    for (let t = 0; t < steps; t++) step(world);
    const seconds = (performance.now() - t0) / 1000;
    if (r > 0) rates.push(steps / seconds); // the first repetition warms up the JIT
  }
  const stepsPerSecond = median(rates);
  return { name: 'Epstein Model I, 40x40, vision 7', citizens, stepsPerSecond, citizenUpdatesPerSecond: stepsPerSecond * citizens };
}

/** Citizen-updates per second over whole runs of the default scenario, one core. */
function defaultScenario(runs: number) {
  const scenario = loadScenarioFile(here('scenarios/fragile-state.yaml'));
  run(scenario, 'none', 0); // warm-up
  let updates = 0;
  const t0 = performance.now();
  for (let seed = 1; seed <= runs; seed++) {
    const { world } = run(scenario, 'none', seed);
    updates += world.pop.n * world.tick;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { name: 'fragile-state (default), strategy none', runsPerSecond: runs / seconds, citizenUpdatesPerSecond: updates / seconds };
}

export function benchEngine(quick = false) {
  const results = [epsteinModelI(quick ? 200 : 1000, quick ? 2 : 5), defaultScenario(quick ? 5 : 30)];
  const machine = machineInfo();
  console.log(`engine benchmark on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, commit ${machine.commit}`);
  for (const r of results) {
    const parts = Object.entries(r)
      .filter(([k]) => k !== 'name')
      .map(([k, v]) => `${k} ${typeof v === 'number' ? (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2)) : v}`);
    console.log(`  ${r.name}: ${parts.join(', ')}`);
  }
  mkdirSync(here('bench/results'), { recursive: true });
  writeFileSync(here('bench/results/engine.json'), JSON.stringify({ machine, results }, null, 2) + '\n');
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) benchEngine(process.argv.includes('--quick'));
