/**
 * Warnings a sensitivity analysis or a sweep owes its reader: results that are true but would
 * mislead.
 * - A parameter can change nothing the analysis runs: a field of a strategy that is neither the
 *   measured strategy nor its baseline (`strategies.late.0.intensity` with `--strategy early`).
 *   Its indices are zero by construction, and a sweep over it gives the same numbers at every
 *   point, which reads like a finding about the model.
 * - The engine may read a number as a whole one (vision in the diamond and square
 *   neighbourhoods): 3 and 3.5 are the same world.
 * - Sobol estimates from few samples can leave [0, 1] (first-order 3.5, say), put a first-order
 *   index above its total, or add first-order indices up to well over 1: the estimators are
 *   unbiased but noisy, and the reader should raise --samples rather than believe them.
 * - An outcome that never varies (the cost of `none`, always 0) has no variance to apportion:
 *   its indices are 0/0, undefined rather than small.
 */
import type { InstrumentCatalogue } from '../../scenarios/parse.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { Interval } from '../stats/index.js';
import { scenarioVariant, type Value, type Variation } from '../sweep/variation.js';
import { scenarioNeighbourhood, wholeInEngine } from './parameter-range.js';

/** How far outside [0, 1] an index estimate may fall before the note calls it noise. */
const INDEX_SLACK = 0.1;

/**
 * The paths whose values all give the same scenario, as far as the runs of `strategies` can
 * tell (the other strategies' applications left out).
 */
export function inertPaths(
  scenarioText: string,
  scenarioPath: string,
  catalogue: InstrumentCatalogue,
  params: readonly { path: string; values: readonly Value[] }[],
  strategies: readonly string[],
): string[] {
  const seen = (s: Scenario) => JSON.stringify({ ...s, strategies: strategies.map((k) => s.strategies[k] ?? null) });
  return params.filter((p) => {
    if (p.values.length < 2) return false;
    try {
      const at = (value: Value) => seen(scenarioVariant(scenarioText, scenarioPath, [{ path: p.path, value }], catalogue));
      // Stops at the first value that differs: a path that matters costs two parses, not one per value.
      const first = at(p.values[0]);
      return p.values.slice(1).every((value) => at(value) === first);
    } catch {
      // A value that makes the scenario invalid is reported when that point is built.
      return false;
    }
  }).map((p) => p.path);
}

/** inertPaths for ranges: the parameters whose lowest and highest values give the same scenario. */
export function inertParameters(
  scenarioText: string,
  scenarioPath: string,
  catalogue: InstrumentCatalogue,
  params: readonly { path: string; lower: number; upper: number }[],
  strategies: readonly string[],
): string[] {
  return inertPaths(scenarioText, scenarioPath, catalogue, params.map((p) => ({ path: p.path, values: [p.lower, p.upper] })), strategies);
}

function strategiesText(strategies: readonly string[]): string {
  return strategies.length === 1 ? `strategy "${strategies[0]}"` : `strategies ${strategies.map((s) => `"${s}"`).join(' and ')}`;
}

export function inertNote(paths: readonly string[], strategies: readonly string[]): string | null {
  if (paths.length === 0) return null;
  return `${paths.join(', ')}: changes nothing in the runs of ${strategiesText(strategies)}, so its indices are zero by construction (to study a strategy's field, measure that strategy with --strategy)`;
}

/** The strategy a path reaches into (`strategies.late.*.from.tick`: late), if one. */
function strategyOf(path: string): string | null {
  const [section, name] = path.split('.');
  return section === 'strategies' && name !== undefined && name !== '*' ? name : null;
}

/**
 * A sweep's notes: a STEP that stops short of TO, a path that changes nothing in the strategies
 * the sweep runs (every point the same), values the engine reads as the same whole number.
 */
export function sweepNotes(
  scenarioText: string,
  scenarioPath: string,
  catalogue: InstrumentCatalogue,
  variations: readonly Variation[],
  strategies: readonly string[],
): string[] {
  const notes = variations.flatMap((v) => (v.note ? [v.note] : []));
  const inert = inertPaths(scenarioText, scenarioPath, catalogue, variations, strategies);
  for (const path of inert) {
    const owner = strategyOf(path);
    const hint = owner && !strategies.includes(owner) ? `to sweep ${owner}'s field, run it: --strategy ${owner}` : 'check the path, or run the strategy it belongs to with --strategy';
    notes.push(`${path}: changes nothing in the runs of ${strategiesText(strategies)}, so every point gives the same results (${hint})`);
  }
  const neighbourhood = scenarioNeighbourhood(scenarioText);
  for (const v of variations) {
    const why = neighbourhood === null ? null : wholeInEngine(v.path, neighbourhood);
    const fractional = v.values.filter((x) => typeof x === 'number' && !Number.isInteger(x));
    if (why && fractional.length > 0) notes.push(`${v.path}: ${why}; the points at ${fractional.join(', ')} run as ${fractional.map((x) => Math.floor(x as number)).join(', ')}`);
    // Tick 0 is the starting state: nothing acts in it, so a start "at 0" is a start in tick 1.
    if (/\.(?:from|until)\.tick$/.test(v.path) && v.values.includes(0) && !inert.includes(v.path)) {
      notes.push(`${v.path}: tick 0 is the starting state, so the point at 0 starts in tick 1${v.values.includes(1) ? ' and gives the same results as the point at 1' : ''}`);
    }
  }
  return notes;
}

/** A sensitivity analysis's notes on its parameters, before any run: inert ones and whole-number ones. */
export function parameterNotes(
  scenarioText: string,
  scenarioPath: string,
  catalogue: InstrumentCatalogue,
  params: readonly { path: string; lower: number; upper: number; integer: boolean }[],
  strategies: readonly string[],
): string[] {
  const notes: string[] = [];
  const inert = inertNote(inertParameters(scenarioText, scenarioPath, catalogue, params, strategies), strategies);
  if (inert) notes.push(inert);
  const neighbourhood = scenarioNeighbourhood(scenarioText);
  for (const p of params) {
    const why = neighbourhood === null ? null : wholeInEngine(p.path, neighbourhood);
    if (why) notes.push(`${p.path}: ${why}; it is sampled as a whole number from ${p.lower} to ${p.upper}`);
  }
  return notes;
}

export function sobolNoiseNote(indices: readonly { path: string; first: Interval; total: Interval }[], samples: number): string | null {
  const outside = indices.filter((x) => [x.first.estimate, x.total.estimate].some((v) => v < -INDEX_SLACK || v > 1 + INDEX_SLACK));
  if (outside.length === 0) return null;
  return `${outside.map((x) => x.path).join(', ')}: an index estimate falls outside 0 to 1, which only sampling noise can do; ${tooFew(samples)}`;
}

function tooFew(samples: number): string {
  return `${samples} samples are too few for this outcome's variance (try --samples ${Math.max(samples * 4, 64)})`;
}

/** Shown in notes as written in the tables: three significant digits. */
const show = (x: number) => String(Number(x.toPrecision(3)));

/** How the outcome is measured: `under late`, or `of late against its twin under none` for a paired one. */
function measuredUnder(strategy: string, baseline: string | null): string {
  return baseline === null ? `under ${strategy}` : `of ${strategy} against its twin under ${baseline}`;
}

/**
 * The note on an outcome that is the same at every point of the design (`values`: each point's
 * mean), or null. `what` describes the outcome; `baseline` is null for an unpaired one.
 */
export function constantOutcomeNote(values: readonly number[], what: string, strategy: string, baseline: string | null, method: 'oat' | 'sobol'): string | null {
  const under = measuredUnder(strategy, baseline);
  const finite = values.filter(Number.isFinite);
  if (finite.length > 0 && finite.some((v) => v !== finite[0])) return null;
  const level = finite.length > 0 ? ` (${show(finite[0])} everywhere)` : '';
  const consequence = method === 'sobol'
    ? 'it has no variance to apportion and its Sobol indices are undefined (0/0, shown as —), not zero'
    : 'no parameter moves it over its range (every swing is 0)';
  return `the outcome, ${what} ${under}, is the same at every point${level}, so ${consequence}; measure an outcome that varies, or another --strategy`;
}

/**
 * Every Sobol note: a constant outcome (and then nothing else: there are no indices to judge),
 * estimates outside [0, 1], first-order indices above their total, first-order indices adding
 * up to well over 1. The last two are impossible for the true indices (the total includes the
 * first-order part, and the first-order parts of a variance cannot exceed it), so beyond the
 * same slack they are the estimators' noise.
 */
export function sobolNotes(
  indices: readonly { path: string; first: Interval; total: Interval }[],
  samples: number,
  pointValues: readonly number[],
  what: string,
  strategy: string,
  baseline: string | null,
): string[] {
  const constant = constantOutcomeNote(pointValues, what, strategy, baseline, 'sobol');
  if (constant) return [constant];
  const notes: string[] = [];
  // The estimators divide by the variance over the rows of A and B alone: when those agree, the
  // indices are undefined though the outcome varies at other points of the design.
  if (indices.length > 0 && indices.every((x) => !Number.isFinite(x.first.estimate) && !Number.isFinite(x.total.estimate))) {
    notes.push(`the outcome, ${what} ${measuredUnder(strategy, baseline)}, varies at some points but not over the ${samples} rows of the design's matrices A and B, whose variance the indices divide by: they are undefined (shown as —), not zero; ${tooFew(samples)}, or raise --runs`);
    return notes;
  }
  const outside = sobolNoiseNote(indices, samples);
  if (outside) notes.push(outside);
  const inverted = indices.filter((x) => x.first.estimate - x.total.estimate > INDEX_SLACK);
  if (inverted.length > 0) {
    const list = inverted.map((x) => `${x.path} (${show(x.first.estimate)} alone, ${show(x.total.estimate)} in all)`).join(', ');
    notes.push(`${list}: a first-order index above its total index, which only sampling noise can do (a parameter cannot explain more alone than with its interactions); ${tooFew(samples)}`);
  }
  const sum = indices.reduce((s, x) => s + (Number.isFinite(x.first.estimate) ? x.first.estimate : 0), 0);
  if (indices.length > 1 && sum > 1 + INDEX_SLACK) {
    notes.push(`the first-order indices add up to ${show(sum)}, above 1, which only sampling noise can do (the parts of a variance cannot exceed it); ${tooFew(samples)}`);
  }
  return notes;
}
