/**
 * `npm run bench`: every benchmark, one after the other, never part of `npm test`. Each prints a
 * table and writes its JSON to bench/results/.
 *   --quick              shorter versions (for trying the benchmarks, not for figures)
 *   --only a,b           engine, scaling, batch
 *   --check              compare with bench/results/baseline.json (throughputs scaled by the machines'
 *                        calibrations); exit 1 on a fall of more than 25%
 *   --update-baseline    write this run's figures to bench/results/baseline.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchBatch } from './batch.js';
import { checkFigures, checkTable, type Figure } from './check.js';
import { benchEngine, here } from './engine.js';
import { benchScaling } from './epstein-scaling.js';
import { machineInfo } from './machine.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : ['engine', 'scaling', 'batch'];
const figures: Figure[] = [];

if (only.includes('engine')) {
  const [model1, mesa, fragile] = benchEngine(quick);
  figures.push(
    { key: 'engine.model1.stepsPerSecond', value: model1.stepsPerSecond, better: 'higher' },
    { key: 'engine.mesaParameters.stepsPerSecond', value: mesa.stepsPerSecond, better: 'higher' },
    { key: 'engine.default.citizenUpdatesPerSecond', value: fragile.citizenUpdatesPerSecond, better: 'higher' },
  );
}
if (only.includes('scaling')) {
  const { exponent } = benchScaling(quick);
  figures.push({ key: 'scaling.exponent', value: exponent, better: 'lower' });
}
if (only.includes('batch')) {
  const b = await benchBatch(quick);
  figures.push(
    { key: 'batch.runsPerSecond.1worker', value: b.throughput[0].runsPerSecond, better: 'higher' },
    { key: 'batch.runsPerSecond.2workers', value: b.throughput[1].runsPerSecond, better: 'higher' },
    { key: 'batch.memoryRatio', value: b.memoryRatio, better: 'lower' },
  );
}

const baselinePath = here('bench/results/baseline.json');
if (args.includes('--update-baseline')) {
  const previous = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')).figures : {};
  const merged = { ...previous, ...Object.fromEntries(figures.map((f) => [f.key, f.value])) };
  writeFileSync(baselinePath, JSON.stringify({ machine: machineInfo(), figures: merged }, null, 2) + '\n');
  console.log(`baseline written to bench/results/baseline.json (${figures.length} figures)`);
}
if (args.includes('--check')) {
  if (!existsSync(baselinePath)) {
    console.error('no bench/results/baseline.json to check against: run npm run bench -- --update-baseline first');
    process.exit(2);
  }
  const recorded = JSON.parse(readFileSync(baselinePath, 'utf8')) as { figures: Record<string, number>; machine?: { calibration?: number } };
  const then = recorded.machine?.calibration;
  const speedScale = then !== undefined && then > 0 ? machineInfo().calibration / then : 1;
  const rows = checkFigures(recorded.figures, figures, undefined, speedScale);
  console.log(checkTable(rows, speedScale));
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}
