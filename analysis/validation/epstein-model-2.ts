/**
 * Target 2: Epstein's Model II, inter-group violence (EVIDENCE.md; Epstein 2002, Table 2).
 *   2.1-2.2 Run 7 (L = 0.8, no cops): one group is wiped out in about every run (30 of 30 in
 *           the paper), and the victor is random.
 *   2.3-2.4 Sweeping the density of cops (Epstein's peacekeepers of Model II: they arrest
 *           actives of either group) from 0 to 0.1 raises the mean and the spread of the time to
 *           elimination.
 *   2.5     Run 8 (cops at 0.04): does a "stable but nasty" regime appear? Epstein reports it;
 *           an independent replication did not find it. Reported either way.
 */
import type { Scenario } from '../../scenarios/schema.js';
import { runSeed } from '../../sim/index.js';
import type { ArrestRounding } from '../../sim/vocabulary.js';
import { kaplanMeier } from '../stats/index.js';
import { num, pct, range } from './format.js';
import { scenarioFrom, simulate, variant } from './runs.js';
import { indexBootstrap, mean, overlaps, proportion, sd, spearman, covers, type Interval } from './summaries.js';
import type { TargetContext, TargetOutput, ValidationRow, ValidationTarget } from './types.js';

const RUN_7 = 'scenarios/classic/epstein-2.yaml';
const RUN_8 = 'scenarios/validation/epstein-run-8.yaml';
export const DENSITIES = [0, 0.02, 0.04, 0.06, 0.08, 0.1];

export interface EliminationTask {
  scenario: Scenario;
  seed: number;
}

export interface Elimination {
  /** Tick at which one group has no living member left, or null by the horizon. */
  eliminatedAt: number | null;
  /** Id of the group left alive, or null. */
  victor: string | null;
  killings: number;
  /** Killings in the last quarter of the horizon (0 when the run ended earlier). */
  lateKillings: number;
  ticks: number;
  alive: number[];
}

/** Runs one Model II world until a group is wiped out or the horizon. */
export function measureElimination(task: EliminationTask): Elimination {
  const horizon = task.scenario.horizon;
  let killings = 0;
  let lateKillings = 0;
  let eliminatedAt: number | null = null;
  const world = simulate(task.scenario, 'none', task.seed, (w) => {
    if (w.tick === 0) return false;
    const k = w.flow.civilianDeaths / w.scenario.population.scale;
    killings += k;
    if (w.tick > 0.75 * horizon) lateKillings += k;
    for (let g = 0; g < w.groups; g++) {
      if (w.alive[g] === 0) {
        eliminatedAt = w.tick;
        return true;
      }
    }
    return false;
  });
  const alive = Array.from(world.alive);
  const survivor = alive.findIndex((a) => a > 0);
  return {
    eliminatedAt,
    victor: eliminatedAt !== null && survivor >= 0 ? world.scenario.groups[survivor].id : null,
    killings,
    lateKillings,
    ticks: world.tick,
    alive,
  };
}

interface Sizes {
  run7Seeds: number;
  horizon: number;
  sweepSeeds: number;
  run8Seeds: number;
}

const FULL: Sizes = { run7Seeds: 200, horizon: 1000, sweepSeeds: 40, run8Seeds: 40 };
const QUICK: Sizes = { run7Seeds: 30, horizon: 600, sweepSeeds: 10, run8Seeds: 8 };

/** Times to elimination, censored runs counted at the horizon (a lower bound on their time). */
function times(xs: Elimination[], horizon: number): number[] {
  return xs.map((x) => x.eliminatedAt ?? horizon);
}

export const epsteinModel2: ValidationTarget = {
  id: 2,
  slug: 'epstein-model-2',
  title: "Epstein's Model II (inter-group violence and peacekeepers)",
  async run(ctx: TargetContext): Promise<TargetOutput> {
    const size = ctx.quick ? QUICK : FULL;
    const rows: ValidationRow[] = [];
    const seeds = (n: number) => Array.from({ length: n }, (_, i) => runSeed(ctx.seed, i));
    const run7 = scenarioFrom(RUN_7, (s) => (s.horizon = size.horizon));

    // 2.1-2.2: Run 7.
    const r7 = await ctx.tasks.map<EliminationTask, Elimination>('epstein-2/elimination', seeds(size.run7Seeds).map((seed) => ({ scenario: run7, seed })), 'run 7');
    const eliminated = r7.filter((x) => x.eliminatedAt !== null);
    const share = proportion(eliminated.length, r7.length);
    const published = proportion(30, 30);
    const firstGroup = run7.groups[0].id;
    const wins = eliminated.filter((x) => x.victor === firstGroup).length;
    const victor = proportion(wins, eliminated.length);
    const t7 = eliminated.map((x) => x.eliminatedAt!);
    rows.push({
      id: '2.1',
      name: 'Run 7 (L = 0.8, no cops): one group eliminated',
      published: '30 of 30 runs (Epstein)',
      model: `${eliminated.length} of ${r7.length} runs by tick ${size.horizon}; mean time ${num(mean(t7))} (s.d. ${num(sd(t7))})`,
      interval: `${range(share, 'pct')} (Wilson); Epstein's 30/30: ${range(published, 'pct')}`,
      verdict: overlaps(share, published) ? 'reproduced' : share.estimate >= 0.5 ? 'partly' : 'not reproduced',
      rule: 'reproduced when the Wilson interval of the share eliminated overlaps that of 30 of 30',
    });
    rows.push({
      id: '2.2',
      name: 'Run 7: the victor is random',
      published: 'random victor (Epstein)',
      model: `${firstGroup} wins ${wins} of ${eliminated.length} eliminations (${pct(victor.estimate)}), ${run7.groups[1].id} ${eliminated.length - wins}`,
      interval: `${range(victor, 'pct')} (Wilson)`,
      verdict: covers(victor, 0.5) ? 'reproduced' : 'not reproduced',
      rule: 'two groups of equal size and rules: reproduced when the interval of the share won by the first group contains one half',
    });

    // 2.3-2.4: the sweep of cop density, the same seeds at every density.
    const sweep: { density: number; runs: Elimination[] }[] = [];
    for (const density of DENSITIES) {
      const s = variant(run7, (x) => (x.population['cop-density'] = density));
      sweep.push({ density, runs: await ctx.tasks.map<EliminationTask, Elimination>('epstein-2/elimination', seeds(size.sweepSeeds).map((seed) => ({ scenario: s, seed })), `sweep ${density}`) });
    }
    const perDensity = sweep.map(({ density, runs }) => {
      const t = times(runs, size.horizon);
      const km = kaplanMeier(runs.map((r) => r.eliminatedAt ?? size.horizon), runs.map((r) => r.eliminatedAt !== null));
      return { density, mean: mean(t), sd: sd(t), censored: runs.filter((r) => r.eliminatedAt === null).length, median: km.median, times: t };
    });
    const first = perDensity[0];
    const last = perDensity[perDensity.length - 1];
    const n = size.sweepSeeds;
    const meanDifference: Interval = indexBootstrap(n, (idx) => mean(idx.map((i) => last.times[i])) - mean(idx.map((i) => first.times[i])), 'epstein-2/sweep-mean');
    const sdRatio: Interval = indexBootstrap(n, (idx) => sd(idx.map((i) => last.times[i])) / sd(idx.map((i) => first.times[i])), 'epstein-2/sweep-sd');
    const rho = spearman(perDensity.flatMap((d) => d.times.map(() => d.density)), perDensity.flatMap((d) => d.times));
    const byDensity = perDensity.map((d) => `${d.density}: ${num(d.mean)} (s.d. ${num(d.sd)}${d.censored > 0 ? `, ${d.censored} not by ${size.horizon}` : ''})`).join('; ');
    rows.push({
      id: '2.3',
      name: 'Sweeping cop density 0 to 0.1: mean time to elimination rises',
      published: 'mean time to genocide rises with cop density (Epstein)',
      model: `mean (s.d.) by density: ${byDensity}; Spearman rho ${num(rho, 2)}`,
      interval: `mean at 0.1 minus mean at 0: ${range(meanDifference)} ticks (paired bootstrap)`,
      verdict: meanDifference.lower > 0 && rho > 0 ? 'reproduced' : meanDifference.estimate > 0 ? 'partly' : 'not reproduced',
      rule: `runs not ended by tick ${size.horizon} count at ${size.horizon} (a lower bound: the rise is, if anything, understated); reproduced when the difference of means is above zero and the rank correlation positive`,
    });
    rows.push({
      id: '2.4',
      name: 'Sweeping cop density 0 to 0.1: spread of the time to elimination rises',
      published: 's.d. of time to genocide rises with cop density (Epstein)',
      model: `s.d. ${num(first.sd)} at 0, ${num(last.sd)} at 0.1`,
      interval: `ratio of s.d. (0.1 over 0): ${range(sdRatio, 'num', 2)} (paired bootstrap)`,
      verdict: sdRatio.lower > 1 ? 'reproduced' : sdRatio.estimate > 1 ? 'partly' : 'not reproduced',
      rule: `reproduced when the interval of the ratio of standard deviations lies above 1; censoring at ${size.horizon} shrinks the s.d. at high densities, so it works against the claim`,
    });

    // 2.5: Run 8 in both integer variants.
    const r8: Record<string, { runs: Elimination[]; nasty: number; survived: number }> = {};
    for (const rounding of ['floor', 'round'] as ArrestRounding[]) {
      const s = scenarioFrom(RUN_8, (x) => {
        x.population['arrest-rounding'] = rounding;
        x.horizon = size.horizon;
      });
      const runs = await ctx.tasks.map<EliminationTask, Elimination>('epstein-2/elimination', seeds(size.run8Seeds).map((seed) => ({ scenario: s, seed })), `run 8 (${rounding})`);
      const survived = runs.filter((r) => r.eliminatedAt === null);
      r8[rounding] = { runs, survived: survived.length, nasty: survived.filter((r) => r.lateKillings > 0).length };
    }
    const describe8 = (k: string) => {
      const x = r8[k];
      const t = x.runs.filter((r) => r.eliminatedAt !== null).map((r) => r.eliminatedAt!);
      return `${k}: stable but nasty in ${x.nasty} of ${x.runs.length} runs (${x.survived} with both groups alive at ${size.horizon}); the rest eliminated at tick ${num(mean(t))} on average`;
    };
    const nastyShare = (k: string) => proportion(r8[k].nasty, r8[k].runs.length);
    rows.push({
      id: '2.5',
      name: 'Run 8 (cops 0.04): a "stable but nasty" regime?',
      published: 'stable but nasty (Epstein); not reproduced by an independent replication',
      model: `${describe8('floor')}; ${describe8('round')}`,
      interval: `floor ${range(nastyShare('floor'), 'pct')}, round ${range(nastyShare('round'), 'pct')} (Wilson)`,
      verdict: 'reported',
      rule: `stable but nasty = both groups alive at tick ${size.horizon} and killing still going on in its last quarter; the literature disagrees, so the figure is reported, not judged`,
    });

    const points = perDensity.flatMap((d) => d.times.map((t) => ({ density: d.density, time: t, censored: t >= size.horizon })));
    const means = perDensity.map((d) => ({ density: d.density, mean: d.mean, lower: d.mean - d.sd, upper: d.mean + d.sd }));
    return {
      rows,
      charts: [{ name: 'epstein-2-sweep', title: 'Time to elimination by cop density (Model II)', spec: sweepChart(points, means, size.horizon) }],
      size: `Run 7: ${size.run7Seeds} seeds; sweep: ${DENSITIES.length} densities x ${size.sweepSeeds} paired seeds; Run 8: ${size.run8Seeds} seeds per variant; horizon ${size.horizon} ticks (runs stop at the elimination)`,
      data: {
        run7: { eliminated: eliminated.length, runs: r7.length, share, wins, victor, times: t7 },
        sweep: perDensity,
        sweepMeanDifference: meanDifference,
        sweepSdRatio: sdRatio,
        spearman: rho,
        run8: Object.fromEntries(Object.entries(r8).map(([k, v]) => [k, { nasty: v.nasty, survived: v.survived, runs: v.runs.length, times: v.runs.map((r) => r.eliminatedAt), lateKillings: v.runs.map((r) => r.lateKillings) }])),
      },
    };
  },
};

function sweepChart(points: { density: number; time: number; censored: boolean }[], means: { density: number; mean: number; lower: number; upper: number }[], horizon: number) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Cops delay the elimination and make its timing less predictable', subtitle: `time to one group's elimination, one point per run; bars: mean +- s.d.; hollow points: not by tick ${horizon}` },
    width: 480,
    height: 260,
    layer: [
      {
        data: { values: points },
        mark: { type: 'point', opacity: 0.45 },
        encoding: {
          x: { field: 'density', type: 'quantitative', title: 'cop density (share of sites)', scale: { padding: 10 }, axis: { values: DENSITIES } },
          y: { field: 'time', type: 'quantitative', title: 'ticks to elimination' },
          shape: { field: 'censored', type: 'nominal', legend: null },
          color: { value: '#0072B2' },
        },
      },
      { data: { values: means }, mark: { type: 'rule', color: '#D55E00', strokeWidth: 2 }, encoding: { x: { field: 'density', type: 'quantitative' }, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } } },
      { data: { values: means }, mark: { type: 'tick', color: '#D55E00', thickness: 3, size: 18 }, encoding: { x: { field: 'density', type: 'quantitative' }, y: { field: 'mean', type: 'quantitative' } } },
    ],
  };
}
