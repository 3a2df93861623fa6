/**
 * Target 4: instruments against their evidence (EVIDENCE.md).
 *   4.1-4.2 Sanctions: the share of simulated sanction episodes that succeed, against 34% for
 *           sanctions overall (Hufbauer, Schott, Elliott and Oegg) and 22% for UN targeted
 *           sanctions whose aim was coercion (Targeted Sanctions Consortium). An episode begins
 *           when the elite of a synthetic world (target 3's design) reaches repression;
 *           success is the elite standing lower on its ladder 12 months later. Each episode has
 *           its twin without sanctions from the same seed, identical until the sanctions start,
 *           so the share the sanctions themselves account for is measured too.
 *   4.3-4.5 Peacekeeping at the strength of 10,000 troops against a fall of about 70% in battle
 *           deaths (22 to 6 a month, Hultman, Kathman and Shannon 2014) and of civilian deaths
 *           (106 to under 2 a month with 8,000 troops, Hultman et al. 2013); observer-only
 *           missions that do not protect civilians (more civilian deaths, Hultman et al. 2013).
 */
import { change, num, pct, range } from './format.js';
import { designWorlds } from './harff-synthetic.js';
import { windowSum, type PairedTask, type StrategyRecord } from './paired.js';
import { scenarioFrom } from './runs.js';
import { covers, mean, pairedDifference, proportion, relativeChange, type Interval } from './summaries.js';
import type { TargetContext, TargetOutput, ValidationRow, ValidationTarget, Verdict } from './types.js';
import { runSeed } from '../../sim/index.js';

const CIVIL_WAR = 'scenarios/validation/civil-war.yaml';
/** Months after the start at which a sanctions episode is judged (EVIDENCE.md has no horizon; the brief's example). */
export const SANCTIONS_HORIZON = 12;
/** Months of deployment compared (the missions run 36). */
const MISSION_MONTHS = 36;

interface Sizes {
  sanctionWorlds: number;
  missionRuns: number;
}

const FULL: Sizes = { sanctionWorlds: 800, missionRuns: 300 };
const QUICK: Sizes = { sanctionWorlds: 120, missionRuns: 60 };

export interface SanctionEpisode {
  start: number;
  before: number;
  after: number;
  twinAfter: number;
}

/** Episodes of strategy `k`: started early enough to be judged 12 months on. */
export function sanctionEpisodes(records: StrategyRecord[][], strategy: string, horizon: number): SanctionEpisode[] {
  const episodes: SanctionEpisode[] = [];
  for (const run of records) {
    const none = run.find((r) => r.strategy === 'none')!;
    const s = run.find((r) => r.strategy === strategy)!;
    if (s.start === null || s.start < 1 || s.start + SANCTIONS_HORIZON - 1 > horizon) continue;
    // The trigger read the stance recorded at the end of the tick before the start.
    const before = s.series.stance[s.start - 1];
    episodes.push({ start: s.start, before, after: s.series.stance[s.start + SANCTIONS_HORIZON - 1], twinAfter: none.series.stance[s.start + SANCTIONS_HORIZON - 1] });
  }
  return episodes;
}

function sanctionsRow(id: string, name: string, published: string, target: number, episodes: SanctionEpisode[], seed: string): { row: ValidationRow; data: unknown } {
  const success = episodes.map((e): number => (e.after < e.before ? 1 : 0));
  const twin = episodes.map((e): number => (e.twinAfter < e.before ? 1 : 0));
  const share = proportion(success.reduce((a, b) => a + b, 0), episodes.length);
  const twinShare = proportion(twin.reduce((a, b) => a + b, 0), episodes.length);
  const attributable = pairedDifference(success, twin, seed);
  const verdict: Verdict = covers(share, target) ? 'reproduced' : Math.abs(share.estimate - target) <= 0.1 ? 'partly' : 'not reproduced';
  return {
    row: {
      id,
      name,
      published,
      model: `${pct(share.estimate)} of ${episodes.length} episodes succeed; their twins without sanctions step down ${pct(twinShare.estimate)} of the time, so the sanctions account for ${change(attributable.estimate)} points`,
      interval: `success ${range(share, 'pct')} (Wilson); attributable ${range(attributable, 'pct')} (paired bootstrap)`,
      verdict,
      rule: `episode: sanctions for 24 months from the first month the elite stands at repression or above; success: its stance ${SANCTIONS_HORIZON} months later is below the stance that triggered them; reproduced when the interval of the success share contains the published share, partly within 10 points. Hufbauer et al. also require that sanctions contributed: compare the attributable share`,
    },
    data: { episodes: episodes.length, share, twinShare, attributable },
  };
}

export const instrumentsEvidence: ValidationTarget = {
  id: 4,
  slug: 'instruments-evidence',
  title: 'Instruments against their evidence (sanctions, peacekeeping, observers)',
  async run(ctx: TargetContext): Promise<TargetOutput> {
    const size = ctx.quick ? QUICK : FULL;
    const rows: ValidationRow[] = [];

    // 4.1-4.2: sanctions on the synthetic worlds of target 3.
    const worlds = designWorlds(size.sanctionWorlds, ctx.seed);
    const horizon = worlds[0].scenario.horizon;
    const sanctionRuns = await ctx.tasks.map<PairedTask, StrategyRecord[]>(
      'paired/run',
      worlds.map((w) => ({ scenario: w.scenario, seed: w.seed, strategies: ['none', 'targeted-sanctions', 'comprehensive-sanctions'], series: ['stance'] })),
      'sanction episodes',
    );
    const comprehensive = sanctionsRow('4.1', 'Sanctions that succeed (comprehensive)', '34% of 204 episodes, 1914-2000, partial or full success (Hufbauer et al.)', 0.34, sanctionEpisodes(sanctionRuns, 'comprehensive-sanctions', horizon), 'instruments/comprehensive');
    const targeted = sanctionsRow('4.2', 'Targeted sanctions that coerce', '22% where coercion was the aim (UN targeted sanctions, Targeted Sanctions Consortium)', 0.22, sanctionEpisodes(sanctionRuns, 'targeted-sanctions', horizon), 'instruments/targeted');
    rows.push(comprehensive.row, targeted.row);

    // 4.3-4.5: peacekeeping and observers in a civil war.
    const war = scenarioFrom(CIVIL_WAR);
    const missions = await ctx.tasks.map<PairedTask, StrategyRecord[]>(
      'paired/run',
      Array.from({ length: size.missionRuns }, (_, i) => ({ scenario: war, seed: runSeed(ctx.seed, i), strategies: ['none', 'peacekeeping', 'observers'], series: ['battle-deaths', 'civilian-deaths', 'collateral-deaths'] })),
      'missions',
    );
    const windowed = (strategy: string, series: string) => {
      const a: number[] = [];
      const b: number[] = [];
      for (const run of missions) {
        const s = run.find((r) => r.strategy === strategy)!;
        if (s.start === null) continue;
        const none = run.find((r) => r.strategy === 'none')!;
        a.push(windowSum(s.series[series], s.start, s.start + MISSION_MONTHS));
        b.push(windowSum(none.series[series], s.start, s.start + MISSION_MONTHS));
      }
      return { mission: a, twin: b };
    };
    const battle = windowed('peacekeeping', 'battle-deaths');
    const civilian = windowed('peacekeeping', 'civilian-deaths');
    const observed = windowed('observers', 'civilian-deaths');
    const months = (xs: number[]) => mean(xs) / MISSION_MONTHS;
    const battleChange = relativeChange(battle.mission, battle.twin, 'instruments/pk-battle');
    const civilianChange = relativeChange(civilian.mission, civilian.twin, 'instruments/pk-civilian');
    const observerChange = relativeChange(observed.mission, observed.twin, 'instruments/observers');
    const deployed = battle.mission.length;
    rows.push({
      id: '4.3',
      name: 'Peacekeeping, 10,000 troops: battle deaths',
      published: '22 to 6 a month, about -73% (Hultman, Kathman and Shannon 2014)',
      model: `${num(months(battle.twin))} to ${num(months(battle.mission))} a month over the first ${MISSION_MONTHS} months of the mission (${change(battleChange.estimate)}), ${deployed} deployments`,
      interval: `${range(battleChange, 'pct')} change (paired bootstrap)`,
      verdict: covers(battleChange, -0.73) ? 'reproduced' : battleChange.upper < 0 ? 'partly' : 'not reproduced',
      rule: 'paired: each deployment against its twin without a mission over the same months (people killed in battle a month, both sides); reproduced when the interval of the relative change contains -73%, partly when it is a significant fall of another size',
    });
    rows.push({
      id: '4.4',
      name: 'Peacekeeping, 10,000 troops: civilian deaths',
      published: '106 to under 2 a month with 8,000 troops, about -98% (Hultman et al. 2013)',
      model: `${num(months(civilian.twin))} to ${num(months(civilian.mission))} a month (${change(civilianChange.estimate)})`,
      interval: `${range(civilianChange, 'pct')} change (paired bootstrap)`,
      verdict: covers(civilianChange, -0.98) || civilianChange.upper <= -0.9 ? 'reproduced' : civilianChange.upper < 0 ? 'partly' : 'not reproduced',
      rule: 'as 4.3, civilians killed a month; reproduced when the fall reaches -90% or its interval contains -98%, partly when it is a significant fall of another size',
    });
    rows.push({
      id: '4.5',
      name: 'Observer-only missions do not protect civilians',
      published: 'observer-only missions go with more civilian deaths (Hultman et al. 2013)',
      model: `${num(months(observed.twin))} to ${num(months(observed.mission))} civilian deaths a month with observers (${change(observerChange.estimate)}), against ${change(civilianChange.estimate)} with troops`,
      interval: `${range(observerChange, 'pct')} change (paired bootstrap)`,
      verdict: observerChange.lower > 0 ? 'reproduced' : observerChange.upper >= 0 ? 'partly' : 'not reproduced',
      rule: 'observers: human-rights monitoring and fact-finding, no troops on the grid; reproduced when civilian deaths rise significantly, partly when they do not fall significantly (no protection, but no rise either), not reproduced when they fall',
    });

    const bars = [
      { measure: 'battle deaths, troops', model: battleChange, published: -0.73 },
      { measure: 'civilian deaths, troops', model: civilianChange, published: -0.98 },
      { measure: 'civilian deaths, observers', model: observerChange, published: null },
    ];
    return {
      rows,
      charts: [{ name: 'instruments-missions', title: 'Peacekeeping and observers: change in deaths against the twin without a mission', spec: missionChart(bars) }],
      size: `sanctions: ${size.sanctionWorlds} synthetic worlds x 3 strategies; missions: ${size.missionRuns} paired runs of the civil war x 3 strategies`,
      data: { comprehensive: comprehensive.data, targeted: targeted.data, missions: { deployed, battleChange, civilianChange, observerChange, battle: { mission: months(battle.mission), twin: months(battle.twin) }, civilian: { mission: months(civilian.mission), twin: months(civilian.twin) }, observers: { mission: months(observed.mission), twin: months(observed.twin) } } },
    };
  },
};

function missionChart(bars: { measure: string; model: Interval; published: number | null }[]) {
  const values = bars.map((b) => ({ measure: b.measure, estimate: b.model.estimate, lower: b.model.lower, upper: b.model.upper }));
  const published = bars.filter((b) => b.published !== null).map((b) => ({ measure: b.measure, published: b.published }));
  const y = { field: 'measure', type: 'nominal', title: null, sort: bars.map((b) => b.measure), axis: { labelLimit: 320 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'What a mission does to deaths', subtitle: 'relative change against the twin without a mission, first 36 months; blue: model with 95% interval; orange: published' },
    width: 460,
    height: 150,
    layer: [
      { data: { values }, mark: { type: 'rule', strokeWidth: 2, color: '#0072B2' }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'change in deaths', axis: { format: '%' } }, x2: { field: 'upper' } } },
      { data: { values }, mark: { type: 'point', filled: true, size: 110, color: '#0072B2' }, encoding: { y, x: { field: 'estimate', type: 'quantitative' } } },
      { data: { values: published }, mark: { type: 'point', shape: 'diamond', filled: true, size: 110, color: '#D55E00' }, encoding: { y, x: { field: 'published', type: 'quantitative' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', strokeDash: [3, 3], color: '#555555' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
}
