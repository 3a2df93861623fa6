/**
 * A sweep: a grid over scenario parameters or strategy fields, each point a paired batch (every
 * run under every strategy from the same run seed), and every point from the same master seed,
 * so neighbouring points share their random numbers too and the curve they draw is not noise
 * from one point to the next. Each point is an ordinary batch folder (points/NNN, resumable);
 * sweep.csv holds every point's statistics, one row per point and strategy.
 */
import { join } from 'node:path';
import { checkJobOptions, formatsProblem } from '../batch/batch-options-check.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { BatchInputError, checkJobSize, checkRunCount, checkStrategies } from '../batch/input-error.js';
import { lockFolder } from '../files/folder-lock.js';
import { makeOutputFolder } from '../files/output-paths.js';
import { refuseOtherWork, writeManifest } from '../batch/manifest.js';
import { buildFields, engineId, packageVersion } from '../batch/engine-version.js';
import { openBatch, runBatch, scenarioHash } from '../batch/run-batch.js';
import { finishUnlessInterrupted, runFamilyPool } from '../batch/pool.js';
import { csvText } from '../batch/tables.js';
import type { BatchOptions } from '../batch/types.js';
import type { InstrumentCatalogue } from '../../scenarios/parse.js';
import { ScenarioError } from '../../scenarios/scenario-error.js';
import { differOnlyInStrategies } from '../../sim/index.js';
import type { Scenario } from '../../scenarios/schema.js';
import { sweepNotes } from '../sensitivity/sensitivity-notes.js';
import { sweepRows, type SweepPoint } from './sweep-rows.js';
import { checkDistinctFields, MAX_GRID_VALUES, normalPath, scenarioVariant, VariationError, type Value, type Variation } from './variation.js';

export { sweepRows, type SweepPoint };

/** A batch's options at every point (runs per point; `out` the sweep's folder), and the grid. */
export interface SweepOptions extends Pick<BatchOptions, 'strategies' | 'baseline' | 'runs' | 'seed' | 'workers' | 'out' | 'formats' | 'resume' | 'onProgress' | 'argv'> {
  /** The scenario file's text and its name (for messages and the manifest). */
  scenarioText: string;
  scenarioPath: string;
  catalogue: InstrumentCatalogue;
  variations: Variation[];
}


export interface SweepResult {
  points: SweepPoint[];
  out: string;
  interrupted: boolean;
  /** What a reader should know before believing the curve (sensitivity-notes.ts sweepNotes). */
  notes: string[];
}

/** Every combination of the variations' values, the first varying slowest. */
export function gridPoints(variations: readonly Variation[]): Record<string, Value>[] {
  let points: Record<string, Value>[] = [{}];
  for (const v of variations) {
    if (v.range) throw new VariationError(`--vary ${v.path}=${v.range.lower}:${v.range.upper}: a sweep needs a STEP (FROM:TO:STEP) or a list of values`);
  }
  const size = variations.reduce((n, v) => n * v.values.length, 1);
  if (size > MAX_GRID_VALUES) throw new VariationError(`--vary: the grid has ${size.toLocaleString('en-US')} points; at most ${MAX_GRID_VALUES.toLocaleString('en-US')} in one sweep`);
  // A point is a record by path: a second --vary of the same path would overwrite the first.
  const seen = new Set<string>();
  for (const v of variations) {
    if (seen.has(normalPath(v.path))) throw new VariationError(`--vary: ${normalPath(v.path)} is named twice; give each path once, with all its values`);
    seen.add(normalPath(v.path));
  }
  for (const v of variations) {
    points = points.flatMap((p) => v.values.map((value) => ({ ...p, [v.path]: value })));
  }
  return points;
}

export const SWEEP_FILE = 'sweep.csv';

export function pointFolder(out: string, point: number): string {
  return join(out, 'points', String(point).padStart(3, '0'));
}

/**
 * Every point's scenario, checked before any run starts (a bad value fails fast, with nothing
 * written): two paths that reach the same field, and values the schema refuses, named with
 * the point and the line of the user's file.
 */
function pointScenarios(o: SweepOptions, grid: Record<string, Value>[]): Scenario[] {
  const vary = (err: VariationError) => new BatchInputError(err.message.startsWith('--vary') ? err.message : `--vary ${err.message}`);
  try {
    checkDistinctFields(o.scenarioText, o.variations.map((v) => v.path), '--vary');
  } catch (err) {
    if (err instanceof VariationError) throw vary(err);
    throw err;
  }
  return grid.map((values, p) => {
    const assignments = Object.entries(values).map(([path, value]) => ({ path, value }));
    try {
      return scenarioVariant(o.scenarioText, o.scenarioPath, assignments, o.catalogue);
    } catch (err) {
      if (err instanceof VariationError) throw vary(err);
      if (err instanceof ScenarioError) throw new BatchInputError(`--vary: point ${p} of ${grid.length} is not a valid scenario:\n${err.message}`);
      throw err;
    }
  });
}

export async function runSweep(o: SweepOptions): Promise<SweepResult> {
  if (o.variations.length === 0) throw new BatchInputError('a sweep needs at least one --vary PATH=FROM:TO:STEP');
  let grid: Record<string, Value>[];
  try {
    grid = gridPoints(o.variations);
  } catch (err) {
    if (err instanceof VariationError) throw new BatchInputError(err.message);
    throw err;
  }
  checkRunCount(o.runs);
  checkJobOptions(o, 'sweep');
  const formats = formatsProblem(o.formats);
  if (formats !== null) throw new BatchInputError(`sweep options: ${formats}`);
  checkJobSize(grid.length, o.runs, 'the sweep');
  const scenarios = pointScenarios(o, grid);
  checkStrategies(scenarios[0], o.strategies);
  const notes = sweepNotes(o.scenarioText, o.scenarioPath, o.catalogue, o.variations, o.strategies);
  const paths = o.variations.map((v) => v.path);
  const identity = {
    // The points as parsed, as a batch hashes its scenario: an edited comment does not change the sweep.
    scenarioHash: scenarioHash(scenarios),
    vary: o.variations.map((v) => ({ path: v.path, values: v.values })),
    strategies: o.strategies, baseline: o.baseline, runs: o.runs, seed: o.seed, version: packageVersion().version, engine: engineId(),
  };
  const manifestPath = join(o.out, 'manifest.json');
  refuseOtherWork(manifestPath, 'sweep', identity, o.resume, {
    occupied: `${o.out} already holds a sweep or batch; add --resume to finish it, or choose another --out`,
    different: `${o.out} holds a different sweep`,
  });
  // Checked by refuseOtherWork; a late failure (a full disk) is told by path.
  makeOutputFolder(o.out);
  const lock = lockFolder(o.out, 'sweep');
  try {
    return await sweepInFolder(o, grid, scenarios, notes, paths, identity, manifestPath);
  } finally {
    lock.release();
  }
}

async function sweepInFolder(
  o: SweepOptions, grid: Record<string, Value>[], scenarios: Scenario[], notes: string[], paths: string[], identity: Record<string, unknown>, manifestPath: string,
): Promise<SweepResult> {
  const manifest = writeManifest(manifestPath, {
    tool: 'firebreak', ...buildFields(), kind: 'sweep', sweep: identity, scenarioFile: o.scenarioPath, scenarioText: o.scenarioText, workingDirectory: process.cwd(),
    points: grid.length, commandLine: o.argv ?? null, node: process.version,
  });

  const pointOptions = (p: number): BatchOptions => ({
    scenario: scenarios[p],
    strategies: o.strategies,
    runs: o.runs,
    seed: o.seed,
    workers: o.workers,
    out: pointFolder(o.out, p),
    formats: o.formats,
    // A point's folder is this sweep's own: finishing it is always right once the sweep's identity matched.
    resume: true,
    shard: { index: 0, count: 1 },
    baseline: o.baseline,
    argv: o.argv,
  });
  const run = differOnlyInStrategies(scenarios) ? runAsFamily : runPointByPoint;
  const points = await run(o, grid, pointOptions);
  if (points === null) return { points: [], out: o.out, interrupted: true, notes };
  const { columns, rows } = sweepRows(points, paths, o.strategies);
  writeFileAtomic(join(o.out, SWEEP_FILE), csvText(columns, rows));
  writeFileAtomic(join(o.out, 'sweep.json'), JSON.stringify({ scenario: scenarios[0].name, description: scenarios[0].description, tick: scenarios[0].tick, baseline: o.baseline, strategies: o.strategies, vary: paths, notes, points }, null, 2) + '\n');
  manifest.finish();
  return { points, out: o.out, interrupted: false, notes };
}

type PointOptions = (point: number) => BatchOptions;

/** Each point a batch of its own, one after the other. Null when interrupted. */
async function runPointByPoint(o: SweepOptions, grid: Record<string, Value>[], pointOptions: PointOptions): Promise<SweepPoint[] | null> {
  const total = grid.length * o.runs;
  const points: SweepPoint[] = [];
  for (let p = 0; p < grid.length; p++) {
    const result = await runBatch({ ...pointOptions(p), onProgress: o.onProgress ? (done) => o.onProgress!(p * o.runs + done, total) : undefined });
    if (result.interrupted) return null;
    points.push({ point: p, values: grid[p], summary: result.summary });
  }
  return points;
}

/**
 * Points that differ only in their strategies (a sweep over start months or intensities) as one
 * family: run i of every point is one task (runFamilyTask), so the months the points share, and
 * the strategies the sweep does not change (the baseline), are played once per run rather than
 * once per point. Each point keeps its own folder and journal, with the same files as a batch of
 * its own; a run is done again only for the points whose journal lacks it. Records are not held
 * in memory (each point reads its journal back when it finishes). Null when interrupted.
 */
async function runAsFamily(o: SweepOptions, grid: Record<string, Value>[], pointOptions: PointOptions): Promise<SweepPoint[] | null> {
  const total = grid.length * o.runs;
  const options = grid.map((_, p) => pointOptions(p));
  // The sweep holds its folder: its points' sessions take no lock of their own.
  const batches = options.map((point) => openBatch(point, false, false));
  let done = batches.reduce((n, b) => n + b.total - b.todo.length, 0);
  const todo = [...new Set(batches.flatMap((b) => b.todo))].sort((a, b) => a - b);
  const pool = runFamilyPool(options.map((point) => point.scenario), o.strategies, o.seed, todo, o.workers, (records) => {
    records.forEach((record, p) => {
      if (batches[p].has(record.run)) return;
      batches[p].add(record);
      done++;
    });
    o.onProgress?.(done, total);
  });
  if (await finishUnlessInterrupted(pool)) return null;
  return batches.map((batch, p) => ({ point: p, values: grid[p], summary: batch.finish().summary }));
}
