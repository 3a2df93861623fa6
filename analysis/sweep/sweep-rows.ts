/**
 * sweep.csv's rows: one per point and strategy, the swept values, then the strategy's statistics
 * and its paired comparison. Pure (no Node APIs), so the classroom page lays out its sweep with
 * the same function as `firebreak sweep`.
 */
import type { BatchSummary } from '../batch/summary.js';
import type { Row } from '../batch/types.js';
import type { Value } from './variation.js';

export interface SweepPoint {
  point: number;
  values: Record<string, Value>;
  summary: BatchSummary;
}

/** One row per point and strategy: the swept values, then the strategy's statistics and its paired comparison. */
export function sweepRows(points: readonly SweepPoint[], paths: readonly string[], strategies: readonly string[]): { columns: string[]; rows: Row[] } {
  const columns = [
    'point', ...paths, 'strategy', 'runs',
    'atrocity_rate', 'atrocity_lower', 'atrocity_upper',
    'civilian_deaths_mean', 'civilian_deaths_lower', 'civilian_deaths_upper', 'civilian_deaths_median',
    'battle_deaths_mean', 'displaced_mean', 'cost_mean',
    'deaths_averted_mean', 'deaths_averted_lower', 'deaths_averted_upper',
    'atrocity_avoided_mean', 'atrocity_avoided_lower', 'atrocity_avoided_upper',
    'better', 'worse', 'same', 'cost_per_death_averted',
  ];
  const rows: Row[] = [];
  for (const p of points) {
    for (const s of strategies) {
      const st = p.summary.strategies[s];
      const c = p.summary.comparisons[s];
      const row: Row = { point: p.point };
      for (const path of paths) {
        const v = p.values[path];
        row[path] = typeof v === 'boolean' ? String(v) : v;
      }
      Object.assign(row, {
        strategy: s,
        runs: st.runs,
        atrocity_rate: st.atrocity.rate,
        atrocity_lower: st.atrocity.lower,
        atrocity_upper: st.atrocity.upper,
        civilian_deaths_mean: st.civilianDeaths.mean.estimate,
        civilian_deaths_lower: st.civilianDeaths.mean.lower,
        civilian_deaths_upper: st.civilianDeaths.mean.upper,
        civilian_deaths_median: st.civilianDeaths.median.estimate,
        battle_deaths_mean: st.battleDeaths.mean.estimate,
        displaced_mean: st.displaced.mean.estimate,
        cost_mean: st.cost.mean.estimate,
        deaths_averted_mean: c?.deathsAverted.estimate ?? null,
        deaths_averted_lower: c?.deathsAverted.lower ?? null,
        deaths_averted_upper: c?.deathsAverted.upper ?? null,
        atrocity_avoided_mean: c?.atrocityAvoided.estimate ?? null,
        atrocity_avoided_lower: c?.atrocityAvoided.lower ?? null,
        atrocity_avoided_upper: c?.atrocityAvoided.upper ?? null,
        better: c?.better ?? null,
        worse: c?.worse ?? null,
        same: c?.same ?? null,
        cost_per_death_averted: c?.costPerDeathAverted ?? null,
      });
      rows.push(row);
    }
  }
  return { columns, rows };
}
