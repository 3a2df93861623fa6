/**
 * Chart 1, trajectories: the median and the 10-90% band over time of hostility, mobilisation
 * and cumulative civilian deaths, one colour per strategy (a fan chart per indicator).
 */
import { strategyScale } from './palette.js';
import type { ChartData, Spec } from './types.js';

const PANELS = [
  { series: 'hostility', title: 'Hostility between groups (mean, 0 to 1)' },
  { series: 'mobilisation', title: 'Mobilised citizens (share)' },
  { series: 'civilian-deaths-cumulative', title: 'Civilians killed so far (people)' },
];

export function fanChart(data: ChartData): Spec {
  const colour = { field: 'strategy', type: 'nominal', title: 'strategy', scale: strategyScale(data.strategies, data.summary.baseline) };
  // Ticks are whole: no "0.5 months" labels on a short horizon; ',~r' prints an all-zero panel's
  // axis as 0, not 0.000000, and people with thousands separators.
  const x = { field: 'tick', type: 'quantitative', title: `${data.tickUnit}s since the start`, scale: { domain: [0, data.summary.horizon], nice: false }, axis: { tickMinStep: 1 } };
  const yAxis = { format: ',~r' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'How each strategy changes the path of escalation', subtitle: 'median (line) and 10-90% of runs (band)' },
    vconcat: PANELS.map((p) => ({
      width: 560,
      height: 170,
      title: p.title,
      data: { values: data.bands.filter((b) => b.series === p.series) },
      layer: [
        { mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { field: 'p10', type: 'quantitative', title: null, axis: yAxis }, y2: { field: 'p90' }, color: colour } },
        { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'p50', type: 'quantitative', title: null, axis: yAxis }, color: colour } },
      ],
    })),
    resolve: { scale: { y: 'independent' } },
  };
}
