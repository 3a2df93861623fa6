/** The benchmark regression guard's arithmetic (the benchmarks themselves never run in tests). */
import { describe, expect, it } from 'vitest';
import { checkFigures, checkTable } from '../../bench/check.js';

describe('bench --check', () => {
  it('fails a throughput that falls more than 25% and a cost that rises more than 25%, and passes new figures', () => {
    const rows = checkFigures({ a: 100, b: 100, c: 1.0, d: 1.0 }, [
      { key: 'a', value: 76, better: 'higher' },
      { key: 'b', value: 74, better: 'higher' },
      { key: 'c', value: 1.2, better: 'lower' },
      { key: 'd', value: 1.3, better: 'lower' },
      { key: 'e', value: 5, better: 'higher' },
    ]);
    expect(rows.map((r) => r.ok)).toEqual([true, false, true, false, true]);
    expect(rows[1].ratio).toBeCloseTo(0.74);
    expect(rows[4].baseline).toBeNull();
    const table = checkTable(rows);
    expect(table.split('\n').filter((l) => l.includes('SLOW'))).toHaveLength(2);
    expect(table).toMatch(/e .* new/);
  });

  it('judges throughputs against the baseline scaled by the machines\' calibrations, and leaves costs alone', () => {
    // This machine runs the calibration loop at 0.6 of the baseline machine's speed.
    const rows = checkFigures({ a: 100, c: 1.0 }, [
      { key: 'a', value: 50, better: 'higher' },
      { key: 'c', value: 1.3, better: 'lower' },
    ], undefined, 0.6);
    expect(rows[0].ok).toBe(true);
    expect(rows[0].ratio).toBeCloseTo(50 / 60);
    expect(rows[0].baseline).toBeCloseTo(60);
    expect(rows[1].ok).toBe(false);
    expect(checkTable(rows, 0.6)).toContain('scaled by 0.60');
  });
});
