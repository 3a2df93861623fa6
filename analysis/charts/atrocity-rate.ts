/** Chart 2: the share of runs reaching mass atrocity per strategy, with its Wilson 95% interval. */
import { strategyScale } from './palette.js';
import type { ChartData, Spec } from './types.js';

export function atrocityRateChart(data: ChartData): Spec {
  const values = data.strategies.map((s) => ({ strategy: s, ...data.summary.strategies[s].atrocity }));
  const colour = { field: 'strategy', type: 'nominal', scale: strategyScale(data.strategies, data.summary.baseline), legend: null };
  const y = { field: 'strategy', type: 'nominal', sort: data.strategies, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Share of runs that reach mass atrocity', subtitle: `${data.summary.runs} runs per strategy; bars are 95% intervals` },
    width: 480,
    height: 40 * data.strategies.length,
    data: { values },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'runs reaching mass atrocity', axis: { format: '~%' }, scale: { domain: [0, 1] } }, x2: { field: 'upper' }, color: colour } },
      { mark: { type: 'point', filled: true, size: 120 }, encoding: { y, x: { field: 'rate', type: 'quantitative' }, color: colour } },
    ],
  };
}
