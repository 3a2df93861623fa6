/**
 * Batch throughput and memory (the Monte Carlo and performance issues):
 * 1. runs per second of the default scenario (all three strategies per run) with 1 and 2 worker
 *    threads, and the speed-up;
 * 2. the wall time of a 1,000-run, 3-strategy batch of the default scenario on every core;
 * 3. peak resident memory of a whole batch process (workers included) for 1,000 and 10,000
 *    runs, each in its own process. To keep this affordable the memory batches use the default
 *    scenario on a 16x16 grid: the same horizon, strategies and output per run (what a batch
 *    holds is per run, not per citizen), at a fraction of the time.
 * Writes bench/results/batch.json. `--quick` for a short try (not for figures).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../analysis/batch/run-batch.js';
import { loadScenarioFile } from '../cli/load-scenario.js';
import { here, load } from './engine.js';
import { machineInfo } from './machine.js';

async function timedBatch(runs: number, workers: number) {
  const scenarioPath = here('scenarios/fragile-state.yaml');
  const scenario = loadScenarioFile(scenarioPath);
  const out = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
  const t0 = performance.now();
  // When the first and the last run came back: between them the workers only run (no start-up,
  // no statistics at the end), which shows how much of the speed-up the fixed costs take.
  let first = NaN;
  let last = NaN;
  const onProgress = () => {
    last = performance.now();
    if (Number.isNaN(first)) first = last;
  };
  await runBatch({ scenario, scenarioPath, strategies: Object.keys(scenario.strategies), runs, seed: 1, workers, out, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none', onProgress });
  const end = performance.now();
  const seconds = (end - t0) / 1000;
  rmSync(out, { recursive: true, force: true });
  return {
    workers, runs, seconds, runsPerSecond: runs / seconds,
    startSeconds: (first - t0) / 1000, finishSeconds: (end - last) / 1000, steadyRunsPerSecond: (runs - 1) / ((last - first) / 1000),
  };
}

function memoryBatch(runs: number, workers: number) {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-memory-'));
  const scenarioPath = join(dir, 'fragile-state-16.yaml');
  writeFileSync(scenarioPath, readFileSync(here('scenarios/fragile-state.yaml'), 'utf8').replace(/grid: \d+/, 'grid: 16'));
  const text = execFileSync(process.execPath, [here('dist/bench/batch-memory-child.js'), scenarioPath, String(runs), String(workers), join(dir, 'out')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return JSON.parse(text.trim().split('\n').pop()!) as { runs: number; seconds: number; peakRssMiB: number };
}

export async function benchBatch(quick = false) {
  const machine = machineInfo();
  const loadBefore = load();
  const cores = availableParallelism();
  console.log(`batch benchmark (fragile-state, 3 strategies per run) on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, commit ${machine.commit}, calibration ${machine.calibration} M/s, load ${loadBefore.join(' ')}`);
  const runs = quick ? 20 : 200;
  const throughput = [await timedBatch(runs, 1), await timedBatch(runs, 2)];
  const speedUp = throughput[1].runsPerSecond / throughput[0].runsPerSecond;
  for (const r of throughput) {
    console.log(`  ${r.workers} worker(s): ${r.runs} runs in ${r.seconds.toFixed(1)} s = ${r.runsPerSecond.toFixed(2)} runs/s (first run back after ${r.startSeconds.toFixed(2)} s, statistics and files ${r.finishSeconds.toFixed(2)} s after the last; between them ${r.steadyRunsPerSecond.toFixed(2)} runs/s)`);
  }
  console.log(`  speed-up with 2 workers: ${speedUp.toFixed(2)} (target at least 1.8); between first and last run back: ${(throughput[1].steadyRunsPerSecond / throughput[0].steadyRunsPerSecond).toFixed(2)}`);
  const thousand = quick ? null : await timedBatch(1000, cores);
  if (thousand) console.log(`  1,000-run batch on ${cores} workers: ${thousand.seconds.toFixed(1)} s (target under 60 s)`);
  const memory = quick ? [memoryBatch(100, cores), memoryBatch(1000, cores)] : [memoryBatch(1000, cores), memoryBatch(10000, cores)];
  for (const m of memory) console.log(`  memory: ${m.runs.toLocaleString('en-US')} runs (16x16 grid) peak resident ${m.peakRssMiB.toFixed(0)} MiB, ${m.seconds.toFixed(1)} s`);
  const memoryRatio = memory[1].peakRssMiB / memory[0].peakRssMiB;
  console.log(`  memory ratio ${memory[1].runs} / ${memory[0].runs} runs: ${memoryRatio.toFixed(2)} (target at most 1.5)`);
  const loadAfter = load();
  console.log(`  load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')} (1, 5, 15 min)`);
  const result = { machine, load: { before: loadBefore, after: loadAfter }, throughput, speedUp, thousand, memory, memoryRatio };
  if (!quick) {
    mkdirSync(here('bench/results'), { recursive: true });
    writeFileSync(here('bench/results/batch.json'), JSON.stringify(result, null, 2) + '\n');
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchBatch(process.argv.includes('--quick'));
