/**
 * One batch in its own process, for bench/batch.ts's memory figure: prints the process's peak
 * resident memory (worker threads included: they live in this process) as JSON.
 *   node dist/bench/batch-memory-child.js <scenario.yaml> <runs> <workers> <out>
 */
import { runBatch } from '../analysis/batch/run-batch.js';
import { loadScenarioFile } from '../cli/load-scenario.js';

const [scenarioPath, runs, workers, out] = process.argv.slice(2);
const scenario = loadScenarioFile(scenarioPath);
const t0 = performance.now();
await runBatch({
  scenario, scenarioPath, strategies: Object.keys(scenario.strategies), runs: Number(runs), seed: 1, workers: Number(workers),
  out, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none',
});
process.stdout.write(JSON.stringify({ runs: Number(runs), seconds: (performance.now() - t0) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
