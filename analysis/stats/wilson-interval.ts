/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Agresti and Coull 1998):
 *   centre = (p + z^2/2n) / (1 + z^2/n),  half = z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n).
 * Better than the normal interval near 0 and 1, where atrocity rates often are.
 *
 * @example wilsonInterval(5, 10) // { estimate: 0.5, lower: 0.2366, upper: 0.7634 }
 */
import { normalQuantile } from '../../sim/normal-quantile.js';

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (n === 0) return { estimate: NaN, lower: 0, upper: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 or n successes the bound is exactly 0 or 1 (rounding would leave 1e-17).
  return { estimate: p, lower: successes === 0 ? 0 : Math.max(0, centre - half), upper: successes === n ? 1 : Math.min(1, centre + half) };
}
