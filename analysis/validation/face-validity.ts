/**
 * Target 8: face validity of the scenario library. For each stylised historical scenario, the
 * share of runs in which its `historical` strategy gives the historical outcome, beside the
 * share without any instrument. The outcomes are those the scenario files' headers state from
 * the source texts (seed 004 mostly), turned into a test on a run's outcome.
 *
 * What this shows and does not: the scenarios were written knowing what happened, so a high
 * share shows that the stylisation and the engine together can produce the history, not that
 * the model predicts it; a low share flags a scenario whose numbers do not yield its own story.
 * The gap to `none` shows how much of that story the model puts down to what outsiders did.
 */
import { runSeed } from '../../sim/index.js';
import { pct, range } from './format.js';
import { windowSum, type PairedTask, type StrategyRecord } from './paired.js';
import { scenarioFrom } from './runs.js';
import { proportion } from './summaries.js';
import type { TargetContext, TargetOutput, ValidationRow, ValidationTarget, Verdict } from './types.js';

export interface HistoricalCase {
  file: string;
  /** What happened, as the scenario's header tells it. */
  outcome: string;
  /** The outcome as a test on one run. */
  happened(r: StrategyRecord): boolean;
  /** The parts of a compound outcome, for a reader to see which part fails. */
  detail?: (historical: StrategyRecord[], none: StrategyRecord[]) => string;
}

const share = (xs: StrategyRecord[], f: (r: StrategyRecord) => boolean) => pct(xs.filter(f).length / Math.max(1, xs.length));
const peaceParts = (h: StrategyRecord[], n: StrategyRecord[]) =>
  `no mass atrocity in ${share(h, noAtrocity)} (none: ${share(n, noAtrocity)}), no armed conflict in ${share(h, (r) => !r.armedConflict)} (none: ${share(n, (r) => !r.armedConflict)})`;
const lateKilling = (r: StrategyRecord) => windowSum(r.series['civilian-deaths'], 13, Infinity);
const meanOf = (xs: StrategyRecord[], f: (r: StrategyRecord) => number) => xs.reduce((a, r) => a + f(r), 0) / Math.max(1, xs.length);

function noAtrocity(r: StrategyRecord): boolean {
  return !r.atrocity;
}

function peace(r: StrategyRecord): boolean {
  return !r.atrocity && !r.armedConflict;
}

export const CASES: HistoricalCase[] = [
  { file: 'macedonia-1992', outcome: 'no armed conflict and no mass atrocity ("no conflict ensued")', happened: peace, detail: peaceParts },
  {
    file: 'macedonia-2001',
    outcome: 'an insurgency ended by a ceasefire or settlement (Ohrid), with no mass atrocity',
    happened: (r) => noAtrocity(r) && (r.ceasefire || r.settlement),
    detail: (h, n) => `no mass atrocity in ${share(h, noAtrocity)} (none: ${share(n, noAtrocity)}), ceasefire or settlement in ${share(h, (r) => r.ceasefire || r.settlement)}`,
  },
  { file: 'baltics', outcome: 'no armed conflict and no mass atrocity', happened: peace, detail: peaceParts },
  { file: 'burundi-1965', outcome: 'a mass atrocity by the new elite against its rivals (Gurr\'s first point; the 1965 reprisals)', happened: (r) => r.atrocity },
  {
    file: 'east-timor-1999',
    outcome: 'the militias\' killing checked within a year (fewer than 1,000 civilians killed after month 12)',
    happened: (r) => lateKilling(r) < 1000,
    detail: (h, n) => `civilians killed after month 12: ${Math.round(meanOf(h, lateKilling)).toLocaleString('en-GB')} a run (none: ${Math.round(meanOf(n, lateKilling)).toLocaleString('en-GB')})`,
  },
  {
    file: 'bosnia-kosovo',
    outcome: 'a mass atrocity (Bosnia, then Kosovo) and a settlement (Dayton)',
    happened: (r) => r.atrocity && r.settlement,
    detail: (h) => `mass atrocity in ${share(h, (r) => r.atrocity)}, settlement in ${share(h, (r) => r.settlement)}`,
  },
  { file: 'rwanda-1990s', outcome: 'genocide: a mass atrocity', happened: (r) => r.atrocity },
  { file: 'sudan-cpa', outcome: 'a settlement reached (the Comprehensive Peace Agreement)', happened: (r) => r.settlement },
  { file: 'congo-fragmentation', outcome: 'armed conflict with armed groups that multiply (three or more organisations)', happened: (r) => r.armedConflict && r.organisations >= 3 },
  { file: 'migrant-enclaves', outcome: 'not a case of genocide: no mass atrocity', happened: noAtrocity },
];

/** Majority outcome: reproduced; in at least a fifth of runs (a plausible draw): partly. */
export function faceVerdict(share: { estimate: number; lower: number }): Verdict {
  return share.lower > 0.5 ? 'reproduced' : share.estimate >= 0.2 ? 'partly' : 'not reproduced';
}

export const faceValidity: ValidationTarget = {
  id: 8,
  slug: 'face-validity',
  title: 'Face validity of the scenario library',
  async run(ctx: TargetContext): Promise<TargetOutput> {
    const n = ctx.quick ? 30 : 150;
    const rows: ValidationRow[] = [];
    const table: { scenario: string; historical: number; none: number; lower: number; upper: number }[] = [];
    let k = 0;
    for (const c of CASES) {
      k++;
      const s = scenarioFrom(`scenarios/${c.file}.yaml`);
      const runs = await ctx.tasks.map<PairedTask, StrategyRecord[]>(
        'paired/run',
        Array.from({ length: n }, (_, i) => ({ scenario: s, seed: runSeed(ctx.seed, i), strategies: ['historical', 'none'], series: ['civilian-deaths'] })),
        c.file,
      );
      const hist = runs.filter((r) => c.happened(r[0])).length;
      const none = runs.filter((r) => c.happened(r[1])).length;
      const histShare = proportion(hist, n);
      const noneShare = proportion(none, n);
      table.push({ scenario: c.file, historical: histShare.estimate, none: noneShare.estimate, lower: histShare.lower, upper: histShare.upper });
      rows.push({
        id: `8.${k}`,
        name: `${c.file}: historical strategy gives the historical outcome`,
        published: c.outcome,
        model: `${hist} of ${n} runs (${pct(histShare.estimate)}) with the historical strategy; ${none} of ${n} (${pct(noneShare.estimate)}) without instruments${c.detail ? `; ${c.detail(runs.map((r) => r[0]), runs.map((r) => r[1]))}` : ''}`,
        interval: `${range(histShare, 'pct')} (Wilson); without: ${range(noneShare, 'pct')}`,
        verdict: faceVerdict(histShare),
        rule: 'reproduced when the historical outcome is the majority outcome (Wilson lower bound above 50%); partly when it comes in at least a fifth of runs (history is one draw, and a plausible one); not reproduced below',
      });
    }
    return {
      rows,
      charts: [{ name: 'face-validity', title: 'Share of runs giving the historical outcome, by scenario', spec: faceChart(table) }],
      size: `${n} paired runs of each of ${CASES.length} scenarios x 2 strategies (historical, none), each at its own grid and horizon`,
      data: { table },
    };
  },
};

function faceChart(table: { scenario: string; historical: number; none: number; lower: number; upper: number }[]) {
  const values = table.flatMap((t) => [
    { scenario: t.scenario, strategy: 'historical strategy', share: t.historical, lower: t.lower, upper: t.upper },
    { scenario: t.scenario, strategy: 'no instruments', share: t.none, lower: t.none, upper: t.none },
  ]);
  const y = { field: 'scenario', type: 'nominal', title: null, sort: table.map((t) => t.scenario), axis: { labelLimit: 320 } };
  const colour = { field: 'strategy', type: 'nominal', title: null, scale: { range: ['#0072B2', '#555555'] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Does the library give its own history?', subtitle: 'share of runs with the historical outcome; bars: 95% Wilson interval for the historical strategy' },
    width: 420,
    height: 26 * table.length,
    data: { values },
    layer: [
      { transform: [{ filter: "datum.strategy === 'historical strategy'" }], mark: { type: 'rule', strokeWidth: 2, color: '#0072B2' }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'share of runs', axis: { format: '%' }, scale: { domain: [0, 1] } }, x2: { field: 'upper' } } },
      { mark: { type: 'point', filled: true, size: 90 }, encoding: { y, x: { field: 'share', type: 'quantitative' }, color: colour, shape: { field: 'strategy', type: 'nominal', title: null } } },
    ],
  };
}
