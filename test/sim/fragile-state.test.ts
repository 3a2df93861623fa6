/**
 * The bundled default scenario has something to prevent, and early engagement prevents more of
 * it than late (acceptance check 5 of the engine issue). The advantage is not coded in: the
 * instruments are the same; only the state they meet differs.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../sim/index.js';
import { scenario } from '../helpers/scenarios.js';

describe('fragile-state over 200 seeds', () => {
  it('none reaches mass atrocity in at least a third of runs, early in clearly fewer, late in between', () => {
    const s = scenario('scenarios/fragile-state.yaml', (x) => {
      x.population.grid = 30;
    });
    const seeds = 200;
    const rate: Record<string, number> = {};
    const deaths: Record<string, number> = {};
    for (const strategy of ['none', 'early', 'late']) {
      let atrocities = 0;
      let killed = 0;
      for (let seed = 1; seed <= seeds; seed++) {
        const { outcome } = run(s, strategy, seed);
        atrocities += outcome.atrocity ? 1 : 0;
        killed += outcome.civilianDeaths;
      }
      rate[strategy] = atrocities / seeds;
      deaths[strategy] = killed / seeds;
    }
    console.log('mass-atrocity rate over 200 seeds:', rate, 'mean civilian deaths:', deaths);
    expect(rate.none).toBeGreaterThanOrEqual(1 / 3);
    // "Clearly fewer": at least 15 points below and under half the baseline rate.
    expect(rate.early).toBeLessThan(rate.none - 0.15);
    expect(rate.early).toBeLessThan(rate.none / 2);
    expect(rate.late).toBeLessThan(rate.none);
    expect(rate.late).toBeGreaterThan(rate.early);
    expect(deaths.late).toBeLessThan(deaths.none);
    expect(deaths.late).toBeGreaterThan(deaths.early);
  });
});
