/**
 * Target 6: backfire where the literature says it can (scenarios/validation/backfire.yaml).
 *   6.1 Comprehensive sanctions raise civilian hardship and mobilisation (seed 002).
 *   6.2 Force without protection raises hostility (seed 002).
 *   6.3 Rewards that follow violence raise later violence (seed 003: moral hazard).
 * Each is the paired difference between the instrument and its twin without it (same seed,
 * identical until the instrument starts), beside a contrast instrument without the side effect.
 */
import { runSeed } from '../../sim/index.js';
import { num, range } from './format.js';
import { windowMean, windowSum, type PairedTask, type StrategyRecord } from './paired.js';
import { scenarioFrom } from './runs.js';
import { pairedDifference, type Interval } from './summaries.js';
import type { TargetContext, TargetOutput, ValidationRow, ValidationTarget, Verdict } from './types.js';

const BACKFIRE = 'scenarios/validation/backfire.yaml';
const STRATEGIES = ['none', 'comprehensive-sanctions', 'targeted-sanctions', 'intervention', 'enforcement', 'rewards-after-violence', 'rewards-before'];
const SERIES = ['hardship-shift', 'mobilisation', 'hostility', 'civilian-deaths', 'stance', 'violence-pays'];
/** Months after the rewards end over which later violence is counted. */
export const LATER = 36;

type Runs = StrategyRecord[][];

/**
 * Paired difference of a windowed statistic between `strategy` and `none`, the window anchored
 * on the strategy's own start: [start + from, start + to), cut at the horizon (the same cut for
 * both, so the pair stays fair). Runs where it never started, or where the window would begin
 * after the horizon, are left out.
 */
export function windowEffect(runs: Runs, strategy: string, series: string, from: number, to: number, stat: 'mean' | 'sum', seed: string): { effect: Interval; with: number; without: number; n: number } {
  const a: number[] = [];
  const b: number[] = [];
  const f = stat === 'mean' ? windowMean : windowSum;
  for (const run of runs) {
    const s = run.find((r) => r.strategy === strategy)!;
    // Never started, or started too late for the window to begin before the horizon.
    if (s.start === null || s.start + from >= s.series[series].length) continue;
    const none = run.find((r) => r.strategy === 'none')!;
    a.push(f(s.series[series], s.start + from, s.start + to));
    b.push(f(none.series[series], s.start + from, s.start + to));
  }
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / Math.max(1, xs.length);
  return { effect: pairedDifference(a, b, seed), with: mean(a), without: mean(b), n: a.length };
}

const rises = (i: Interval): Verdict => (i.lower > 0 ? 'reproduced' : i.estimate > 0 ? 'partly' : 'not reproduced');

export const backfire: ValidationTarget = {
  id: 6,
  slug: 'backfire',
  title: 'Backfire where the literature says it can',
  async run(ctx: TargetContext): Promise<TargetOutput> {
    const n = ctx.quick ? 40 : 200;
    const s = scenarioFrom(BACKFIRE);
    const runs = await ctx.tasks.map<PairedTask, StrategyRecord[]>(
      'paired/run',
      Array.from({ length: n }, (_, i) => ({ scenario: s, seed: runSeed(ctx.seed, i), strategies: STRATEGIES, series: SERIES })),
      'backfire',
    );
    const sanctionMonths = s.strategies['comprehensive-sanctions'][0].for ?? 36;
    const hardship = windowEffect(runs, 'comprehensive-sanctions', 'hardship-shift', 0, sanctionMonths, 'mean', 'backfire/hardship');
    const mobilisation = windowEffect(runs, 'comprehensive-sanctions', 'mobilisation', 0, sanctionMonths, 'mean', 'backfire/mobilisation');
    const targetedHardship = windowEffect(runs, 'targeted-sanctions', 'hardship-shift', 0, sanctionMonths, 'mean', 'backfire/targeted-hardship');
    const targetedMobilisation = windowEffect(runs, 'targeted-sanctions', 'mobilisation', 0, sanctionMonths, 'mean', 'backfire/targeted-mobilisation');

    const forceMonths = 24;
    const hostility = windowEffect(runs, 'intervention', 'hostility', 0, forceMonths, 'mean', 'backfire/intervention');
    const enforcement = windowEffect(runs, 'enforcement', 'hostility', 0, forceMonths, 'mean', 'backfire/enforcement');

    const rewardMonths = s.strategies['rewards-after-violence'][0].for ?? 12;
    const later = windowEffect(runs, 'rewards-after-violence', 'civilian-deaths', rewardMonths, rewardMonths + LATER, 'sum', 'backfire/rewards');
    const laterStance = windowEffect(runs, 'rewards-after-violence', 'stance', rewardMonths, rewardMonths + LATER, 'mean', 'backfire/rewards-stance');
    const lesson = windowEffect(runs, 'rewards-after-violence', 'violence-pays', rewardMonths - 1, rewardMonths, 'mean', 'backfire/lesson');
    const before = windowEffect(runs, 'rewards-before', 'civilian-deaths', rewardMonths, rewardMonths + LATER, 'sum', 'backfire/rewards-before');

    const both = hardship.effect.lower > 0 && mobilisation.effect.lower > 0;
    const rows: ValidationRow[] = [
      {
        id: '6.1',
        name: 'Comprehensive sanctions raise civilian hardship and mobilisation',
        published: 'sanctions can do more harm than good: a general embargo falls on everyone (seed 002)',
        model: `over the ${sanctionMonths} months of sanctions: hardship added ${num(hardship.without, 3)} in the twin and ${num(hardship.with, 3)} under sanctions, mobilisation ${num(mobilisation.without, 3)} and ${num(mobilisation.with, 3)}; targeted sanctions over the same months: hardship ${num(targetedHardship.effect.estimate, 3)}, mobilisation ${num(targetedMobilisation.effect.estimate, 3)} against the twin`,
        interval: `hardship ${range(hardship.effect, 'num', 3)}, mobilisation ${range(mobilisation.effect, 'num', 3)}; targeted: mobilisation ${range(targetedMobilisation.effect, 'num', 3)} (paired bootstrap)`,
        verdict: both ? 'reproduced' : hardship.effect.lower > 0 || mobilisation.effect.lower > 0 ? 'partly' : 'not reproduced',
        rule: 'hardship added: mean shift of citizens\' hardship H (share 0..1); mobilisation: share of the living active or fighting; reproduced when both paired differences are above zero',
      },
      {
        id: '6.2',
        name: 'Force without protection raises hostility',
        published: 'force can do more harm than good (seed 002); foreign force breeds resentment',
        model: `mean hostility over the ${forceMonths} months from the start of air operations ${num(hostility.without, 3)} without, ${num(hostility.with, 3)} with (${hostility.n} runs); peace enforcement with protecting troops: ${num(enforcement.effect.estimate, 3)} against the twin`,
        interval: `intervention ${range(hostility.effect, 'num', 3)}; enforcement ${range(enforcement.effect, 'num', 3)} (paired bootstrap)`,
        verdict: rises(hostility.effect),
        rule: 'hostility: mean over the living, 0..1, during the year of operations and the year after; reproduced when the paired difference is above zero',
      },
      {
        id: '6.3',
        name: 'Rewards that follow violence raise later violence',
        published: 'rewarding "bad people" only for good behaviour; rewards after violence teach that violence pays (seed 003)',
        model: `civilian deaths in the ${LATER} months after a year of inducements paid from the first killing: ${num(later.without)} without, ${num(later.with)} with (${later.n} runs); elite stance ${num(laterStance.without, 2)} to ${num(laterStance.with, 2)}; lesson learnt ${num(lesson.with, 3)}; the same inducements paid from month 1, before any killing: ${num(before.effect.estimate)} deaths against the twin`,
        interval: `after violence ${range(later.effect)} people; stance ${range(laterStance.effect, 'num', 2)}; before violence ${range(before.effect)} (paired bootstrap)`,
        verdict: rises(later.effect),
        rule: `later violence: civilians killed in the ${LATER} months after the rewards end, against the twin over the same months; reproduced when the paired difference is above zero, partly when its estimate is but the interval covers zero`,
      },
    ];
    // Hardship added is 0 without instruments or shocks: its level is the citizens' mean hardship H.
    const meanHardship = s.groups.reduce((sum, g) => sum + g.share * g.hardship, 0) / s.groups.reduce((sum, g) => sum + g.share, 0);
    const values = [
      { effect: 'hardship, embargo', ...scaled(hardship.effect, meanHardship + hardship.without) },
      { effect: 'mobilisation, embargo', ...scaled(mobilisation.effect, mobilisation.without) },
      { effect: 'mobilisation, targeted', ...scaled(targetedMobilisation.effect, targetedMobilisation.without) },
      { effect: 'hostility, air strikes', ...scaled(hostility.effect, hostility.without) },
      { effect: 'hostility, enforcement', ...scaled(enforcement.effect, enforcement.without) },
      { effect: 'killing, paid after', ...scaled(later.effect, later.without) },
      { effect: 'killing, paid before', ...scaled(before.effect, before.without) },
    ];
    return {
      rows,
      charts: [{ name: 'backfire', title: 'Backfire: change against the twin without the instrument', spec: backfireChart(values) }],
      size: `${n} paired runs x ${STRATEGIES.length} strategies`,
      data: { hardship, mobilisation, targetedHardship, targetedMobilisation, hostility, enforcement, later, laterStance, lesson, before },
    };
  },
};

/** An effect as a share of the level without the instrument (for one chart of unlike units). */
function scaled(i: Interval, base: number): { estimate: number; lower: number; upper: number } {
  const d = Math.abs(base) > 1e-12 ? base : NaN;
  return { estimate: i.estimate / d, lower: i.lower / d, upper: i.upper / d };
}

function backfireChart(values: { effect: string; estimate: number; lower: number; upper: number }[]) {
  const finite = values.filter((v) => Number.isFinite(v.estimate));
  const y = { field: 'effect', type: 'nominal', title: null, sort: finite.map((v) => v.effect), axis: { labelLimit: 320 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Where instruments backfire', subtitle: ['paired change against the twin without the instrument, as a share of its level; 95% interval', 'embargo: comprehensive sanctions; targeted: targeted sanctions; killing: civilian deaths in the 3 years after inducements paid after or before the first killing'] },
    width: 440,
    height: 30 * finite.length,
    layer: [
      { data: { values: finite }, mark: { type: 'rule', strokeWidth: 2, color: '#0072B2' }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'change', axis: { format: '%' } }, x2: { field: 'upper' } } },
      { data: { values: finite }, mark: { type: 'point', filled: true, size: 100, color: '#0072B2' }, encoding: { y, x: { field: 'estimate', type: 'quantitative' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', strokeDash: [3, 3], color: '#555555' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
}
