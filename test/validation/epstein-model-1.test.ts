/**
 * Target 1 of the validation at reduced size (the full figures come from `npm run validate`):
 * the direction and the significance of each effect of Epstein's Model I, not exact numbers.
 * Gradual against sudden loss of legitimacy (row 1.6) is not here: at full size the model does
 * not reproduce it (docs/validation.md), so there is no effect to assert.
 */
import { describe, expect, it } from 'vitest';
import { isPunctuated, measureOutbursts, measureTrajectory, trajectoryFacts } from '../../analysis/validation/epstein-model-1.js';
import { scenarioFrom, variant } from '../../analysis/validation/runs.js';
import { pairedDifference, proportion } from '../../analysis/validation/summaries.js';
import type { Scenario } from '../../scenarios/schema.js';
import { runSeed } from '../../sim/index.js';
import type { ArrestRounding } from '../../sim/vocabulary.js';

const seeds = (n: number) => Array.from({ length: n }, (_, i) => runSeed(8, i));
const rounded = (s: Scenario, rounding: ArrestRounding) => variant(s, (x) => (x.population['arrest-rounding'] = rounding));

describe("target 1: Epstein's Model I", () => {
  it('Run 2 is punctuated under both integer rules and never bursts under the literal rule', () => {
    const run2 = scenarioFrom('scenarios/classic/epstein-1.yaml', (s) => (s.horizon = 400));
    const outbursts: Record<string, number[]> = {};
    for (const rounding of ['floor', 'round', 'none'] as ArrestRounding[]) {
      const runs = seeds(5).map((seed) => measureOutbursts({ scenario: rounded(run2, rounding), seed, keepSeries: false }));
      outbursts[rounding] = runs.map((r) => r.outbursts.length);
      const punctuated = proportion(runs.filter(isPunctuated).length, runs.length);
      if (rounding === 'none') expect(punctuated.estimate).toBe(0);
      else expect(punctuated.lower, `${rounding}: punctuated seeds`).toBeGreaterThan(0.5);
      // Waiting times exist and are positive wherever there are outbursts.
      for (const r of runs) for (const w of r.waits) expect(w).toBeGreaterThan(0);
    }
    // The integer step is what makes outbursts: significantly more than with the literal rule.
    expect(pairedDifference(outbursts.floor, outbursts.none, 'floor').lower).toBeGreaterThan(0);
    expect(pairedDifference(outbursts.round, outbursts.none, 'round').lower).toBeGreaterThan(0);
  });

  it('with L = 1 - T no citizen ever activates, in every variant of the rule', () => {
    for (const rounding of ['floor', 'round', 'none'] as ArrestRounding[]) {
      const s = scenarioFrom('scenarios/classic/epstein-1.yaml', (x) => {
        x.horizon = 60;
        x.population['arrest-rounding'] = rounding;
        x.groups[0].legitimacy = 1 - x.population.threshold;
      });
      for (const seed of seeds(3)) expect(Math.max(...measureTrajectory({ scenario: s, seed }).actives)).toBe(0);
    }
  });

  it('walking the cops down tips society into rebellion more often than keeping them (both rules)', () => {
    const base = scenarioFrom('scenarios/validation/epstein-run-5.yaml', (s) => (s.horizon = 200));
    const from = base.shocks[0].at;
    for (const rounding of ['floor', 'round'] as ArrestRounding[]) {
      const walked = rounded(base, rounding);
      const kept = variant(walked, (s) => (s.shocks = []));
      const list = seeds(16);
      const w = list.map((seed) => (trajectoryFacts(measureTrajectory({ scenario: walked, seed }), from).onset !== null ? 1 : 0));
      const k = list.map((seed) => (trajectoryFacts(measureTrajectory({ scenario: kept, seed }), from).onset !== null ? 1 : 0));
      expect(pairedDifference(w, k, `run5/${rounding}`).lower, rounding).toBeGreaterThan(0);
    }
  });
});
