/**
 * Percentile bootstrap interval of a statistic (Efron and Tibshirani 1993, ch. 13): resample the
 * values with replacement B times, compute the statistic each time, and take the alpha/2 and
 * 1 - alpha/2 quantiles. Seeded, so the same data and seed give the same interval. Applied to
 * per-run paired differences (strategy minus its counterfactual twin), it is the paired
 * bootstrap.
 *
 * @example bootstrapInterval([1, 2, 3, 4], mean, { seed: 'x' })
 */
import seedrandom from 'seedrandom';
import { quantileSorted } from 'simple-statistics';
import type { Interval } from './wilson-interval.js';

export interface BootstrapOptions {
  resamples?: number;
  confidence?: number;
  seed: string | number;
}

export function bootstrapInterval(values: readonly number[], statistic: (xs: number[]) => number, options: BootstrapOptions): Interval {
  const n = values.length;
  if (n === 0) return { estimate: NaN, lower: NaN, upper: NaN };
  const resamples = options.resamples ?? 1000;
  const alpha = 1 - (options.confidence ?? 0.95);
  const random = seedrandom.alea(String(options.seed));
  const sample: number[] = new Array(n);
  const stats = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) sample[i] = values[Math.floor(random() * n)];
    stats[b] = statistic(sample);
  }
  stats.sort();
  const sorted = Array.from(stats);
  return { estimate: statistic([...values]), lower: quantileSorted(sorted, alpha / 2), upper: quantileSorted(sorted, 1 - alpha / 2) };
}
