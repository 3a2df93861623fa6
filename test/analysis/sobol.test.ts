/**
 * Sobol indices from Saltelli sampling against the Ishigami function's known answers
 * (Ishigami and Homma 1990; a = 7, b = 0.1, inputs uniform on [-pi, pi]; analytic indices from
 * Sobol' and Levitan 1999 and SALib's test suite): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
 */
import { describe, expect, it } from 'vitest';
import { saltelliDesign, saltelliPoints, sobolIndices } from '../../analysis/stats/index.js';

const ishigami = (x: ArrayLike<number>) => {
  const [x1, x2, x3] = Array.from(x, (u) => -Math.PI + 2 * Math.PI * u);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};

function indicesOf(n: number, seed: number) {
  const design = saltelliDesign(n, 3, seed);
  const f = saltelliPoints(design).map(ishigami);
  const fa = f.slice(0, n);
  const fb = f.slice(n, 2 * n);
  const fab = [0, 1, 2].map((i) => f.slice((2 + i) * n, (3 + i) * n));
  return sobolIndices(fa, fb, fab, { seed, resamples: 300 });
}

describe('Sobol indices (Saltelli sampling)', () => {
  it('recover the Ishigami function\'s analytic first-order and total indices', () => {
    const s = indicesOf(16384, 1);
    const first = [0.3139, 0.4424, 0];
    const total = [0.5576, 0.4424, 0.2437];
    s.first.forEach((x, i) => expect(Math.abs(x.estimate - first[i])).toBeLessThan(0.04));
    s.total.forEach((x, i) => expect(Math.abs(x.estimate - total[i])).toBeLessThan(0.04));
    // The bootstrap intervals cover the known values and are ordered.
    s.first.forEach((x, i) => {
      expect(x.lower).toBeLessThanOrEqual(first[i] + 0.01);
      expect(x.upper).toBeGreaterThanOrEqual(first[i] - 0.01);
    });
    s.total.forEach((x) => expect(x.lower).toBeLessThan(x.upper));
    // x3 acts only through its interaction with x1: no first-order effect, a clear total one.
    expect(s.total[2].lower).toBeGreaterThan(0.15);
  });

  it('are reproducible from the seed and narrow as n grows', () => {
    const a = indicesOf(1024, 7);
    const b = indicesOf(1024, 7);
    expect(a).toEqual(b);
    const wide = a.total[0].upper - a.total[0].lower;
    const narrow = indicesOf(16384, 7).total[0];
    expect(narrow.upper - narrow.lower).toBeLessThan(wide / 2);
  });

  it('give NaN for an outcome with no variance and reject a bad design', () => {
    const s = sobolIndices([1, 1, 1], [1, 1, 1], [[1, 1, 1]], { seed: 1, resamples: 10 });
    expect(Number.isNaN(s.first[0].estimate)).toBe(true);
    expect(() => saltelliDesign(1, 2, 1)).toThrow(/at least 2/);
  });
});
