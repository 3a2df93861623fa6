/**
 * Acceptance check 3 of issue 3 (seed 003: avoid a rigid escalatory ladder; front-load
 * sanctions): on burundi-1965, `ladder` and `front-loaded` use the same three instruments for
 * the same number of months (hence the same budget), one a step a year, the other all at once.
 * Over the same 40 seeds (common random numbers) their outcome distributions differ. Both are
 * printed.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../cli/load-scenario.js';
import { run, type RunOutcome } from '../../sim/index.js';

function summary(xs: RunOutcome[]) {
  const deaths = xs.map((o) => o.civilianDeaths).sort((a, b) => a - b);
  const q = (p: number) => deaths[Math.min(deaths.length - 1, Math.floor(p * deaths.length))];
  return {
    atrocityRate: xs.filter((o) => o.atrocity).length / xs.length,
    meanCivilianDeaths: Math.round(deaths.reduce((s, d) => s + d, 0) / xs.length),
    quartiles: [q(0.25), q(0.5), q(0.75)],
    meanAtrocityOnset: Math.round(xs.filter((o) => o.atrocityOnset !== null).reduce((s, o) => s + o.atrocityOnset!, 0) / Math.max(1, xs.filter((o) => o.atrocity).length)),
    meanCost: Math.round(xs.reduce((s, o) => s + o.cost, 0) / xs.length),
  };
}

describe('escalatory ladder versus front-loading', () => {
  it('same instruments, same budget, different outcome distributions (burundi-1965, 40 seeds, 30x30)', () => {
    const s = loadScenarioFile('scenarios/burundi-1965.yaml');
    s.population.grid = 30;
    const ladderApps = s.strategies.ladder.map((a) => a.instrument).sort();
    const frontApps = s.strategies['front-loaded'].map((a) => a.instrument).sort();
    expect(ladderApps).toEqual(frontApps);
    const ladder: RunOutcome[] = [];
    const front: RunOutcome[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      ladder.push(run(s, 'ladder', seed).outcome);
      front.push(run(s, 'front-loaded', seed).outcome);
    }
    const a = summary(ladder);
    const b = summary(front);
    console.log('ladder      ', a);
    console.log('front-loaded', b);
    // Same budget: the same instruments for the same months.
    for (let i = 0; i < ladder.length; i++) expect(front[i].cost).toBeCloseTo(ladder[i].cost, 0);
    // Different distributions: most paired runs differ, and the mean deaths differ.
    const differing = ladder.filter((o, i) => o.civilianDeaths !== front[i].civilianDeaths).length;
    expect(differing).toBeGreaterThan(20);
    expect(a.meanCivilianDeaths).not.toBe(b.meanCivilianDeaths);
  });
});
