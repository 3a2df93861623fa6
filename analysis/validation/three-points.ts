/**
 * Target 7: Gurr's three points of intervention (scenarios/three-points.yaml, seed 004). The
 * same resources spent at the first point should avert more deaths than at the second, and at
 * the second more than at the third.
 *
 * The library's three strategies use different instruments at each point (and so different
 * budgets). To spend the same resources, the validation adds to the same country one package,
 * identical at every point, started by the event that marks the point:
 *   1. the month the coup brings in the new exclusionary elite (the scenario's shock; in this
 *      country mobilisation alone can reach the crisis stage earlier, so the stage would not
 *      mark the new elite);
 *   2. the onset of armed conflict: battle deaths in the last 12 months past 24 (the UCDP
 *      threshold; the stage label cannot be used, as a mass atrocity outranks it);
 *   3. the onset of mass atrocity (the stage).
 * A run that never reaches a point never pays for its package. Deaths averted are paired: the
 * run without instruments minus the run with the package, same seed.
 */
import type { Application, Scenario } from '../../scenarios/schema.js';
import { runSeed } from '../../sim/index.js';
import { num, pct, range } from './format.js';
import type { PairedTask, StrategyRecord } from './paired.js';
import { scenarioFrom, variant } from './runs.js';
import { mean, meanInterval, pairedDifference, type Interval } from './summaries.js';
import type { TargetContext, TargetOutput, ValidationRow, ValidationTarget } from './types.js';

const THREE_POINTS = 'scenarios/three-points.yaml';
export const PACKAGE_MONTHS = 36;

/** The package every point gets: talks, costs, guarantees and troops, for three years. */
function pkg(from: Application['from']): Application[] {
  const base = { from, delay: 0, for: PACKAGE_MONTHS, intensity: 1, repeat: 0 };
  return [
    { ...base, instrument: 'mediation', by: ['un', 'region'] },
    { ...base, instrument: 'targeted-sanctions', by: ['un', 'power'] },
    { ...base, instrument: 'security-guarantees', by: ['region', 'power'] },
    { ...base, instrument: 'peacekeeping', by: 'un' },
  ];
}

export const POINTS = ['same-package-1', 'same-package-2', 'same-package-3'] as const;

/** The library's country with the same package at each of the three points. */
export function samePackageScenario(library: Scenario): Scenario {
  const coup = library.shocks.find((s) => s.kind === 'coup');
  if (!coup) throw new Error('three-points.yaml has no coup: the first point is the coup');
  return variant(library, (s) => {
    s.strategies['same-package-1'] = pkg({ tick: coup.at });
    s.strategies['same-package-2'] = pkg({ indicator: 'battle-deaths:12', above: 24 });
    s.strategies['same-package-3'] = pkg({ stage: 'mass-atrocity' });
  });
}

export interface PointSummary {
  strategy: string;
  /** Mean deaths averted per run (paired, people), with its interval. */
  averted: Interval;
  deaths: number;
  atrocity: number;
  reached: number;
  cost: number;
}

function summarise(runs: StrategyRecord[][], strategy: string, seed: string): PointSummary {
  const none = runs.map((r) => r.find((x) => x.strategy === 'none')!.civilianDeaths);
  const s = runs.map((r) => r.find((x) => x.strategy === strategy)!);
  return {
    strategy,
    averted: pairedDifference(none, s.map((x) => x.civilianDeaths), seed),
    deaths: mean(s.map((x) => x.civilianDeaths)),
    atrocity: mean(s.map((x) => (x.atrocity ? 1 : 0))),
    reached: mean(s.map((x) => (x.start !== null ? 1 : 0))),
    cost: mean(s.map((x) => x.cost)),
  };
}

export const threePoints: ValidationTarget = {
  id: 7,
  slug: 'three-points',
  title: "Gurr's three points of intervention",
  async run(ctx: TargetContext): Promise<TargetOutput> {
    const n = ctx.quick ? 100 : 1000;
    const nLibrary = ctx.quick ? 60 : 300;
    const library = scenarioFrom(THREE_POINTS);
    const same = samePackageScenario(library);
    const runs = await ctx.tasks.map<PairedTask, StrategyRecord[]>(
      'paired/run',
      Array.from({ length: n }, (_, i) => ({ scenario: same, seed: runSeed(ctx.seed, i), strategies: ['none', ...POINTS], series: [] })),
      'three points, same package',
    );
    const points = POINTS.map((p) => summarise(runs, p, `three-points/${p}`));
    const deathsOf = (p: string) => runs.map((r) => r.find((x) => x.strategy === p)!.civilianDeaths);
    // Point k against point k+1: deaths at the later point minus deaths at the earlier one.
    const firstVsSecond = pairedDifference(deathsOf(POINTS[1]), deathsOf(POINTS[0]), 'three-points/1v2');
    const secondVsThird = pairedDifference(deathsOf(POINTS[2]), deathsOf(POINTS[1]), 'three-points/2v3');
    const noneDeaths = meanInterval(runs.map((r) => r[0].civilianDeaths), 'three-points/none');

    const libraryRuns = await ctx.tasks.map<PairedTask, StrategyRecord[]>(
      'paired/run',
      Array.from({ length: nLibrary }, (_, i) => ({ scenario: library, seed: runSeed(ctx.seed, i), strategies: ['none', 'first-point', 'second-point', 'third-point'], series: [] })),
      'three points, library strategies',
    );
    const libraryPoints = ['first-point', 'second-point', 'third-point'].map((p) => summarise(libraryRuns, p, `three-points/library/${p}`));

    const describe = (p: PointSummary, k: number) => `point ${k + 1}: ${num(p.averted.estimate)} averted (reached in ${pct(p.reached)} of runs, mean cost $${num(p.cost / 1e6)} M)`;
    const rows: ValidationRow[] = [
      {
        id: '7.1',
        name: 'Same package: first point averts more deaths than the second',
        published: "Gurr: the first point (a new exclusionary elite) is the best moment; acting later is costlier and less effective (seed 004)",
        model: `${describe(points[0], 0)}; ${describe(points[1], 1)}; without instruments ${num(noneDeaths.estimate)} deaths a run`,
        interval: `averted: point 1 ${range(points[0].averted)}, point 2 ${range(points[1].averted)}; point 2 minus point 1 deaths ${range(firstVsSecond)} (paired bootstrap)`,
        verdict: firstVsSecond.lower > 0 ? 'reproduced' : firstVsSecond.estimate > 0 ? 'partly' : 'not reproduced',
        rule: `the same package (mediation, targeted sanctions, security guarantees, peacekeeping at 10,000 troops, ${PACKAGE_MONTHS} months) at each point; civilian deaths a run (people), paired with the run without instruments; reproduced when more deaths remain at point 2 than at point 1 with the interval above zero`,
      },
      {
        id: '7.2',
        name: 'Same package: second point averts more deaths than the third',
        published: 'Gurr: the third point (mass killing begun) is the least desirable option (seed 004)',
        model: `${describe(points[1], 1)}; ${describe(points[2], 2)}`,
        interval: `averted: point 3 ${range(points[2].averted)}; point 3 minus point 2 deaths ${range(secondVsThird)} (paired bootstrap)`,
        verdict: secondVsThird.lower > 0 ? 'reproduced' : secondVsThird.estimate > 0 ? 'partly' : 'not reproduced',
        rule: 'as 7.1 for points 2 and 3; note how often armed conflict comes after the killing has begun in this country (validation.json)',
      },
      {
        id: '7.3',
        name: "The library's own three strategies (different instruments and budgets)",
        published: 'first point best, third costliest (seed 004)',
        model: libraryPoints.map((p, k) => describe(p, k)).join('; '),
        interval: libraryPoints.map((p, k) => `point ${k + 1} ${range(p.averted)}`).join('; ') + ' (paired bootstrap)',
        verdict: 'reported',
        rule: `${nLibrary} paired runs; the strategies of scenarios/three-points.yaml differ in instruments and cost, so they do not test "the same resources"; reported for context`,
      },
    ];
    // How the points fall in time in this country: armed conflict before or after the killing.
    const none = runs.map((r) => r[0]);
    const order = {
      armedConflictFirst: none.filter((r) => r.armedConflictOnset !== null && (r.atrocityOnset === null || r.armedConflictOnset < r.atrocityOnset)).length,
      atrocityFirst: none.filter((r) => r.atrocityOnset !== null && (r.armedConflictOnset === null || r.atrocityOnset < r.armedConflictOnset)).length,
      sameMonth: none.filter((r) => r.atrocityOnset !== null && r.atrocityOnset === r.armedConflictOnset).length,
      neither: none.filter((r) => r.atrocityOnset === null && r.armedConflictOnset === null).length,
    };
    const bars = [
      ...points.map((p, k) => ({ point: `point ${k + 1}`, set: 'same package', ...p.averted })),
      ...libraryPoints.map((p, k) => ({ point: `point ${k + 1}`, set: "library's strategies", ...p.averted })),
    ];
    return {
      rows,
      charts: [{ name: 'three-points', title: 'Deaths averted by point of intervention', spec: pointsChart(bars) }],
      size: `${n} paired runs x 4 strategies (none and the same package at each point); ${nLibrary} paired runs of the library's strategies`,
      data: { points, firstVsSecond, secondVsThird, noneDeaths, libraryPoints, order },
    };
  },
};

function pointsChart(values: { point: string; set: string; estimate: number; lower: number; upper: number }[]) {
  const x = { field: 'point', type: 'nominal', title: null, axis: { labelAngle: 0 } };
  const colour = { field: 'set', type: 'nominal', title: null, scale: { range: ['#0072B2', '#E69F00'] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: "Gurr's three points: deaths averted", subtitle: 'civilian deaths averted per run against the twin without instruments (people); 95% paired bootstrap intervals' },
    width: 420,
    height: 260,
    data: { values },
    layer: [
      { mark: { type: 'bar', opacity: 0.85 }, encoding: { x, xOffset: { field: 'set' }, y: { field: 'estimate', type: 'quantitative', title: 'deaths averted per run' }, color: colour } },
      { mark: { type: 'rule', strokeWidth: 2, color: '#333333' }, encoding: { x, xOffset: { field: 'set' }, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } } },
    ],
  };
}
