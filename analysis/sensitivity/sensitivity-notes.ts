/**
 * Warnings a sensitivity analysis owes its reader: results that are true but would mislead.
 * - A parameter can change nothing the analysis runs: a field of a strategy that is neither the
 *   measured strategy nor its baseline (`strategies.late.0.intensity` with `--strategy early`).
 *   Its indices are zero by construction, which reads like a finding about the model.
 * - Sobol estimates from few samples can leave [0, 1] (first-order 3.5, say): the estimators
 *   are unbiased but noisy, and the reader should raise --samples rather than believe them.
 */
import type { InstrumentCatalogue } from '../../scenarios/parse.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { Interval } from '../stats/index.js';
import { scenarioVariant } from '../sweep/variation.js';

/** How far outside [0, 1] an index estimate may fall before the note calls it noise. */
const INDEX_SLACK = 0.1;

/**
 * The parameters whose lowest and highest values give the same scenario, as far as the runs
 * of `strategies` can tell (the other strategies' applications left out).
 */
export function inertParameters(
  scenarioText: string,
  scenarioPath: string,
  catalogue: InstrumentCatalogue,
  params: readonly { path: string; lower: number; upper: number }[],
  strategies: readonly string[],
): string[] {
  const seen = (s: Scenario) => JSON.stringify({ ...s, strategies: strategies.map((k) => s.strategies[k] ?? null) });
  return params.filter((p) => {
    try {
      const at = (value: number) => seen(scenarioVariant(scenarioText, scenarioPath, [{ path: p.path, value }], catalogue));
      return at(p.lower) === at(p.upper);
    } catch {
      // A bound that makes the scenario invalid is reported when that point is built.
      return false;
    }
  }).map((p) => p.path);
}

export function inertNote(paths: readonly string[], strategies: readonly string[]): string | null {
  if (paths.length === 0) return null;
  const which = strategies.length === 1 ? `strategy "${strategies[0]}"` : `strategies ${strategies.map((s) => `"${s}"`).join(' and ')}`;
  return `${paths.join(', ')}: changes nothing in the runs of ${which}, so its indices are zero by construction (to study a strategy's field, measure that strategy with --strategy)`;
}

export function sobolNoiseNote(indices: readonly { path: string; first: Interval; total: Interval }[], samples: number): string | null {
  const outside = indices.filter((x) => [x.first.estimate, x.total.estimate].some((v) => v < -INDEX_SLACK || v > 1 + INDEX_SLACK));
  if (outside.length === 0) return null;
  return `${outside.map((x) => x.path).join(', ')}: an index estimate falls outside 0 to 1, which only sampling noise can do; ${samples} samples are too few for this outcome's variance (try --samples ${Math.max(samples * 4, 64)})`;
}
