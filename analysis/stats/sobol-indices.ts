/**
 * Variance-based sensitivity: Sobol first-order and total indices from Saltelli's sampling
 * scheme (Saltelli et al. 2010, Computer Physics Communications 181: 259-270, table 2: the
 * first-order estimator of their eq. (b) and Jansen's total-effect estimator (f)).
 *
 * Two independent n x k matrices A and B of uniform draws; for each factor i, AB_i is A with
 * column i taken from B. The model is evaluated at the rows of A, B and every AB_i: n (k + 2)
 * evaluations. Intervals come from a seeded bootstrap over the n rows, the usual practice
 * (Archer et al. 1997), as SALib does.
 */
import seedrandom from 'seedrandom';
import { quantileSorted } from 'simple-statistics';
import type { Interval } from './wilson-interval.js';

export interface SaltelliDesign {
  n: number;
  k: number;
  /** Row-major n x k matrices of uniform [0, 1) draws. */
  a: Float64Array;
  b: Float64Array;
}

/** A and B from a seeded stream (alea): the same seed gives the same design. */
export function saltelliDesign(n: number, k: number, seed: string | number): SaltelliDesign {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Saltelli design: n must be a whole number of at least 2, got ${n}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Saltelli design: k must be a whole number of at least 1, got ${k}`);
  const random = seedrandom.alea(`saltelli/${seed}`);
  const a = new Float64Array(n * k);
  const b = new Float64Array(n * k);
  for (let j = 0; j < n * k; j++) a[j] = random();
  for (let j = 0; j < n * k; j++) b[j] = random();
  return { n, k, a, b };
}

/** The design's points in evaluation order: the rows of A, then of B, then of AB_1 ... AB_k. */
export function saltelliPoints(design: SaltelliDesign): Float64Array[] {
  const { n, k, a, b } = design;
  const points: Float64Array[] = [];
  for (let j = 0; j < n; j++) points.push(a.slice(j * k, j * k + k));
  for (let j = 0; j < n; j++) points.push(b.slice(j * k, j * k + k));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < n; j++) {
      const row = a.slice(j * k, j * k + k);
      row[i] = b[j * k + i];
      points.push(row);
    }
  }
  return points;
}

export interface SobolIndices {
  first: Interval[];
  total: Interval[];
  /** Variance of the outcome over A and B. */
  variance: number;
}

function estimate(fa: ArrayLike<number>, fb: ArrayLike<number>, fab: ArrayLike<number>[], rows: ArrayLike<number>): { first: number[]; total: number[]; variance: number } {
  const n = rows.length;
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j];
    sum += fa[r] + fb[r];
    sumSq += fa[r] * fa[r] + fb[r] * fb[r];
  }
  const m = sum / (2 * n);
  const variance = sumSq / (2 * n) - m * m;
  const first: number[] = [];
  const total: number[] = [];
  for (const f of fab) {
    let s = 0;
    let t = 0;
    for (let j = 0; j < n; j++) {
      const r = rows[j];
      s += fb[r] * (f[r] - fa[r]);
      t += (fa[r] - f[r]) ** 2;
    }
    first.push(variance > 0 ? s / n / variance : NaN);
    total.push(variance > 0 ? t / (2 * n) / variance : NaN);
  }
  return { first, total, variance };
}

/**
 * First-order and total indices with percentile bootstrap intervals. `fa`, `fb` and each
 * `fab[i]` hold the outcome at the rows of A, B and AB_i. A constant outcome gives NaN indices
 * (no variance to apportion).
 */
export function sobolIndices(fa: ArrayLike<number>, fb: ArrayLike<number>, fab: ArrayLike<number>[], options: { seed: string | number; resamples?: number; confidence?: number }): SobolIndices {
  const n = fa.length;
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const point = estimate(fa, fb, fab, all);
  const resamples = options.resamples ?? 1000;
  const alpha = 1 - (options.confidence ?? 0.95);
  const random = seedrandom.alea(`sobol-bootstrap/${options.seed}`);
  const k = fab.length;
  const firsts = Array.from({ length: k }, () => new Float64Array(resamples));
  const totals = Array.from({ length: k }, () => new Float64Array(resamples));
  const rows = new Int32Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(random() * n);
    const e = estimate(fa, fb, fab, rows);
    for (let i = 0; i < k; i++) {
      firsts[i][r] = e.first[i];
      totals[i][r] = e.total[i];
    }
  }
  const interval = (value: number, draws: Float64Array): Interval => {
    if (!Number.isFinite(value)) return { estimate: value, lower: NaN, upper: NaN };
    const sorted = Array.from(draws.filter(Number.isFinite)).sort((x, y) => x - y);
    return sorted.length ? { estimate: value, lower: quantileSorted(sorted, alpha / 2), upper: quantileSorted(sorted, 1 - alpha / 2) } : { estimate: value, lower: NaN, upper: NaN };
  };
  return {
    first: point.first.map((v, i) => interval(v, firsts[i])),
    total: point.total.map((v, i) => interval(v, totals[i])),
    variance: point.variance,
  };
}
