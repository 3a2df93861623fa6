/**
 * The few statistics the validation's rows need, over the existing interval functions
 * (analysis/stats): means with bootstrap intervals, paired differences (a strategy against its
 * counterfactual twin from the same seed), a seed-clustered bootstrap for quantities pooled
 * within runs (waiting times between outbursts of one run are not independent), proportions
 * with Wilson intervals, and Spearman's rank correlation.
 */
import { bootstrapInterval, wilsonInterval, type Interval } from '../stats/index.js';

export type { Interval };

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample standard deviation (n - 1). */
export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

const RESAMPLES = 2000;

/** Mean with its percentile bootstrap interval. */
export function meanInterval(xs: readonly number[], seed: string): Interval {
  return bootstrapInterval(xs, mean, { seed, resamples: RESAMPLES });
}

/** Standard deviation with its percentile bootstrap interval. */
export function sdInterval(xs: readonly number[], seed: string): Interval {
  return bootstrapInterval(xs, sd, { seed, resamples: RESAMPLES });
}

/** Mean of the paired differences a[i] - b[i] (paired bootstrap). */
export function pairedDifference(a: readonly number[], b: readonly number[], seed: string): Interval {
  return meanInterval(a.map((x, i) => x - b[i]), seed);
}

/** Bootstrap over indices 0..n-1: any statistic of paired or clustered data. */
export function indexBootstrap(n: number, statistic: (indices: number[]) => number, seed: string): Interval {
  return bootstrapInterval(Array.from({ length: n }, (_, i) => i), statistic, { seed, resamples: RESAMPLES });
}

/** mean(a) / mean(b) - 1 over paired runs, resampling the pairs: a relative change. */
export function relativeChange(a: readonly number[], b: readonly number[], seed: string): Interval {
  return indexBootstrap(a.length, (idx) => {
    let sa = 0;
    let sb = 0;
    for (const i of idx) {
      sa += a[i];
      sb += b[i];
    }
    return sb > 0 ? sa / sb - 1 : NaN;
  }, seed);
}

/**
 * A statistic of values pooled over clusters (runs), with a bootstrap that resamples whole
 * clusters: the interval honours the dependence of values within one run.
 */
export function clusterInterval(clusters: readonly (readonly number[])[], statistic: (xs: number[]) => number, seed: string): Interval {
  return indexBootstrap(clusters.length, (idx) => statistic(idx.flatMap((i) => clusters[i] as number[])), seed);
}

export function proportion(successes: number, n: number): Interval {
  return wilsonInterval(successes, n);
}

/** Spearman's rank correlation (average ranks for ties). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j][0] === order[i][0]) j++;
    for (let k = i; k < j; k++) out[order[k][1]] = (i + j - 1) / 2 + 1;
    i = j;
  }
  return out;
}

/** Does the interval contain v? */
export function covers(interval: Interval, v: number): boolean {
  return interval.lower <= v && v <= interval.upper;
}

/** Do two intervals overlap? */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lower <= b.upper && b.lower <= a.upper;
}
