/**
 * The commands as functions, with the command line's defaults, for scripts and notebooks:
 *
 *   const { summary } = await compare({ scenario: 'scenarios/fragile-state.yaml', runs: 200 });
 *   const { points } = await sweep({ scenario: 'scenarios/fragile-state.yaml', vary: ['strategies.late.*.from.tick=0:36:6'], strategies: ['none', 'late'] });
 *
 * runBatch, runSweep and runSensitivity take every option explicitly; these fill in the rest.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue } from '../scenarios/catalogue.js';
import { decodeScenarioBytes } from '../scenarios/decode-text.js';
import { parseScenario } from '../scenarios/parse.js';
import { formatsProblem, outProblem, seedProblem, workersProblem } from './batch/batch-options-check.js';
import { fileSystemError } from './files/output-paths.js';
import { BatchInputError } from './batch/input-error.js';
import { runBatch, type BatchResult } from './batch/run-batch.js';
import type { TableFormat } from './batch/types.js';
import { runSensitivity, type SensitivityMethod, type SensitivityResult } from './sensitivity/run-sensitivity.js';
import { runSweep, type SweepResult } from './sweep/run-sweep.js';
import { parseVariation } from './sweep/variation.js';

interface Common {
  /** Path of the scenario file. */
  scenario: string;
  runs?: number;
  seed?: number;
  /** Worker threads (default: every core). */
  workers?: number;
  /** Output folder (default: a new temporary folder, kept: its path is the result's `out`). */
  out?: string;
  baseline?: string;
}

const outOr = (out: string | undefined, what: string) => out ?? mkdtempSync(join(tmpdir(), `firebreak-${what}-`));

/**
 * The options every function shares, checked before a scenario is read or a folder made: a
 * sweep or an analysis would otherwise make its folder and fail at its first point, half-written.
 */
function checkCommon(o: Common & { formats?: unknown }, what: string): void {
  const fail = (message: string | null) => {
    if (message !== null) throw new BatchInputError(`${what} options: ${message}`);
  };
  if (o === null || typeof o !== 'object' || typeof o.scenario !== 'string') fail('scenario: expected the path of a scenario file');
  if (o.runs !== undefined && (!Number.isInteger(o.runs) || o.runs < 1)) fail(`runs: expected a whole number of at least 1, got ${String(o.runs)}`);
  if (o.seed !== undefined) fail(seedProblem(o.seed));
  if (o.workers !== undefined) fail(workersProblem(o.workers));
  if (o.out !== undefined) fail(outProblem(o.out));
  if (o.formats !== undefined) fail(formatsProblem(o.formats));
}

/** The scenario file's text, decoded as the command line decodes it (a file not in UTF-8 is refused). */
function textOf(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw fileSystemError(err, path, 'read') ?? err;
  }
  return decodeScenarioBytes(bytes, path);
}

/** A paired batch of every strategy (or those named) against the baseline: `firebreak compare`. */
export async function compare(o: Common & { strategies?: string[]; formats?: TableFormat[] }): Promise<BatchResult> {
  checkCommon(o, 'compare');
  const scenario = parseScenario(textOf(o.scenario), o.scenario, catalogue);
  const baseline = o.baseline ?? 'none';
  const strategies = o.strategies ?? Object.keys(scenario.strategies);
  return runBatch({
    scenario, scenarioPath: o.scenario, strategies: strategies.includes(baseline) ? strategies : [baseline, ...strategies],
    runs: o.runs ?? 200, seed: o.seed ?? 1, workers: o.workers ?? availableParallelism(), out: outOr(o.out, 'compare'),
    formats: o.formats ?? ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline,
  });
}

/** A paired batch at every point of a grid: `firebreak sweep`. `vary`: `PATH=FROM:TO:STEP` or `PATH=a,b,c`. */
export async function sweep(o: Common & { vary: string[]; strategies?: string[]; formats?: TableFormat[]; resume?: boolean }): Promise<SweepResult> {
  checkCommon(o, 'sweep');
  if (!Array.isArray(o.vary) || o.vary.length === 0 || o.vary.some((v) => typeof v !== 'string')) throw new BatchInputError('sweep options: vary: expected a list of "PATH=FROM:TO:STEP" or "PATH=a,b,c" strings');
  const text = textOf(o.scenario);
  const scenario = parseScenario(text, o.scenario, catalogue);
  const baseline = o.baseline ?? 'none';
  const strategies = o.strategies ?? Object.keys(scenario.strategies);
  return runSweep({
    scenarioText: text, scenarioPath: o.scenario, catalogue, variations: o.vary.map((v) => parseVariation(v)),
    strategies: [baseline, ...strategies.filter((s) => s !== baseline)], baseline, runs: o.runs ?? 100, seed: o.seed ?? 1,
    workers: o.workers ?? availableParallelism(), out: outOr(o.out, 'sweep'), formats: o.formats ?? ['csv'], resume: o.resume ?? false,
  });
}

/** One-at-a-time ranges or Sobol indices of an outcome: `firebreak sensitivity`. */
export async function sensitivity(o: Common & { params: string[]; method?: SensitivityMethod; outcome?: string; strategy?: string; samples?: number; levels?: number; resume?: boolean }): Promise<SensitivityResult & { out: string }> {
  checkCommon(o, 'sensitivity');
  if (!Array.isArray(o.params) || o.params.length === 0 || o.params.some((p) => typeof p !== 'string')) {
    throw new BatchInputError('sensitivity options: params: expected a list of parameter paths, such as ["elite.exclusionary", "population.vision=3:9"]');
  }
  return runSensitivity({
    scenarioText: textOf(o.scenario), scenarioPath: o.scenario, catalogue, params: o.params, method: o.method ?? 'oat',
    outcome: o.outcome ?? 'civilian-deaths', strategy: o.strategy ?? 'none', baseline: o.baseline ?? 'none', runs: o.runs ?? 20,
    samples: o.samples ?? 64, levels: o.levels ?? 5, seed: o.seed ?? 1, workers: o.workers ?? availableParallelism(),
    out: outOr(o.out, 'sensitivity'), resume: o.resume ?? false,
  });
}
