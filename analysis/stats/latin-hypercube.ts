/**
 * Latin hypercube sample of n points in the unit cube [0, 1)^k (McKay, Beckman and Conover
 * 1979, Technometrics 21: 239-245): each axis is cut into n equal strata and every stratum of
 * every axis holds exactly one point. Column j is a random permutation of the strata with a
 * uniform jitter inside each:
 *   x[i][j] = (perm_j(i) + u_ij) / n,   u_ij ~ U[0, 1).
 * Compared with n independent uniform points it spreads the design evenly over each factor,
 * which is what a synthetic cross-national data set of scenarios needs.
 *
 * Seeded with the engine's named streams (sim/rng.ts), never Math.random: the same seed gives
 * the same design on any machine.
 *
 * @example latinHypercube(4, 2, 'harff') // 4 rows of 2 coordinates, one per quarter of each axis
 */
import { stream } from '../../sim/rng.js';

export function latinHypercube(n: number, k: number, seed: number | string): Float64Array[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Latin hypercube: n must be a whole number of at least 1, got ${n}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Latin hypercube: k must be a whole number of at least 1, got ${k}`);
  const random = stream(seed, 'latin-hypercube');
  const rows = Array.from({ length: n }, () => new Float64Array(k));
  const strata = new Int32Array(n);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) strata[i] = i;
    // Fisher-Yates: a uniform random permutation of the strata for this axis.
    for (let i = n - 1; i > 0; i--) {
      const r = Math.floor(random() * (i + 1));
      const t = strata[i];
      strata[i] = strata[r];
      strata[r] = t;
    }
    for (let i = 0; i < n; i++) rows[i][j] = (strata[i] + random()) / n;
  }
  return rows;
}
