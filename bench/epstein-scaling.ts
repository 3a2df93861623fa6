/**
 * How the cost of Epstein's Model I grows with the number of agents: Mesa's example parameters
 * at 1x, 4x and 16x the classic area (40x40, 80x80, 160x160; the same densities and vision), each
 * the median of several runs after a warm-up, and the exponent b of cost per step ~ agents^b
 * fitted by least squares on the logarithms (b = 1 is linear; the target is below 1.1). Prints a
 * table and writes bench/results/epstein-scaling.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './machine.js';
import { here, load, mesaScenario, modelI, printResult, type ModelIResult } from './engine.js';

/** Least-squares slope of log(y) on log(x). */
export function logLogSlope(x: number[], y: number[]): number {
  const lx = x.map(Math.log);
  const ly = y.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < lx.length; i++) {
    sxy += (lx[i] - mx) * (ly[i] - my);
    sxx += (lx[i] - mx) ** 2;
  }
  return sxy / sxx;
}

export function benchScaling(quick = false) {
  const machine = machineInfo();
  const loadBefore = load();
  console.log(`Epstein Model I scaling (Mesa's parameters) on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, commit ${machine.commit}, calibration ${machine.calibration} M/s, load ${loadBefore.join(' ')}`);
  const steps = quick ? 200 : 1000;
  const reps = quick ? 2 : 5;
  const results: (ModelIResult & { area: number; microsecondsPerStep: number; nanosecondsPerAgentUpdate: number })[] = [];
  for (const [grid, area] of [
    [40, 1],
    [80, 4],
    [160, 16],
  ] as const) {
    const s = mesaScenario();
    s.population.grid = grid;
    const r = modelI(`Model I ${grid}x${grid} (${area}x area)`, s, steps, reps);
    const agents = r.citizens + r.cops;
    const row = { ...r, area, microsecondsPerStep: 1e6 / r.stepsPerSecond, nanosecondsPerAgentUpdate: 1e9 / r.stepsPerSecond / agents };
    results.push(row);
    printResult(row as unknown as Record<string, unknown>);
  }
  const exponent = logLogSlope(
    results.map((r) => r.citizens + r.cops),
    results.map((r) => r.microsecondsPerStep),
  );
  const loadAfter = load();
  console.log(`  cost per step grows as agents^${exponent.toFixed(3)} (1 is linear; target below 1.1)`);
  console.log(`  load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')} (1, 5, 15 min)`);
  if (!quick) {
    mkdirSync(here('bench/results'), { recursive: true });
    writeFileSync(here('bench/results/epstein-scaling.json'), JSON.stringify({ machine, load: { before: loadBefore, after: loadAfter }, exponent, results }, null, 2) + '\n');
  }
  return { exponent, results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) benchScaling(process.argv.includes('--quick'));
