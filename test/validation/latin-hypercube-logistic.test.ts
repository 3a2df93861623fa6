/**
 * Known answers for the Latin hypercube design and the logistic regression
 * (analysis/stats/latin-hypercube.ts, analysis/stats/logistic-regression.ts).
 */
import { describe, expect, it } from 'vitest';
import { classificationAccuracy, latinHypercube, logisticRegression, predictLogistic } from '../../analysis/stats/index.js';
import { stream } from '../../sim/rng.js';

describe('latinHypercube', () => {
  it('puts exactly one point in every stratum of every axis', () => {
    const n = 50;
    const rows = latinHypercube(n, 7, 'test');
    expect(rows).toHaveLength(n);
    for (let j = 0; j < 7; j++) {
      const strata = rows.map((r) => Math.floor(r[j] * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      for (const r of rows) {
        expect(r[j]).toBeGreaterThanOrEqual(0);
        expect(r[j]).toBeLessThan(1);
      }
    }
  });

  it('is the same for the same seed and differs for another', () => {
    const a = latinHypercube(20, 3, 1);
    const b = latinHypercube(20, 3, 1);
    const c = latinHypercube(20, 3, 2);
    expect(a.map((r) => Array.from(r))).toEqual(b.map((r) => Array.from(r)));
    expect(a.map((r) => Array.from(r))).not.toEqual(c.map((r) => Array.from(r)));
  });

  it('has axes close to independent (the permutations are drawn separately)', () => {
    const rows = latinHypercube(2000, 2, 'independence');
    const mx = rows.reduce((s, r) => s + r[0], 0) / rows.length;
    const my = rows.reduce((s, r) => s + r[1], 0) / rows.length;
    let sxy = 0, sxx = 0, syy = 0;
    for (const r of rows) {
      sxy += (r[0] - mx) * (r[1] - my);
      sxx += (r[0] - mx) ** 2;
      syy += (r[1] - my) ** 2;
    }
    // |r| < 3 / sqrt(n) for independent axes, with a wide margin.
    expect(Math.abs(sxy / Math.sqrt(sxx * syy))).toBeLessThan(3 / Math.sqrt(rows.length));
  });

  it('rejects sizes that are not whole numbers', () => {
    expect(() => latinHypercube(0, 2, 1)).toThrow(RangeError);
    expect(() => latinHypercube(3, 1.5, 1)).toThrow(RangeError);
  });
});

describe('logisticRegression', () => {
  // The 23 shuttle launches before Challenger: launch temperature (F) and whether any O-ring
  // was damaged (Dalal, Fowlkes and Hoadley 1989). R: glm(damage > 0 ~ temp, binomial) gives
  // intercept 15.0429 (SE 7.3786) and temp -0.2322 (SE 0.1082).
  const temp = [53, 57, 58, 63, 66, 67, 67, 67, 68, 69, 70, 70, 70, 70, 72, 73, 75, 75, 76, 76, 78, 79, 81];
  const damaged = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0];

  it("reproduces R's glm on the Challenger O-ring data", () => {
    const fit = logisticRegression(temp.map((t) => [t]), damaged);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(15.0429, 3);
    expect(fit.coefficients[1]).toBeCloseTo(-0.2322, 4);
    expect(fit.standardErrors[0]).toBeCloseTo(7.3786, 3);
    expect(fit.standardErrors[1]).toBeCloseTo(0.1082, 4);
    // z = -2.145, p = 0.032 for temperature (same table).
    expect(fit.z[1]).toBeCloseTo(-2.145, 2);
    expect(fit.pValues[1]).toBeCloseTo(0.032, 3);
    expect(fit.oddsRatios[1].estimate).toBeCloseTo(Math.exp(-0.2322), 4);
    expect(fit.oddsRatios[1].lower).toBeLessThan(fit.oddsRatios[1].estimate);
    expect(fit.oddsRatios[1].upper).toBeGreaterThan(fit.oddsRatios[1].estimate);
    // Residual deviance 20.315 on 21 degrees of freedom, null deviance 28.267 on 22.
    expect(-2 * fit.logLikelihood).toBeCloseTo(20.315, 2);
    expect(-2 * fit.nullLogLikelihood).toBeCloseTo(28.267, 2);
    expect(predictLogistic(fit, [31])).toBeGreaterThan(0.99);
  });

  it("reproduces Minitab's fit on Montgomery's 24-launch version of the data", () => {
    // Montgomery and Runger, Applied Statistics and Probability for Engineers, section 11-9:
    // constant 10.875 (SE 5.703), temperature -0.17132 (SE 0.08344), log-likelihood -11.515.
    const t = [53, 56, 57, 63, 66, 67, 67, 67, 68, 69, 70, 70, 70, 70, 72, 73, 75, 75, 76, 76, 78, 79, 80, 81];
    const f = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    const fit = logisticRegression(t.map((v) => [v]), f);
    expect(fit.coefficients[0]).toBeCloseTo(10.875, 2);
    expect(fit.coefficients[1]).toBeCloseTo(-0.17132, 4);
    expect(fit.standardErrors[0]).toBeCloseTo(5.703, 2);
    expect(fit.standardErrors[1]).toBeCloseTo(0.08344, 4);
    expect(fit.logLikelihood).toBeCloseTo(-11.515, 2);
  });

  it('recovers known coefficients of three predictors from a large simulated sample', () => {
    const random = stream('logistic-test', 'data');
    const truth = [-1, 0.8, -1.2, 0.5];
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const row = [random() * 2 - 1, random() < 0.4 ? 1 : 0, random() * 3];
      const eta = truth[0] + truth[1] * row[0] + truth[2] * row[1] + truth[3] * row[2];
      x.push(row);
      y.push(random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
    }
    const fit = logisticRegression(x, y);
    expect(fit.converged).toBe(true);
    // Every estimate within 4 standard errors of the truth.
    truth.forEach((b, j) => expect(Math.abs(fit.coefficients[j] - b)).toBeLessThan(4 * fit.standardErrors[j]));
    const accuracy = classificationAccuracy(fit.fitted, y);
    expect(accuracy).toBeGreaterThan(0.6);
    expect(accuracy).toBeLessThan(1);
  });

  it('flags complete separation instead of passing off a confident fit', () => {
    const fit = logisticRegression([[1], [2], [3], [4], [5], [6]], [0, 0, 0, 1, 1, 1]);
    expect(fit.separation).toBe(true);
    expect(logisticRegression(temp.map((t) => [t]), damaged).separation).toBe(false);
  });

  it('rejects outcomes that are not 0 or 1 and mismatched lengths', () => {
    expect(() => logisticRegression([[1], [2]], [0, 2])).toThrow(RangeError);
    expect(() => logisticRegression([[1]], [0, 1])).toThrow(RangeError);
  });

  it('classificationAccuracy counts predictions on the right side of the cutoff', () => {
    expect(classificationAccuracy([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 1])).toBe(0.5);
    expect(classificationAccuracy([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 1], 0.3)).toBe(0.75);
  });
});
