import { mean } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { bootstrapInterval, kaplanMeier, quantileBands, wilsonInterval } from '../../analysis/stats/index.js';

describe('wilsonInterval', () => {
  it('matches the closed formula on known cases', () => {
    // 5 of 10: 0.2366 to 0.7634; 0 of 10: 0 to 0.2775; 81 of 263: 0.2553 to 0.3662 (Newcombe 1998).
    const a = wilsonInterval(5, 10);
    expect(a.lower).toBeCloseTo(0.2366, 4);
    expect(a.upper).toBeCloseTo(0.7634, 4);
    const b = wilsonInterval(0, 10);
    expect(b.lower).toBe(0);
    expect(b.upper).toBeCloseTo(0.2775, 4);
    const c = wilsonInterval(81, 263);
    expect(c.lower).toBeCloseTo(0.2553, 3);
    expect(c.upper).toBeCloseTo(0.3662, 3);
  });
});

describe('kaplanMeier', () => {
  it('reproduces the Freireich 6-MP arm (Kaplan-Meier textbook example)', () => {
    const data = '6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*'.split(' ');
    const times = data.map((d) => parseInt(d, 10));
    const events = data.map((d) => !d.endsWith('*'));
    const curve = kaplanMeier(times, events);
    const at = (t: number) => curve.steps.filter((s) => s.time <= t).at(-1)!.survival;
    expect(at(6)).toBeCloseTo(0.857, 3);
    expect(at(7)).toBeCloseTo(0.807, 3);
    expect(at(10)).toBeCloseTo(0.753, 3);
    expect(at(13)).toBeCloseTo(0.69, 3);
    expect(at(16)).toBeCloseTo(0.627, 3);
    expect(at(22)).toBeCloseTo(0.538, 3);
    expect(at(23)).toBeCloseTo(0.448, 3);
    expect(curve.median.estimate).toBe(23);
    // The band contains the estimate and stays in [0, 1].
    for (const s of curve.steps) {
      expect(s.lower).toBeLessThanOrEqual(s.survival + 1e-12);
      expect(s.upper).toBeGreaterThanOrEqual(s.survival - 1e-12);
      expect(s.lower).toBeGreaterThanOrEqual(0);
      expect(s.upper).toBeLessThanOrEqual(1);
    }
  });
});

describe('bootstrapInterval', () => {
  it('is deterministic for a seed and covers the mean of a known sample', () => {
    const xs = Array.from({ length: 200 }, (_, i) => (i % 10) - 4.5); // mean 0, sd ~2.87
    const a = bootstrapInterval(xs, mean, { seed: 1 });
    const b = bootstrapInterval(xs, mean, { seed: 1 });
    expect(a).toEqual(b);
    expect(a.estimate).toBeCloseTo(0, 10);
    // Standard error ~ 2.87 / sqrt(200) = 0.203: the 95% interval is about +-0.4.
    expect(a.lower).toBeGreaterThan(-0.55);
    expect(a.lower).toBeLessThan(-0.25);
    expect(a.upper).toBeGreaterThan(0.25);
    expect(a.upper).toBeLessThan(0.55);
  });
});

describe('quantileBands', () => {
  it('gives per-tick percentiles', () => {
    const runs = Array.from({ length: 11 }, (_, r) => [r, 10 * r]);
    const [p10, p25, p50, p75, p90] = quantileBands(runs, 2);
    expect(p50).toEqual([5, 50]);
    expect(p10[0]).toBeLessThan(p25[0]);
    expect(p75[1]).toBeLessThan(p90[1]);
  });
});
