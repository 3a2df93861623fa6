/**
 * Target 5: no built-in earliness (MODEL.md section 1). The same package of instruments is
 * started at month 1 or at month 36, in a control where escalation is slow and shallow
 * (scenarios/validation/slow-escalation.yaml) and in a contrast where it is fast and deep
 * (fast-escalation.yaml). No instrument reads the tick; if late action does worse, it is because
 * of the state it meets. The rows give the paired difference late minus early in each, and
 * name the mechanism by measuring that state at month 36: armed organisations already formed,
 * killings already done and remembered (hostility), and by splitting the contrast's runs on
 * whether an organisation had formed before the late start.
 */
import type { Scenario } from '../../scenarios/schema.js';
import { runSeed } from '../../sim/index.js';
import { num, pct, range } from './format.js';
import { windowSum, type PairedTask, type StrategyRecord } from './paired.js';
import { scenarioFrom } from './runs.js';
import { covers, mean, pairedDifference, type Interval } from './summaries.js';
import type { TargetContext, TargetOutput, ValidationRow, ValidationTarget, Verdict } from './types.js';

export const SLOW = 'scenarios/validation/slow-escalation.yaml';
export const FAST = 'scenarios/validation/fast-escalation.yaml';
const SERIES = ['civilian-deaths', 'battle-deaths', 'hostility', 'organisations'];

/** Tick the late package starts, read from the scenario (the first application of `late`). */
export function lateStart(s: Scenario): number {
  const from = s.strategies.late[0].from;
  if (!('tick' in from)) throw new Error('the late strategy of a no-earliness scenario must start at a tick');
  return from.tick;
}

export interface EarlinessSummary {
  runs: number;
  late: number;
  /** Mean deaths (civilian and battle) over the run, per strategy. */
  deaths: Record<string, number>;
  /** Late minus early, deaths over the whole run and from the late start on (paired). */
  difference: Interval;
  differenceAfter: Interval;
  /** The state late action meets, in the runs without instruments, at the end of the tick before it. */
  organisedBefore: number;
  killedBefore: number;
  hostilityBefore: number;
  /** Late minus early, split on whether an armed organisation had formed before the late start. */
  gapOrganised: Interval | null;
  gapNotOrganised: Interval | null;
  organisedRuns: number;
}

const total = (r: StrategyRecord) => r.civilianDeaths + r.battleDeaths;

/** Paired late-against-early statistics of one scenario's runs. */
export function summariseEarliness(runs: StrategyRecord[][], late: number, seed: string): EarlinessSummary {
  const pick = (run: StrategyRecord[], s: string) => run.find((r) => r.strategy === s)!;
  const early = runs.map((r) => total(pick(r, 'early')));
  const lateDeaths = runs.map((r) => total(pick(r, 'late')));
  const after = (r: StrategyRecord) => windowSum(r.series['civilian-deaths'], late, Infinity) + windowSum(r.series['battle-deaths'], late, Infinity);
  const none = runs.map((r) => pick(r, 'none'));
  // The world of `late` is the world of `none` until the late start: its state then is none's.
  const organised = none.map((r) => r.series.organisations[late - 1] > 0);
  const killed = none.map((r) => windowSum(r.series['civilian-deaths'], 0, late) > 0);
  const split = (flag: boolean) => {
    const idx = runs.map((_, i) => i).filter((i) => organised[i] === flag);
    return idx.length >= 5 ? pairedDifference(idx.map((i) => lateDeaths[i]), idx.map((i) => early[i]), `${seed}/${flag}`) : null;
  };
  return {
    runs: runs.length,
    late,
    deaths: Object.fromEntries(['none', 'early', 'late'].map((s) => [s, mean(runs.map((r) => total(pick(r, s))))])),
    difference: pairedDifference(lateDeaths, early, `${seed}/all`),
    differenceAfter: pairedDifference(runs.map((r) => after(pick(r, 'late'))), runs.map((r) => after(pick(r, 'early'))), `${seed}/after`),
    organisedBefore: organised.filter(Boolean).length / runs.length,
    killedBefore: killed.filter(Boolean).length / runs.length,
    hostilityBefore: mean(none.map((r) => r.series.hostility[late - 1])),
    gapOrganised: split(true),
    gapNotOrganised: split(false),
    organisedRuns: organised.filter(Boolean).length,
  };
}

/** Runs a no-earliness scenario's three strategies over `n` seeds. */
export async function runEarliness(ctx: Pick<TargetContext, 'tasks' | 'seed'>, path: string, n: number, patch?: (s: Scenario) => void): Promise<EarlinessSummary> {
  const s = scenarioFrom(path, patch);
  const runs = await ctx.tasks.map<PairedTask, StrategyRecord[]>(
    'paired/run',
    Array.from({ length: n }, (_, i) => ({ scenario: s, seed: runSeed(ctx.seed, i), strategies: ['none', 'early', 'late'], series: SERIES })),
    path.replace(/.*\//, ''),
  );
  return summariseEarliness(runs, lateStart(s), `no-earliness/${path}`);
}

/**
 * How close late must come to early for "as well as": within a fifth of what early action
 * achieves (deaths averted against none), the usual size of an equivalence margin (the 80-125%
 * of bioequivalence); chosen before the runs, not fitted to them.
 */
export const EQUIVALENCE_MARGIN = 0.2;

/** Equivalence of late and early: the paired interval inside the margin, not merely covering zero. */
export function equivalence(x: EarlinessSummary): Verdict {
  const margin = EQUIVALENCE_MARGIN * (x.deaths.none - x.deaths.early);
  if (margin > 0 && x.difference.lower >= -margin && x.difference.upper <= margin) return 'reproduced';
  return covers(x.difference, 0) ? 'partly' : 'not reproduced';
}

const describe = (x: EarlinessSummary) =>
  `deaths none ${num(x.deaths.none)}, early ${num(x.deaths.early)}, late ${num(x.deaths.late)}; late minus early ${num(x.difference.estimate)} (from month ${x.late} on: ${num(x.differenceAfter.estimate)})`;

export const noEarliness: ValidationTarget = {
  id: 5,
  slug: 'no-earliness',
  title: 'No built-in earliness: a control where late action does as well as early action',
  async run(ctx: TargetContext): Promise<TargetOutput> {
    const n = ctx.quick ? 60 : 300;
    const slow = await runEarliness(ctx, SLOW, n);
    const fast = await runEarliness(ctx, FAST, n);
    const rows: ValidationRow[] = [
      {
        id: '5.1',
        name: 'Control (slow, shallow escalation): late action does as well as early action',
        published: 'MODEL.md section 1: a scenario where late action is as good as early action (no figure in the literature)',
        model: describe(slow),
        interval: `late minus early: ${range(slow.difference)} people (paired bootstrap); from month ${slow.late} on: ${range(slow.differenceAfter)}`,
        verdict: equivalence(slow),
        rule: `deaths = civilian and battle deaths over the run (people); an equivalence test, not the absence of a difference: reproduced when the whole interval of the paired difference lies within ±${pct(EQUIVALENCE_MARGIN)} of the deaths early action averts (none minus early: ±${num(EQUIVALENCE_MARGIN * (slow.deaths.none - slow.deaths.early))} people here, a margin fixed before the runs); partly when it covers zero but reaches past the margin (too few runs to tell)`,
      },
      {
        id: '5.2',
        name: 'Contrast (fast, deep escalation): late action does worse',
        published: 'early action is better where escalation is path-dependent (MODEL.md section 1)',
        model: describe(fast),
        interval: `late minus early: ${range(fast.difference)} people (paired bootstrap); from month ${fast.late} on: ${range(fast.differenceAfter)}`,
        verdict: fast.difference.lower > 0 ? 'reproduced' : 'not reproduced',
        rule: `reproduced when the interval of the paired difference lies above zero; the difference from month ${fast.late} on shows the loss is not only the deaths before the late start`,
      },
      {
        id: '5.3',
        name: 'The mechanism that makes the difference',
        published: 'hostility already spread, killings already remembered, armed groups already formed (MODEL.md section 1)',
        model: `at month ${fast.late} (without instruments): an armed organisation has formed in ${pct(fast.organisedBefore)} of fast runs against ${pct(slow.organisedBefore)} of control runs; killing has begun in ${pct(fast.killedBefore)} against ${pct(slow.killedBefore)}; mean hostility ${num(fast.hostilityBefore, 2)} against ${num(slow.hostilityBefore, 2)}. In the fast scenario late minus early is ${num(fast.gapOrganised?.estimate)} where an organisation had formed (${fast.organisedRuns} runs) and ${num(fast.gapNotOrganised?.estimate)} where none had`,
        interval: `fast, organisation formed: ${fast.gapOrganised ? range(fast.gapOrganised) : 'too few runs'}; none formed: ${fast.gapNotOrganised ? range(fast.gapNotOrganised) : 'too few runs'} (paired bootstrap)`,
        verdict: 'reported',
        rule: 'the state late action meets, read off the runs without instruments (identical to the late runs until the late start); the mechanism is named where the gap concentrates',
      },
    ];
    const values = [
      { scenario: 'control: slow, shallow', ...slow.difference },
      { scenario: 'contrast: fast, deep', ...fast.difference },
    ];
    return {
      rows,
      charts: [{ name: 'no-earliness', title: 'Late minus early: deaths in the control and in the contrast', spec: earlinessChart(values, slow.late) }],
      size: `${n} paired runs of each scenario x 3 strategies (none, early, late)`,
      data: { slow, fast },
    };
  },
};

function earlinessChart(values: { scenario: string; estimate: number; lower: number; upper: number }[], late: number) {
  const y = { field: 'scenario', type: 'nominal', title: null, axis: { labelLimit: 320 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Is early action better? Only where the state it prevents lasts', subtitle: `deaths with the package started at month ${late} minus at month 1, same seeds; 95% interval` },
    width: 460,
    height: 110,
    layer: [
      { data: { values }, mark: { type: 'rule', strokeWidth: 2, color: '#0072B2' }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'extra deaths when acting late (people)' }, x2: { field: 'upper' } } },
      { data: { values }, mark: { type: 'point', filled: true, size: 110, color: '#0072B2' }, encoding: { y, x: { field: 'estimate', type: 'quantitative' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', strokeDash: [3, 3], color: '#555555' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
}

