/**
 * Batch throughput: runs per second of the default scenario (all three strategies per run) with
 * 1 and 2 worker threads, the speed-up, and peak resident memory. Writes
 * bench/results/batch.json. Run it from the built tree: node dist/bench/batch.js [--runs N].
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../analysis/batch/run-batch.js';
import { loadScenarioFile } from '../cli/load-scenario.js';
import { machineInfo } from './machine.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function benchBatch(runs: number) {
  const scenarioPath = join(root, 'scenarios/fragile-state.yaml');
  const scenario = loadScenarioFile(scenarioPath);
  const strategies = Object.keys(scenario.strategies);
  const results: { workers: number; runs: number; seconds: number; runsPerSecond: number }[] = [];
  for (const workers of [1, 2]) {
    const out = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
    const t0 = performance.now();
    await runBatch({ scenario, scenarioPath, strategies, runs, seed: 1, workers, out, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
    const seconds = (performance.now() - t0) / 1000;
    results.push({ workers, runs, seconds, runsPerSecond: runs / seconds });
  }
  const speedUp = results[1].runsPerSecond / results[0].runsPerSecond;
  const machine = machineInfo();
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(`batch benchmark (fragile-state, ${strategies.length} strategies per run) on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  for (const r of results) console.log(`  ${r.workers} worker(s): ${r.runs} runs in ${r.seconds.toFixed(1)} s = ${r.runsPerSecond.toFixed(2)} runs/s`);
  console.log(`  speed-up with 2 workers: ${speedUp.toFixed(2)}; peak resident memory of the main process: ${peakRssMiB.toFixed(0)} MiB`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/batch.json'), JSON.stringify({ machine, results, speedUp, peakRssMiB }, null, 2) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--runs');
  await benchBatch(i > 0 ? Number(process.argv[i + 1]) : 100);
}
