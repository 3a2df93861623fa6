/**
 * Logistic regression by iteratively reweighted least squares (Newton-Raphson on the
 * log-likelihood; McCullagh and Nelder 1989, Generalized Linear Models, section 4.4; the same
 * algorithm as R's glm(family = binomial)):
 *   p = 1 / (1 + exp(-X b)),  W = diag(p (1 - p)),
 *   b <- b + (X'WX)^-1 X'(y - p),
 * until the deviance changes by less than `tolerance` relative to itself (glm's rule). Standard
 * errors are the square roots of the diagonal of (X'WX)^-1 at the optimum (Wald), odds ratios
 * exp(b) with the Wald interval exp(b +- z se).
 *
 * simple-statistics (7.x) has no logistic regression (only a perceptron and a naive Bayes
 * classifier); the six-factor model of Harff (2003) needs a multivariate fit with standard
 * errors, hence this file.
 *
 * @example logisticRegression([[53], [57], [70], [81]], [1, 1, 0, 0]) // intercept first, then the slope
 */
import { errorFunction } from 'simple-statistics';
import { normalQuantile } from '../../sim/normal-quantile.js';
import type { Interval } from './wilson-interval.js';

export interface LogisticOptions {
  /** Add an intercept column of ones (default true); it comes first in every result array. */
  intercept?: boolean;
  maxIterations?: number;
  tolerance?: number;
  confidence?: number;
}

export interface LogisticFit {
  /** Intercept first (when fitted), then one per column of x. */
  coefficients: number[];
  standardErrors: number[];
  z: number[];
  /** Two-sided Wald p-values. */
  pValues: number[];
  /** exp(coefficient) with its Wald interval. */
  oddsRatios: Interval[];
  logLikelihood: number;
  /** Log-likelihood of the intercept-only model (for McFadden's pseudo R^2). */
  nullLogLikelihood: number;
  iterations: number;
  /**
   * False when the deviance had not settled after maxIterations, or the information matrix was
   * singular: typically complete or quasi-complete separation, where some estimate runs off to
   * infinity. The last estimates are returned, flagged.
   */
  converged: boolean;
  /**
   * Some fitted probability is numerically 0 or 1 (within 1e-8): the mark of complete or
   * quasi-complete separation, where the estimates and their standard errors mean little. R's
   * glm warns on the same condition.
   */
  separation: boolean;
  /** Fitted probabilities, one per observation. */
  fitted: number[];
}

export function logisticRegression(x: readonly (readonly number[])[], y: readonly number[], options: LogisticOptions = {}): LogisticFit {
  const n = y.length;
  if (x.length !== n) throw new RangeError(`logistic regression: ${x.length} rows of predictors for ${n} outcomes`);
  if (n === 0) throw new RangeError('logistic regression: no observations');
  for (const v of y) if (v !== 0 && v !== 1) throw new RangeError(`logistic regression: outcomes must be 0 or 1, got ${v}`);
  const intercept = options.intercept ?? true;
  const design = x.map((row) => (intercept ? [1, ...row] : [...row]));
  const k = design[0].length;
  for (const row of design) if (row.length !== k) throw new RangeError('logistic regression: rows of unequal length');
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-10;

  const beta = new Array<number>(k).fill(0);
  // Start from the intercept-only solution: faster and safer than zeros on rare outcomes.
  const mean = y.reduce((a, b) => a + b, 0) / n;
  if (intercept && mean > 0 && mean < 1) beta[0] = Math.log(mean / (1 - mean));
  const p = new Array<number>(n);
  let deviance = devianceAt(design, y, beta, p);
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const { matrix, score } = informationAndScore(design, y, p);
    const step = choleskySolve(matrix, score);
    if (step === null) break;
    const next = beta.map((b, j) => b + step[j]);
    let nextDeviance = devianceAt(design, y, next, p);
    // Step halving (as glm does) when a full Newton step overshoots.
    let halvings = 0;
    while (!(nextDeviance <= deviance + 1e-12) && halvings < 30) {
      for (let j = 0; j < k; j++) next[j] = (next[j] + beta[j]) / 2;
      nextDeviance = devianceAt(design, y, next, p);
      halvings++;
    }
    for (let j = 0; j < k; j++) beta[j] = next[j];
    const change = Math.abs(nextDeviance - deviance) / (Math.abs(nextDeviance) + 0.1);
    deviance = nextDeviance;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  devianceAt(design, y, beta, p);
  const information = informationAndScore(design, y, p).matrix;
  const inverse = choleskyInverse(information);
  if (inverse === null) converged = false;
  const z = normalQuantile(1 - (1 - (options.confidence ?? 0.95)) / 2);
  const standardErrors = beta.map((_, j) => (inverse ? Math.sqrt(Math.max(0, inverse[j][j])) : NaN));
  const zs = beta.map((b, j) => b / standardErrors[j]);
  return {
    coefficients: [...beta],
    standardErrors,
    z: zs,
    pValues: zs.map((v) => (Number.isFinite(v) ? 2 * (1 - normalCdf(Math.abs(v))) : NaN)),
    oddsRatios: beta.map((b, j) => ({ estimate: Math.exp(b), lower: Math.exp(b - z * standardErrors[j]), upper: Math.exp(b + z * standardErrors[j]) })),
    logLikelihood: -deviance / 2,
    nullLogLikelihood: mean > 0 && mean < 1 ? n * (mean * Math.log(mean) + (1 - mean) * Math.log(1 - mean)) : 0,
    iterations,
    converged,
    separation: p.some((v) => v < 1e-8 || v > 1 - 1e-8),
    fitted: [...p],
  };
}

/** Share of observations whose fitted probability falls on the side of `cutoff` their outcome is on. */
export function classificationAccuracy(fitted: readonly number[], y: readonly number[], cutoff = 0.5): number {
  let right = 0;
  for (let i = 0; i < y.length; i++) if ((fitted[i] >= cutoff ? 1 : 0) === y[i]) right++;
  return y.length > 0 ? right / y.length : NaN;
}

/** Fitted probability of a new observation (without the intercept's 1, which is added when fitted with one). */
export function predictLogistic(fit: LogisticFit, row: readonly number[], intercept = true): number {
  const values = intercept ? [1, ...row] : row;
  let eta = 0;
  for (let j = 0; j < values.length; j++) eta += fit.coefficients[j] * values[j];
  return 1 / (1 + Math.exp(-eta));
}

function normalCdf(z: number): number {
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}

/** Deviance -2 log L at beta; fills p with the fitted probabilities. */
function devianceAt(design: number[][], y: readonly number[], beta: number[], p: number[]): number {
  let d = 0;
  for (let i = 0; i < design.length; i++) {
    let eta = 0;
    const row = design[i];
    for (let j = 0; j < row.length; j++) eta += row[j] * beta[j];
    // log(1 + e^eta) without overflow; log L_i = y eta - log(1 + e^eta).
    const softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    d += -2 * (y[i] * eta - softplus);
    p[i] = 1 / (1 + Math.exp(-eta));
  }
  return d;
}

function informationAndScore(design: number[][], y: readonly number[], p: number[]): { matrix: number[][]; score: number[] } {
  const k = design[0].length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const score = new Array<number>(k).fill(0);
  for (let i = 0; i < design.length; i++) {
    const row = design[i];
    const w = p[i] * (1 - p[i]);
    const r = y[i] - p[i];
    for (let a = 0; a < k; a++) {
      score[a] += row[a] * r;
      const wa = w * row[a];
      for (let b = 0; b <= a; b++) matrix[a][b] += wa * row[b];
    }
  }
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) matrix[a][b] = matrix[b][a];
  return { matrix, score };
}

/** Lower-triangular L with L L' = m, or null when m is not positive definite. */
function cholesky(m: number[][]): number[][] | null {
  const k = m.length;
  const l = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i][j];
      for (let r = 0; r < j; r++) s -= l[i][r] * l[j][r];
      if (i === j) {
        if (!(s > 1e-300)) return null;
        l[i][i] = Math.sqrt(s);
      } else l[i][j] = s / l[j][j];
    }
  }
  return l;
}

function choleskySolve(m: number[][], b: number[]): number[] | null {
  const l = cholesky(m);
  if (l === null) return null;
  const k = b.length;
  const z = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    let s = b[i];
    for (let r = 0; r < i; r++) s -= l[i][r] * z[r];
    z[i] = s / l[i][i];
  }
  const out = new Array<number>(k);
  for (let i = k - 1; i >= 0; i--) {
    let s = z[i];
    for (let r = i + 1; r < k; r++) s -= l[r][i] * out[r];
    out[i] = s / l[i][i];
  }
  return out;
}

function choleskyInverse(m: number[][]): number[][] | null {
  const k = m.length;
  const columns: number[][] = [];
  for (let j = 0; j < k; j++) {
    const e = new Array<number>(k).fill(0);
    e[j] = 1;
    const c = choleskySolve(m, e);
    if (c === null) return null;
    columns.push(c);
  }
  return Array.from({ length: k }, (_, i) => columns.map((c) => c[i]));
}
