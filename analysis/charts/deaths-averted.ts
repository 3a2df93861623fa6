/**
 * Chart 3: civilian deaths averted per run against the run's own counterfactual twin (the same
 * seed under the baseline), as a box plot per strategy.
 */
import { strategyScale } from './palette.js';
import type { ChartData, Spec } from './types.js';
import { wrapLines } from './wrap-lines.js';

export function deathsAvertedChart(data: ChartData): Spec {
  const baseline = data.summary.baseline;
  const base = new Map(data.runs.filter((r) => r.strategy === baseline).map((r) => [Number(r.run), Number(r.civilian_deaths)]));
  const values = data.runs
    .filter((r) => r.strategy !== baseline && base.has(Number(r.run)))
    .map((r) => ({ strategy: String(r.strategy), averted: base.get(Number(r.run))! - Number(r.civilian_deaths) }));
  const others = data.strategies.filter((s) => s !== baseline);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // Lines about as wide as the plot: a subtitle wider than the chart widens it, and the
    // classroom page, which fits every chart to its column, then sets this chart's text smaller
    // than the rate chart's beside it.
    title: { text: 'Civilian deaths averted, run by run', subtitle: wrapLines(`each run against its own twin under "${baseline}"; right of zero means fewer deaths. The box spans the middle half of the runs, the line in it the median, the whiskers the lowest and highest`, 62) },
    width: 480,
    height: 50 * Math.max(1, others.length),
    data: { values },
    layer: [
      { mark: { type: 'rule', color: '#999', strokeDash: [4, 4] }, encoding: { x: { datum: 0 } } },
      {
        mark: { type: 'boxplot', extent: 'min-max', size: 24 },
        encoding: {
          y: { field: 'strategy', type: 'nominal', sort: others, title: null },
          x: { field: 'averted', type: 'quantitative', title: 'civilian deaths averted per run (people)', axis: { format: ',~r' } },
          color: { field: 'strategy', type: 'nominal', scale: strategyScale(data.strategies, baseline), legend: null },
        },
      },
    ],
  };
}
