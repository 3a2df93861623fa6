/**
 * Sensitivity analysis: which assumptions drive a conclusion. Each named parameter is varied
 * over its documented range (the schema's bounds) or a range the user gives, and an outcome
 * (civilian deaths under a strategy, deaths averted against the baseline twin...) is measured
 * at every point as the mean over `runs` seeded runs. The same run seeds serve every point
 * (common random numbers), so differences between points are the parameters', not the dice's.
 *
 * - one-at-a-time (oat): each parameter at `levels` evenly spaced values, the others as the
 *   scenario has them; the swing of the outcome per parameter;
 * - sobol: Saltelli's design over all parameters at once (n (k + 2) points), first-order and
 *   total Sobol indices with bootstrap intervals (analysis/stats/sobol-indices.ts).
 *
 * Every finished run is appended to evaluations.jsonl, so an interrupted analysis resumes
 * without repeating or losing one.
 */
import { scenarioHash } from '../batch/run-batch.js';
import { appendFileSync } from 'node:fs';
import { NOT_JSON, parseJson, readJsonLines } from '../batch/journal.js';
import { join } from 'node:path';
import { mean } from 'simple-statistics';
import { checkJobOptions } from '../batch/batch-options-check.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { finishUnlessInterrupted, runVariantPool } from '../batch/pool.js';
import { BatchInputError, checkJobSize, checkRunCount, checkStrategies } from '../batch/input-error.js';
import { lockFolder } from '../files/folder-lock.js';
import { makeOutputFolder } from '../files/output-paths.js';
import { refuseOtherWork, writeManifest } from '../batch/manifest.js';
import { buildFields, engineId, packageVersion } from '../batch/engine-version.js';
import { csvText } from '../batch/tables.js';
import type { Row, VariantTask } from '../batch/types.js';
import { bootstrapInterval, saltelliDesign, saltelliPoints, sobolIndices, type Interval } from '../stats/index.js';
import { checkDistinctFields, normalPath, resolvePath, scenarioVariant, parseVariation, VariationError, type Variation } from '../sweep/variation.js';
import { parseScenario, type InstrumentCatalogue } from '../../scenarios/parse.js';
import { ScenarioError } from '../../scenarios/scenario-error.js';
import type { Scenario } from '../../scenarios/schema.js';
import { outcomeById, OUTCOMES, type OutcomeDef } from './outcomes.js';
import { parameterRange, scenarioNeighbourhood, wholeInEngine } from './parameter-range.js';
import { constantOutcomeNote, parameterNotes, sobolNotes } from './sensitivity-notes.js';

export type SensitivityMethod = 'oat' | 'sobol';

export interface SensitivityOptions {
  scenarioText: string;
  scenarioPath: string;
  catalogue: InstrumentCatalogue;
  /** `PATH` (its documented range) or `PATH=LO:HI`. */
  params: string[];
  method: SensitivityMethod;
  outcome: string;
  strategy: string;
  baseline: string;
  /** Runs averaged at each point. */
  runs: number;
  /** Sobol: rows n of Saltelli's matrices A and B. */
  samples: number;
  /** One-at-a-time: values per parameter. */
  levels: number;
  seed: number;
  workers: number;
  out: string;
  resume: boolean;
  onProgress?: (done: number, total: number) => void;
  argv?: string[];
}

export interface ParameterSpec {
  path: string;
  lower: number;
  upper: number;
  integer: boolean;
  /** Where the range came from: the schema, or the command line. */
  rangeFrom: 'schema' | 'user';
}

export interface OatLevel {
  value: number;
  mean: Interval;
}

export interface SensitivityResult {
  scenario: string;
  method: SensitivityMethod;
  outcome: { id: string; description: string };
  strategy: string;
  baseline: string;
  runs: number;
  parameters: ParameterSpec[];
  /** The outcome with every parameter as the scenario has it (oat only). */
  base?: Interval;
  /** oat: per parameter, its levels and the swing (largest minus smallest mean). */
  oat?: { path: string; levels: OatLevel[]; swing: number }[];
  /** sobol: per parameter, first-order and total indices; n and the outcome's variance. */
  sobol?: { path: string; first: Interval; total: Interval }[];
  samples?: number;
  variance?: number;
  /** What a reader should know before believing the numbers (sensitivity-notes.ts). */
  notes: string[];
  interrupted: boolean;
}

export const EVALUATIONS = 'evaluations.jsonl';

/** `--params elite.exclusionary=0.2,0.6`: what was meant, and how to write it. */
function notARange(spec: string, v: Variation): VariationError {
  const nums = v.values.filter((x): x is number => typeof x === 'number');
  const example = nums.length >= 2 ? `${v.path}=${Math.min(...nums)}:${Math.max(...nums)}` : `${v.path}=LO:HI`;
  const what = v.values.length === 1 ? 'one value' : spec.split('=')[1].includes(':') ? 'a grid FROM:TO:STEP (the values are set by --levels or --samples)' : 'a list of values';
  return new VariationError(`--params ${spec}: a parameter's range is written LO:HI (FROM:TO), as in ${example}, but this gives ${what}; to run chosen values, use firebreak sweep --vary`);
}

/**
 * Each parameter's path and range, checked against the schema and, given its text, the scenario
 * file: two paths that reach the same field are refused, and vision is a whole number where
 * the engine counts whole sites (parameter-range.ts wholeInEngine).
 */
export function parameterSpecs(params: readonly string[], scenarioText?: string): ParameterSpec[] {
  const neighbourhood = scenarioText === undefined ? null : scenarioNeighbourhood(scenarioText);
  const specs = params.map((spec): ParameterSpec => withOption(() => {
    let path: string;
    let bounds: { lower: number; upper: number; integer: boolean; rangeFrom: 'schema' | 'user' };
    if (spec.includes('=')) {
      const v = parseVariation(spec, '--params');
      if (!v.range) throw notARange(spec, v);
      path = v.path;
      bounds = { lower: v.range.lower, upper: v.range.upper, integer: parameterRange(path, true).integer, rangeFrom: 'user' };
    } else {
      path = normalPath(spec.trim());
      bounds = { ...parameterRange(path), rangeFrom: 'schema' };
    }
    const whole = neighbourhood === null ? null : wholeInEngine(path, neighbourhood);
    const integer = bounds.integer || whole !== null;
    if (integer && !(Number.isInteger(bounds.lower) && Number.isInteger(bounds.upper))) {
      throw new VariationError(`--params ${spec}: ${path} takes whole numbers${whole ? ` here (${whole})` : ''}, so give whole bounds`);
    }
    return { path, lower: bounds.lower, upper: bounds.upper, integer, rangeFrom: bounds.rangeFrom };
  }));
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.path)) throw new VariationError(`--params: ${s.path} is named twice; name each parameter once`);
    seen.add(s.path);
  }
  if (scenarioText !== undefined) withOption(() => checkDistinctFields(scenarioText, specs.map((s) => s.path), '--params'));
  return specs;
}

/** `f()`, with `--params` before the message of a VariationError that does not name it yet. */
function withOption<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof VariationError && !err.message.startsWith('--params')) throw new VariationError(`--params ${err.message}`);
    throw err;
  }
}

/** A unit draw mapped onto the parameter's range (whole numbers equally likely for integers). */
export function scaleTo(p: ParameterSpec, u: number): number {
  if (p.integer) return Math.min(p.upper, Math.floor(p.lower + u * (p.upper - p.lower + 1)));
  return Number((p.lower + u * (p.upper - p.lower)).toPrecision(12));
}

/** The points to evaluate: the parameters' values at each (an empty record is the scenario as written). */
export function designPoints(specs: readonly ParameterSpec[], method: SensitivityMethod, samples: number, levels: number, seed: number): Record<string, number>[] {
  if (method === 'oat') {
    const points: Record<string, number>[] = [{}];
    for (const p of specs) {
      const values = new Set<number>();
      for (let l = 0; l < levels; l++) {
        const u = levels === 1 ? 0.5 : l / (levels - 1);
        values.add(p.integer ? Math.round(p.lower + u * (p.upper - p.lower)) : scaleTo(p, u));
      }
      for (const v of values) points.push({ [p.path]: v });
    }
    return points;
  }
  const design = saltelliDesign(samples, specs.length, seed);
  return saltelliPoints(design).map((row) => Object.fromEntries(specs.map((p, i) => [p.path, scaleTo(p, row[i])])));
}

function pointScenarios(o: SensitivityOptions, points: Record<string, number>[]): Scenario[] {
  return points.map((values) => {
    const assignments = Object.entries(values).map(([path, value]) => ({ path, value }));
    try {
      return scenarioVariant(o.scenarioText, o.scenarioPath, assignments, o.catalogue);
    } catch (err) {
      if (err instanceof VariationError) throw new BatchInputError(`--params ${err.message}`);
      if (err instanceof ScenarioError) throw new BatchInputError(`a point of the design is not a valid scenario (narrow the range):\n${err.message}`);
      throw err;
    }
  });
}

/**
 * The number at `path` in the scenario as resolved (defaults filled in), the path read as --vary
 * and --params read it (variation.ts); null when it holds no single number (a wildcard over
 * several applications, a path that fits nothing).
 */
export function valueInScenario(scenario: Scenario, path: string): number | null {
  let found: (string | number)[][];
  try {
    found = resolvePath(scenario, path);
  } catch (err) {
    if (err instanceof VariationError) return null;
    throw err;
  }
  if (found.length !== 1) return null;
  const value = found[0].reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], scenario);
  return typeof value === 'number' ? value : null;
}

/**
 * The finished runs of an analysis's journal, by id. Read as the batch journal is: a torn last
 * line (a kill mid-write) is cut off and its run done again; any other bad line is an error, since
 * skipping it would quietly redo or, worse, misread finished runs.
 */
function readEvaluations(path: string, total: number): Map<number, number> {
  const parse = (line: string): Evaluation | string => {
    const e = parseJson(line);
    if (e === NOT_JSON) return NOT_JSON;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) return 'not a JSON object';
    const { id, value } = e as Partial<Evaluation>;
    if (!Number.isInteger(id) || (id as number) < 0 || (id as number) >= total) return `no run id from 0 to ${total - 1}`;
    if (value !== null && typeof value !== 'number') return 'no value (a number, or null)';
    return { id: id as number, value: value as number | null };
  };
  const values = new Map<number, number>();
  for (const e of readJsonLines(path, parse, true)) values.set(e.id, e.value === null ? NaN : e.value);
  return values;
}

interface Evaluation {
  id: number;
  value: number | null;
}

export async function runSensitivity(o: SensitivityOptions): Promise<SensitivityResult & { out: string }> {
  const outcome: OutcomeDef | undefined = outcomeById(o.outcome);
  if (!outcome) throw new BatchInputError(`--outcome ${o.outcome}: expected one of ${OUTCOMES.map((x) => x.id).join(', ')}`);
  if (o.params.length === 0) throw new BatchInputError('--params: name at least one parameter');
  if (o.method !== 'oat' && o.method !== 'sobol') throw new BatchInputError(`--method ${o.method}: expected oat or sobol`);
  checkRunCount(o.runs);
  checkJobOptions(o, 'sensitivity');
  if (o.method === 'sobol' && (!Number.isInteger(o.samples) || o.samples < 2)) throw new BatchInputError(`--samples must be a whole number of at least 2, got ${o.samples}`);
  if (o.method === 'oat' && (!Number.isInteger(o.levels) || o.levels < 2)) throw new BatchInputError(`--levels must be a whole number of at least 2, got ${o.levels}`);
  if (outcome.paired && o.strategy === o.baseline) throw new BatchInputError(`--outcome ${outcome.id} compares a strategy with the baseline "${o.baseline}": choose another --strategy`);
  // The file as written first: its own mistakes are told as every command tells them, not as a
  // point of the design to narrow.
  parseScenario(o.scenarioText, o.scenarioPath, o.catalogue);
  let specs: ParameterSpec[];
  try {
    specs = parameterSpecs(o.params, o.scenarioText);
  } catch (err) {
    if (err instanceof VariationError) throw new BatchInputError(err.message);
    throw err;
  }
  const designSize = o.method === 'sobol' ? o.samples * (specs.length + 2) : o.levels * specs.length;
  checkJobSize(designSize, o.runs, `--method ${o.method}`);
  const points = designPoints(specs, o.method, o.samples, o.levels, o.seed);
  const scenarios = pointScenarios(o, points);
  const strategies = outcome.paired ? [o.baseline, o.strategy] : [o.strategy];
  checkStrategies(scenarios[0], strategies);
  const notes = parameterNotes(o.scenarioText, o.scenarioPath, o.catalogue, specs, strategies);

  const identity = {
    // The design's scenarios as parsed, as a batch hashes its scenario: an edited comment changes nothing.
    scenarioHash: scenarioHash(scenarios),
    parameters: specs, method: o.method, outcome: outcome.id, strategy: o.strategy, baseline: o.baseline,
    runs: o.runs, samples: o.method === 'sobol' ? o.samples : null, levels: o.method === 'oat' ? o.levels : null, seed: o.seed, version: packageVersion().version, engine: engineId(),
  };
  const manifestPath = join(o.out, 'manifest.json');
  refuseOtherWork(manifestPath, 'sensitivity', identity, o.resume, {
    occupied: `${o.out} already holds results; add --resume to finish them, or choose another --out`,
    different: `${o.out} holds a different analysis`,
  });
  // Checked by refuseOtherWork; a late failure (a full disk) is told by path.
  makeOutputFolder(o.out);
  const lock = lockFolder(o.out, 'sensitivity analysis');
  try {
    return await analyseInFolder(o, outcome, specs, points, scenarios, strategies, notes, identity, manifestPath);
  } finally {
    lock.release();
  }
}

async function analyseInFolder(
  o: SensitivityOptions, outcome: OutcomeDef, specs: ParameterSpec[], points: Record<string, number>[], scenarios: Scenario[], strategies: string[],
  notes: string[], identity: Record<string, unknown>, manifestPath: string,
): Promise<SensitivityResult & { out: string }> {
  const manifest = writeManifest(manifestPath, {
    tool: 'firebreak', ...buildFields(), kind: 'sensitivity', sensitivity: identity, scenarioFile: o.scenarioPath, scenarioText: o.scenarioText, workingDirectory: process.cwd(),
    points: points.length, commandLine: o.argv ?? null, node: process.version,
  });

  const journal = join(o.out, EVALUATIONS);
  const total = points.length * o.runs;
  const values = readEvaluations(journal, total);
  const tasks: VariantTask[] = [];
  for (let p = 0; p < points.length; p++) {
    for (let r = 0; r < o.runs; r++) {
      const id = p * o.runs + r;
      if (!values.has(id)) tasks.push({ id, scenario: scenarios[p], strategies, seed: o.seed, index: r });
    }
  }
  let done = values.size;
  const pool = runVariantPool(tasks, o.workers, (record, task) => {
    const row = record.rows.find((x) => x.strategy === o.strategy)!;
    const base = outcome.paired ? record.rows.find((x) => x.strategy === o.baseline) : undefined;
    const value = outcome.value(row, base);
    appendFileSync(journal, JSON.stringify({ id: task.id, value: Number.isFinite(value) ? value : null }) + '\n');
    values.set(task.id, value);
    done++;
    o.onProgress?.(done, total);
  });
  const interrupted = await finishUnlessInterrupted(pool);
  const result: SensitivityResult = {
    scenario: scenarios[0].name, method: o.method, outcome: { id: outcome.id, description: outcome.description },
    strategy: o.strategy, baseline: o.baseline, runs: o.runs, parameters: specs, notes, interrupted,
  };
  // The folder is returned, not written into sensitivity.json: the file stays the same wherever it is.
  if (interrupted) return { ...result, out: o.out };

  const perRun = (p: number) => Array.from({ length: o.runs }, (_, r) => values.get(p * o.runs + r)!);
  const pointMeans = points.map((_, p) => mean(perRun(p)));
  const evaluationColumns = ['point', ...specs.map((s) => s.path), outcome.id];
  // A point that leaves a parameter as the file has it shows the file's value (the design
  // matrix is then complete, ready to plot or regress); null only where no single value applies.
  const written = Object.fromEntries(specs.map((s) => [s.path, valueInScenario(scenarios[0], s.path)]));
  const evaluationRows: Row[] = points.map((pt, p) => ({ point: p, ...Object.fromEntries(specs.map((s) => [s.path, pt[s.path] ?? written[s.path]])), [outcome.id]: round(pointMeans[p]) }));
  writeFileAtomic(join(o.out, 'evaluations.csv'), csvText(evaluationColumns, evaluationRows));

  let table: { columns: string[]; rows: Row[] };
  if (o.method === 'oat') {
    const interval = (p: number): Interval => roundInterval(bootstrapInterval(perRun(p), mean, { seed: `${o.seed}/oat/${p}`, resamples: 1000 }));
    result.base = interval(0);
    result.oat = specs.map((s) => {
      const levels: OatLevel[] = [];
      points.forEach((pt, p) => {
        if (s.path in pt) levels.push({ value: pt[s.path], mean: interval(p) });
      });
      const means = levels.map((l) => l.mean.estimate);
      return { path: s.path, levels, swing: round(Math.max(...means) - Math.min(...means)) };
    });
    const constant = constantOutcomeNote(pointMeans, outcome.description, o.strategy, outcome.paired ? o.baseline : null, 'oat');
    if (constant) notes.push(constant);
    table = {
      columns: ['parameter', 'value', 'mean', 'lower', 'upper', 'swing'],
      rows: result.oat.flatMap((x) => x.levels.map((l) => ({ parameter: x.path, value: l.value, mean: l.mean.estimate, lower: l.mean.lower, upper: l.mean.upper, swing: x.swing }))),
    };
  } else {
    const n = o.samples;
    const fa = pointMeans.slice(0, n);
    const fb = pointMeans.slice(n, 2 * n);
    const fab = specs.map((_, i) => pointMeans.slice((2 + i) * n, (3 + i) * n));
    const indices = sobolIndices(fa, fb, fab, { seed: `${o.seed}/sobol`, resamples: 1000 });
    result.sobol = specs.map((s, i) => ({ path: s.path, first: roundInterval(indices.first[i]), total: roundInterval(indices.total[i]) }));
    result.samples = n;
    result.variance = round(indices.variance);
    notes.push(...sobolNotes(result.sobol, n, pointMeans, outcome.description, o.strategy, outcome.paired ? o.baseline : null));
    table = {
      columns: ['parameter', 'lower_bound', 'upper_bound', 'first_order', 'first_order_lower', 'first_order_upper', 'total', 'total_lower', 'total_upper'],
      rows: result.sobol.map((x, i) => ({
        parameter: x.path, lower_bound: specs[i].lower, upper_bound: specs[i].upper,
        first_order: x.first.estimate, first_order_lower: x.first.lower, first_order_upper: x.first.upper,
        total: x.total.estimate, total_lower: x.total.lower, total_upper: x.total.upper,
      })),
    };
  }
  writeFileAtomic(join(o.out, 'sensitivity.csv'), csvText(table.columns, table.rows));
  writeFileAtomic(join(o.out, 'sensitivity.json'), JSON.stringify(result, null, 2) + '\n');
  manifest.finish();
  return { ...result, out: o.out };
}

function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(8)) : x;
}

function roundInterval(i: Interval): Interval {
  return { estimate: round(i.estimate), lower: round(i.lower), upper: round(i.upper) };
}
