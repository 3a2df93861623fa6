/**
 * Target 3: Harff (2003) and her successors on a synthetic world. Several thousand worlds are
 * drawn by a Latin hypercube over the preconditions (exclusionary ideology, minority or
 * contested elite, discrimination, autocracy, trade openness, prior killing, prior upheaval),
 * each is run once, and the runs are read as a cross-national data set:
 *   3.1 the share of state failures (upheaval in the run: armed conflict or a coup) that go on
 *       to mass atrocity, against Harff's 35 of 126 (28%);
 *   3.2 the yearly onset rate by the number of Early Warning Project flags present, against
 *       0.29%, 0.79%, 2.4%, 2.8%, 8.0% for 0 to 4 flags (direction and order), and the base
 *       rate against 1.23% a country-year;
 *   3.3 Harff's six-factor logistic model fitted to the synthetic episodes: signs, odds ratios
 *       and classification accuracy beside her 74%.
 *
 * Caveat the rows repeat: the elite's hazard (sim/actors/elite.ts) is itself built from these
 * preconditions with the Early Warning Project's odds ratios, so recovering their signs is a
 * check that the signal survives the dynamics (the stance ladder, threat, rebels, coups), not
 * independent evidence.
 */
import type { Scenario } from '../../scenarios/schema.js';
import { runSeed } from '../../sim/index.js';
import { recentSum } from '../../sim/series.js';
import { STANCE } from '../../sim/vocabulary.js';
import type { World } from '../../sim/world.js';
import { classificationAccuracy, latinHypercube, logisticRegression, predictLogistic } from '../stats/index.js';
import { num, pct, range } from './format.js';
import { scenarioFrom, simulate, variant } from './runs.js';
import { covers, proportion, spearman, type Interval } from './summaries.js';
import type { TargetContext, TargetOutput, ValidationRow, ValidationTarget, Verdict } from './types.js';

export const HARFF_WORLD = 'scenarios/validation/harff-world.yaml';

/** The Latin hypercube's axes, in order. */
export const FACTORS = ['exclusionary', 'rulers-share', 'discrimination', 'autocracy', 'openness', 'prior-killing', 'prior-upheaval'] as const;

/**
 * Shares of worlds with a prior killing and a prior upheaval (the axis below the share is
 * "yes"). Assumption for the synthetic world: a prior geno-/politicide is the rarer of the two.
 */
const PRIOR_KILLING_SHARE = 0.3;
const PRIOR_UPHEAVAL_SHARE = 0.5;

export interface WorldFactors {
  exclusionary: number;
  rulersShare: number;
  minorityElite: boolean;
  discrimination: number;
  autocracy: number;
  openness: number;
  priorKilling: boolean;
  priorUpheaval: boolean;
}

/**
 * One synthetic world from one point of the hypercube. The ruling group's share runs from 0.15
 * to 0.85 (a minority, a contested or a majority elite). Assumption of the synthetic world: the
 * discriminated group's legitimacy starts lower, 0.85 - 0.3 x discrimination (MODEL.md 3.1:
 * legitimacy falls with discrimination; the engine moves it with changes of discrimination,
 * not with its level at the start).
 */
export function harffWorld(base: Scenario, u: ArrayLike<number>): { scenario: Scenario; factors: WorldFactors } {
  const factors: WorldFactors = {
    exclusionary: u[0],
    rulersShare: 0.15 + 0.7 * u[1],
    minorityElite: 0.15 + 0.7 * u[1] < 0.5,
    discrimination: u[2],
    autocracy: u[3],
    openness: u[4],
    priorKilling: u[5] < PRIOR_KILLING_SHARE,
    priorUpheaval: u[6] < PRIOR_UPHEAVAL_SHARE,
  };
  const scenario = variant(base, (s) => {
    const [rulers, others] = s.groups;
    rulers.share = factors.rulersShare;
    others.share = 1 - factors.rulersShare;
    others.legitimacy = 0.85 - 0.3 * factors.discrimination;
    s.elite.exclusionary = factors.exclusionary;
    s.elite.autocracy = factors.autocracy;
    s.elite.openness = factors.openness;
    s.elite.discrimination = { [others.id]: factors.discrimination };
    s.elite['prior-killing'] = factors.priorKilling;
    s.elite['prior-upheaval'] = factors.priorUpheaval;
  });
  return { scenario, factors };
}

/** The Early Warning Project's flags as the synthetic world reads them (EVIDENCE.md). */
export const FLAGS = ['fighting', 'discrimination', 'coup', 'killings-approved', 'past-killing'] as const;

/**
 * Flags at the end of a tick, as a bitmask in FLAGS order:
 * - fighting: battle deaths in the last 12 ticks at the armed-conflict threshold (25);
 * - discrimination: state-led discrimination against some group at 0.5 or more;
 * - coup: a coup in the last 60 ticks, or the world's prior upheaval within its first 60 ticks
 *   (upheaval "in the last five years");
 * - killings approved: the elite incites or orders killing (stance incite or eliminate);
 * - past killing: a prior geno-/politicide, or an elimination order earlier in the run.
 */
export function flagsOf(world: World): number {
  const { series, scenario, elite } = world;
  let mask = 0;
  if (recentSum(series.values['battle-deaths'], series.length, 12) >= scenario.stages['battle-deaths']) mask |= 1;
  let discrimination = 0;
  for (let g = 0; g < world.groups; g++) discrimination = Math.max(discrimination, world.discrimination[g]);
  if (discrimination >= 0.5) mask |= 2;
  if (world.tick - elite.lastCoup <= 60 || (elite.priorUpheaval && world.tick <= 60)) mask |= 4;
  if (elite.stance >= STANCE.incite) mask |= 8;
  if (elite.priorKilling || elite.hasKilled) mask |= 16;
  return mask;
}

export function flagCount(mask: number): number {
  let n = 0;
  for (let b = 0; b < FLAGS.length; b++) if (mask & (1 << b)) n++;
  return n;
}

export interface WorldTask {
  scenario: Scenario;
  seed: number;
}

export interface WorldRun {
  atrocityOnset: number | null;
  armedConflictOnset: number | null;
  coups: number[];
  /** First state failure: armed-conflict onset or a coup, whichever is first (null: none). */
  upheaval: number | null;
  /** Elite ideology a year before the first upheaval (a coup replaces it). */
  exclusionaryBefore: number;
  /** One entry per year at risk (no atrocity begun at its start): flags then, onset within it. */
  years: { flags: number; onset: boolean }[];
}

/** One synthetic world under `none`, read as a country's history. */
export function measureWorld(task: WorldTask): WorldRun {
  const yearFlags: number[] = [];
  const ideology: number[] = [];
  const world = simulate(task.scenario, 'none', task.seed, (w) => {
    ideology.push(w.elite.exclusionary);
    if (w.tick % 12 === 0 && w.tick < w.scenario.horizon) yearFlags.push(flagsOf(w));
  });
  const atrocity = world.reached.massAtrocity >= 0 ? world.reached.massAtrocity : null;
  const armed = world.reached.armedConflict >= 0 ? world.reached.armedConflict : null;
  const coups = world.events.filter((e) => e.kind === 'coup').map((e) => e.tick);
  const candidates = [armed, coups[0] ?? null].filter((t): t is number => t !== null);
  const upheaval = candidates.length > 0 ? Math.min(...candidates) : null;
  const years: WorldRun['years'] = [];
  yearFlags.forEach((flags, y) => {
    const start = 12 * y;
    if (atrocity !== null && atrocity <= start) return;
    years.push({ flags, onset: atrocity !== null && atrocity > start && atrocity <= start + 12 });
  });
  return {
    atrocityOnset: atrocity,
    armedConflictOnset: armed,
    coups,
    upheaval,
    exclusionaryBefore: ideology[Math.max(0, (upheaval ?? 0) - 12)],
    years,
  };
}

/** The Early Warning Project's next-year onset rates by flags present, 0 to 4 (EVIDENCE.md). */
export const EWP_RATES = [0.0029, 0.0079, 0.024, 0.028, 0.08];
const HARFF = { failures: 126, followed: 35, accuracy: 0.74 };

/** Harff's six factors for an episode, in the order of HARFF_FACTORS. */
export const HARFF_FACTORS = ['prior upheaval', 'prior geno-/politicide', 'exclusionary ideology', 'autocracy', 'minority elite', 'trade openness'] as const;
/** Harff's signs: every factor raises the risk but openness, which lowers it (low openness is the risk factor). */
export const HARFF_SIGNS = [1, 1, 1, 1, 1, -1];

function harffRow(f: WorldFactors, run: WorldRun): number[] {
  return [f.priorUpheaval ? 1 : 0, f.priorKilling ? 1 : 0, run.exclusionaryBefore, f.autocracy, f.minorityElite ? 1 : 0, f.openness];
}

interface Sizes {
  worlds: number;
}

const FULL: Sizes = { worlds: 3000 };
const QUICK: Sizes = { worlds: 400 };

/** The synthetic worlds of the design: the same for targets 3 and 4 (same seed). */
export function designWorlds(n: number, seed: number): { scenario: Scenario; factors: WorldFactors; seed: number }[] {
  const base = scenarioFrom(HARFF_WORLD);
  return latinHypercube(n, FACTORS.length, `harff/${seed}`).map((u, i) => ({ ...harffWorld(base, u), seed: runSeed(seed, i) }));
}

/** k-fold cross-validated accuracy at the 0.5 cutoff (folds by index: the design is already random). */
function crossValidatedAccuracy(x: number[][], y: number[], k = 5): number {
  let right = 0;
  for (let fold = 0; fold < k; fold++) {
    const trainX = x.filter((_, i) => i % k !== fold);
    const trainY = y.filter((_, i) => i % k !== fold);
    const fit = logisticRegression(trainX, trainY);
    x.forEach((row, i) => {
      if (i % k === fold && (predictLogistic(fit, row) >= 0.5 ? 1 : 0) === y[i]) right++;
    });
  }
  return right / y.length;
}

export const harffSynthetic: ValidationTarget = {
  id: 3,
  slug: 'harff-synthetic',
  title: 'Harff and her successors on a synthetic world',
  async run(ctx: TargetContext): Promise<TargetOutput> {
    const size = ctx.quick ? QUICK : FULL;
    const worlds = designWorlds(size.worlds, ctx.seed);
    const runs = await ctx.tasks.map<WorldTask, WorldRun>('harff/world', worlds.map((w) => ({ scenario: w.scenario, seed: w.seed })), 'synthetic worlds');
    const rows: ValidationRow[] = [];

    // 3.1: state failures that go on to mass atrocity.
    const episodes = runs.map((r, i) => ({ run: r, factors: worlds[i].factors })).filter((e) => e.run.upheaval !== null);
    const followed = episodes.filter((e) => e.run.atrocityOnset !== null && e.run.atrocityOnset >= e.run.upheaval!);
    const anyAtrocity = episodes.filter((e) => e.run.atrocityOnset !== null);
    const atrocities = runs.filter((r) => r.atrocityOnset !== null);
    const preceded = atrocities.filter((r) => r.upheaval !== null && r.upheaval <= r.atrocityOnset!);
    const share = proportion(followed.length, episodes.length);
    const harffShare = proportion(HARFF.followed, HARFF.failures);
    rows.push({
      id: '3.1',
      name: 'State failures (upheaval) that go on to mass atrocity',
      published: `35 of 126 (28%), Harff 2003: ${range(harffShare, 'pct')}`,
      model: `${followed.length} of ${episodes.length} (${pct(share.estimate)}) runs with an upheaval (armed conflict or coup) have a mass atrocity at or after it (${anyAtrocity.length} with one at any time); ${episodes.length} of ${runs.length} worlds have an upheaval; ${preceded.length} of ${atrocities.length} atrocities come at or after an upheaval`,
      interval: `${range(share, 'pct')} (Wilson)`,
      verdict: covers(share, HARFF.followed / HARFF.failures) ? 'reproduced' : share.lower <= harffShare.upper && harffShare.lower <= share.upper ? 'partly' : 'not reproduced',
      rule: "reproduced when the interval contains 27.8%; partly when it overlaps the interval of Harff's own 35 of 126; the share depends on the spread of preconditions in the design (uniform here), as Harff's depends on the world's",
    });

    // 3.2: the Early Warning Project's gradient, on a run-year panel.
    const years = runs.flatMap((r) => r.years);
    const byCount = [0, 1, 2, 3, 4].map((k) => {
      const at = years.filter((y) => Math.min(4, flagCount(y.flags)) === k);
      const onsets = at.filter((y) => y.onset).length;
      return { flags: k, years: at.length, onsets, rate: proportion(onsets, at.length) };
    });
    const rates = byCount.map((b) => b.rate.estimate);
    const increasing = rates.every((r, k) => k === 0 || !(r < rates[k - 1]));
    const rho = spearman(byCount.map((b) => b.flags), rates);
    const ends = byCount[4].rate.lower > byCount[0].rate.upper;
    const base = proportion(years.filter((y) => y.onset).length, years.length);
    // "Of the order Harff reports" (MODEL.md 3.2): the ratio of the 4+ rate to the 0 rate within
    // a factor of three of the Early Warning Project's, as well as the order.
    const ratio = rates[4] / rates[0];
    const published = EWP_RATES[4] / EWP_RATES[0];
    const ofTheOrder = ratio >= published / 3 && ratio <= published * 3;
    const gradientVerdict: Verdict = increasing && ends && ofTheOrder ? 'reproduced' : ends ? 'partly' : 'not reproduced';
    rows.push({
      id: '3.2',
      name: 'Onset rate a year by number of flags present (0 to 4 or more)',
      published: '0.29%, 0.79%, 2.4%, 2.8%, 8.0% a year (Early Warning Project data); base rate 1.23% a country-year',
      model: `${byCount.map((b) => `${b.flags}: ${pct(b.rate.estimate, 1)} (${b.onsets}/${b.years})`).join(', ')}; base rate ${pct(base.estimate, 1)} a run-year; ratio 4+ to 0: ${num(ratio)} (EWP ${num(published)})`,
      interval: `${byCount.map((b) => `${b.flags}: ${range(b.rate, 'pct', 1)}`).join('; ')} (Wilson)`,
      verdict: gradientVerdict,
      rule: `the gradient, not the level: reproduced when the rate never falls as flags are added, the 4+ rate's interval lies above the 0 rate's and the ratio of the 4+ rate to the 0 rate is within a factor of three of the published ${num(published)} (MODEL.md 3.2: relative risks of the order Harff reports); partly when only the order holds (Spearman rho over the five rates ${num(rho, 2)}); flags are battle deaths in the last year, discrimination >= 0.5, a coup (or prior upheaval) in five years, an elite inciting or ordering killing, a past killing`,
    });
    const levelsMatch = byCount.filter((b, k) => covers(b.rate, EWP_RATES[k])).length;
    rows.push({
      id: '3.3',
      name: 'Onset rate a year: the levels',
      published: '0.29% to 8.0% a year by flags; 1.23% a country-year',
      model: `${levelsMatch} of 5 flag counts have the published rate inside their interval; base rate ${pct(base.estimate, 1)} against 1.23%`,
      interval: `base rate ${range(base, 'pct', 1)} (Wilson)`,
      verdict: levelsMatch === 5 && covers(base, 0.0123) ? 'reproduced' : levelsMatch > 0 || covers(base, 0.0123) ? 'partly' : 'not reproduced',
      rule: 'reproduced when every flag count and the base rate have the published rate inside their interval, partly when some do; a synthetic world with preconditions spread uniformly, counted in agents of hundreds of people, is far riskier than the world of 1960-2023, so the levels were not expected to match',
    });

    // 3.4-3.5: Harff's six-factor model on the synthetic episodes.
    const x = episodes.map((e) => harffRow(e.factors, e.run));
    const y = episodes.map((e) => (e.run.atrocityOnset !== null && e.run.atrocityOnset >= e.run.upheaval! ? 1 : 0));
    const fit = logisticRegression(x, y);
    const signs = HARFF_FACTORS.map((name, j) => {
      const or = fit.oddsRatios[j + 1];
      const agrees = Math.sign(fit.coefficients[j + 1]) === HARFF_SIGNS[j];
      const significant = fit.pValues[j + 1] < 0.05;
      return { name, oddsRatio: or, p: fit.pValues[j + 1], agrees, significant };
    });
    const agreeing = signs.filter((s) => s.agrees).length;
    const agreeingSignificant = signs.filter((s) => s.agrees && s.significant).length;
    rows.push({
      id: '3.4',
      name: "Harff's six factors: signs and odds ratios on the synthetic episodes",
      published: 'all six raise the risk (low openness does); coefficients not published; later risk lists weight past genocide 3.5, exclusionary ideology 2.5, full autocracy 3.5',
      model: `odds ratios: ${signs.map((s) => `${s.name} ${num(s.oddsRatio.estimate, 2)}${s.agrees ? '' : ' (wrong sign)'}${s.significant ? '' : ' (n.s.)'}`).join('; ')}; ${agreeing} of 6 signs as Harff's, ${agreeingSignificant} significant${fit.converged && !fit.separation ? '' : '; fit did not converge cleanly'}`,
      interval: signs.map((s) => `${s.name} ${range(s.oddsRatio, 'num', 2)}`).join('; ') + ' (Wald)',
      verdict: agreeingSignificant === 6 ? 'reproduced' : agreeing >= 4 ? 'partly' : 'not reproduced',
      rule: `logistic regression (analysis/stats/logistic-regression.ts, IRLS) on the ${episodes.length} runs with an upheaval, outcome a mass atrocity at or after it; openness, ideology (a year before the upheaval) and autocracy on 0..1, the others 0/1; reproduced when all six signs agree and are significant at 5%, partly when four or more agree. The engine's hazard uses these factors, so the signs are not independent evidence`,
    });
    const accuracy = classificationAccuracy(fit.fitted, y);
    const majority = Math.max(mean01(y), 1 - mean01(y));
    const cv = crossValidatedAccuracy(x, y);
    const accuracyInterval = proportion(Math.round(accuracy * y.length), y.length);
    rows.push({
      id: '3.5',
      name: "Harff's six factors: share of episodes correctly classified",
      published: '74% (Harff 2003)',
      model: `${pct(accuracy)} in sample, ${pct(cv)} in 5-fold cross-validation; always predicting the commoner outcome gives ${pct(majority)}; McFadden pseudo R^2 ${num(1 - fit.logLikelihood / fit.nullLogLikelihood, 2)}`,
      interval: `${range(accuracyInterval, 'pct')} (Wilson, in sample)`,
      verdict: covers(accuracyInterval, HARFF.accuracy) ? 'reproduced' : Math.abs(accuracy - HARFF.accuracy) <= 0.1 ? 'partly' : 'not reproduced',
      rule: 'cutoff 0.5; reproduced when the interval contains 74%, partly within 10 points; read it beside the no-information rate, as a high accuracy is easy when one outcome dominates',
    });

    return {
      rows,
      charts: [{ name: 'harff-flags', title: 'Onset rate a year by number of flags: synthetic world and Early Warning Project', spec: flagsChart(byCount) }],
      size: `${size.worlds} synthetic worlds (Latin hypercube over ${FACTORS.length} preconditions), one run of ${worlds[0].scenario.horizon} months each; ${years.length} run-years at risk; ${episodes.length} episodes with an upheaval`,
      data: {
        worlds: size.worlds,
        episodes: episodes.length,
        followed: followed.length,
        anyAtrocity: anyAtrocity.length,
        atrocities: atrocities.length,
        precededByUpheaval: preceded.length,
        byFlags: byCount,
        baseRate: base,
        spearman: rho,
        logistic: { factors: HARFF_FACTORS, coefficients: fit.coefficients, standardErrors: fit.standardErrors, pValues: fit.pValues, oddsRatios: fit.oddsRatios, converged: fit.converged, separation: fit.separation, accuracy, crossValidated: cv, majority, logLikelihood: fit.logLikelihood, nullLogLikelihood: fit.nullLogLikelihood },
      },
    };
  },
};

function mean01(y: number[]): number {
  return y.reduce((a, b) => a + b, 0) / Math.max(1, y.length);
}

function flagsChart(byCount: { flags: number; years: number; rate: Interval }[]) {
  const values = byCount.flatMap((b, k) => [
    // A log scale has no zero: rates and bounds below 0.01% are drawn at 0.01%.
    { flags: b.flags === 4 ? '4+' : String(b.flags), source: 'synthetic world (model)', rate: Math.max(1e-4, b.rate.estimate), lower: Math.max(1e-4, b.rate.lower), upper: Math.max(1e-4, b.rate.upper) },
    { flags: b.flags === 4 ? '4+' : String(b.flags), source: 'Early Warning Project', rate: EWP_RATES[k], lower: EWP_RATES[k], upper: EWP_RATES[k] },
  ]);
  const x = { field: 'flags', type: 'ordinal', title: 'flags present at the start of the year', sort: ['0', '1', '2', '3', '4+'], axis: { labelAngle: 0 } };
  const colour = { field: 'source', type: 'nominal', title: null, scale: { range: ['#0072B2', '#D55E00'] } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'More flags, more onsets', subtitle: 'onset of mass atrocity within the year, by flags present (log scale); bars: 95% Wilson intervals' },
    width: 420,
    height: 260,
    data: { values },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x, xOffset: { field: 'source' }, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color: colour } },
      { mark: { type: 'point', filled: true, size: 90 }, encoding: { x, xOffset: { field: 'source' }, y: { field: 'rate', type: 'quantitative', title: 'onsets a year', axis: { format: '%' }, scale: { type: 'log' } }, color: colour } },
    ],
  };
}
