/**
 * summary.json: for each strategy, the atrocity rate with its Wilson interval, means and
 * medians of deaths, displacement and cost with bootstrap intervals, and the time to atrocity
 * onset as a Kaplan-Meier curve; for each strategy against the baseline, the paired difference
 * per run (each run against its own counterfactual twin: same seed, baseline strategy).
 * Bootstraps are seeded from the batch seed alone, so summaries are reproducible and every
 * strategy resamples the same runs.
 */
import { mean, median } from 'simple-statistics';
import { bootstrapInterval, kaplanMeier, wilsonInterval, type Interval } from '../stats/index.js';
import type { Row, RunRecord } from './types.js';

export interface MeanMedian {
  mean: Interval;
  median: Interval;
}

export interface StrategySummary {
  runs: number;
  atrocity: { rate: number; lower: number; upper: number };
  armedConflict: { rate: number; lower: number; upper: number };
  civilianDeaths: MeanMedian;
  battleDeaths: MeanMedian;
  displaced: MeanMedian;
  cost: MeanMedian;
  atrocityOnset: {
    survival: { time: number; atRisk: number; events: number; survival: number; lower: number; upper: number }[];
    median: { estimate: number | null; lower: number | null; upper: number | null };
  };
}

export interface Comparison {
  baseline: string;
  deathsAverted: Interval;
  atrocityAvoided: Interval;
  extraCost: Interval;
  /** Shares of runs where the strategy killed fewer, more or as many civilians as its twin. */
  better: number;
  worse: number;
  same: number;
  /** Mean extra cost over mean deaths averted (US dollars per life); null when none averted, negative when the strategy is also cheaper (cost-effectiveness.ts). */
  costPerDeathAverted: number | null;
}

export interface BatchSummary {
  scenario: string;
  baseline: string;
  runs: number;
  seed: number;
  horizon: number;
  strategies: Record<string, StrategySummary>;
  comparisons: Record<string, Comparison>;
}

const RESAMPLES = 1000;

function round(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(8)) : x;
}

function roundInterval(i: Interval): Interval {
  return { estimate: round(i.estimate), lower: round(i.lower), upper: round(i.upper) };
}

function meanMedian(values: number[], seed: string): MeanMedian {
  return {
    mean: roundInterval(bootstrapInterval(values, mean, { seed: `${seed}/mean`, resamples: RESAMPLES })),
    median: roundInterval(bootstrapInterval(values, median, { seed: `${seed}/median`, resamples: RESAMPLES })),
  };
}

function rate(successes: number, n: number) {
  const w = wilsonInterval(successes, n);
  return { rate: round(w.estimate), lower: round(w.lower), upper: round(w.upper) };
}

export function summarise(records: readonly RunRecord[], strategies: readonly string[], baseline: string, meta: { scenario: string; seed: number; horizon: number }): BatchSummary {
  const byStrategy = new Map<string, Row[]>(strategies.map((s) => [s, []]));
  for (const r of records) for (const row of r.rows) byStrategy.get(String(row.strategy))?.push(row);
  const num = (rows: Row[], col: string) => rows.map((r) => Number(r[col]));
  const summaries: Record<string, StrategySummary> = {};
  for (const s of strategies) {
    const rows = byStrategy.get(s)!;
    // Every strategy resamples the same runs (the seed does not name it): runs that are the same
    // under two strategies get the same interval, and renaming a strategy changes nothing.
    const seed = `${meta.seed}`;
    const onset = rows.map((r) => (r.atrocity_onset === null ? meta.horizon : Number(r.atrocity_onset)));
    const km = kaplanMeier(onset, rows.map((r) => r.atrocity === 1));
    summaries[s] = {
      runs: rows.length,
      atrocity: rate(rows.filter((r) => r.atrocity === 1).length, rows.length),
      armedConflict: rate(rows.filter((r) => r.armed_conflict === 1).length, rows.length),
      civilianDeaths: meanMedian(num(rows, 'civilian_deaths'), `${seed}/civilian`),
      battleDeaths: meanMedian(num(rows, 'battle_deaths'), `${seed}/battle`),
      displaced: meanMedian(num(rows, 'displaced'), `${seed}/displaced`),
      cost: meanMedian(num(rows, 'cost'), `${seed}/cost`),
      atrocityOnset: {
        survival: km.steps.map((st) => ({ time: st.time, atRisk: st.atRisk, events: st.events, survival: round(st.survival), lower: round(st.lower), upper: round(st.upper) })),
        median: km.median,
      },
    };
  }
  const comparisons: Record<string, Comparison> = {};
  if (strategies.includes(baseline)) {
    const base = new Map(byStrategy.get(baseline)!.map((r) => [Number(r.run), r]));
    for (const s of strategies) {
      if (s === baseline) continue;
      const pairs = byStrategy.get(s)!.filter((r) => base.has(Number(r.run))).map((r) => [r, base.get(Number(r.run))!] as const);
      const averted = pairs.map(([r, b]) => Number(b.civilian_deaths) - Number(r.civilian_deaths));
      const avoided = pairs.map(([r, b]) => Number(b.atrocity) - Number(r.atrocity));
      const extra = pairs.map(([r, b]) => Number(r.cost) - Number(b.cost));
      const n = Math.max(1, pairs.length);
      const seed = `${meta.seed}/paired`;
      const meanAverted = pairs.length ? mean(averted) : 0;
      comparisons[s] = {
        baseline,
        deathsAverted: roundInterval(bootstrapInterval(averted, mean, { seed: `${seed}/deaths`, resamples: RESAMPLES })),
        atrocityAvoided: roundInterval(bootstrapInterval(avoided, mean, { seed: `${seed}/atrocity`, resamples: RESAMPLES })),
        extraCost: roundInterval(bootstrapInterval(extra, mean, { seed: `${seed}/cost`, resamples: RESAMPLES })),
        better: round(averted.filter((d) => d > 0).length / n),
        worse: round(averted.filter((d) => d < 0).length / n),
        same: round(averted.filter((d) => d === 0).length / n),
        costPerDeathAverted: meanAverted > 0 ? round((pairs.length ? mean(extra) : 0) / meanAverted) : null,
      };
    }
  }
  return { scenario: meta.scenario, baseline, runs: records.length, seed: meta.seed, horizon: meta.horizon, strategies: summaries, comparisons };
}
