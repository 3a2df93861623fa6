/** Chart 7: mean extra cost against mean civilian deaths averted per strategy, with intervals. */
import { strategyScale } from './palette.js';
import type { ChartData, Spec } from './types.js';

export function costEffectivenessChart(data: ChartData): Spec {
  const values = Object.entries(data.summary.comparisons).map(([s, c]) => ({
    strategy: s,
    averted: c.deathsAverted.estimate,
    avertedLower: c.deathsAverted.lower,
    avertedUpper: c.deathsAverted.upper,
    cost: c.extraCost.estimate / 1e6,
    costLower: c.extraCost.lower / 1e6,
    costUpper: c.extraCost.upper / 1e6,
  }));
  // The baseline keeps its colour in the scale (the same in every chart) but has no point here: not in the legend.
  const drawn = data.strategies.filter((s) => s !== data.summary.baseline);
  const colour = { field: 'strategy', type: 'nominal', scale: strategyScale(data.strategies, data.summary.baseline), title: 'strategy', legend: { values: drawn } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'What each strategy costs and what it saves', subtitle: `per run, against "${data.summary.baseline}"; lines are 95% intervals` },
    width: 480,
    height: 300,
    data: { values },
    layer: [
      { mark: { type: 'rule' }, encoding: { x: { field: 'avertedLower', type: 'quantitative' }, x2: { field: 'avertedUpper' }, y: { field: 'cost', type: 'quantitative' }, color: colour } },
      { mark: { type: 'rule' }, encoding: { y: { field: 'costLower', type: 'quantitative' }, y2: { field: 'costUpper' }, x: { field: 'averted', type: 'quantitative' }, color: colour } },
      {
        mark: { type: 'point', filled: true, size: 140 },
        encoding: {
          x: { field: 'averted', type: 'quantitative', title: 'civilian deaths averted per run (people)' },
          y: { field: 'cost', type: 'quantitative', title: 'extra cost per run (US$ million)' },
          color: colour,
        },
      },
    ],
  };
}
