/**
 * Chart 8, for sensitivity analyses, as sorted bars: Sobol first-order and total indices with
 * their 95% intervals, or the one-at-a-time swing of the outcome (the range of its mean over
 * each parameter's values: a tornado chart), most influential parameter first.
 */
import { OKABE_ITO } from './palette.js';
import type { Spec } from './types.js';
import type { SensitivityResult } from '../sensitivity/run-sensitivity.js';

function subtitle(r: SensitivityResult): string {
  const under = r.outcome.id === 'deaths-averted' || r.outcome.id === 'atrocity-avoided' ? `${r.strategy} against ${r.baseline}` : `under ${r.strategy}`;
  return `outcome: ${r.outcome.description}, ${under}; mean of ${r.runs} runs per point`;
}

export function sensitivityChart(r: SensitivityResult): Spec {
  if (r.sobol) {
    const order = [...r.sobol].sort((a, b) => (b.total.estimate || 0) - (a.total.estimate || 0)).map((x) => x.path);
    const values = r.sobol.flatMap((x) => [
      { parameter: x.path, index: 'first-order (alone)', estimate: x.first.estimate, lower: x.first.lower, upper: x.first.upper },
      { parameter: x.path, index: 'total (with interactions)', estimate: x.total.estimate, lower: x.total.lower, upper: x.total.upper },
    ]);
    const y = { field: 'parameter', type: 'nominal', sort: order, title: null, axis: { labelLimit: 320 } };
    const colour = { field: 'index', type: 'nominal', title: 'Sobol index', scale: { domain: ['first-order (alone)', 'total (with interactions)'], range: [OKABE_ITO[0], OKABE_ITO[1]] } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: 'Which assumptions drive the outcome: share of its variance due to each parameter', subtitle: `${subtitle(r)}; Saltelli design, n = ${r.samples}; lines are 95% intervals` },
      width: 520,
      height: { step: 18 },
      data: { values },
      encoding: { y, yOffset: { field: 'index' }, color: colour },
      layer: [
        { mark: { type: 'bar' }, encoding: { x: { field: 'estimate', type: 'quantitative', title: 'share of the outcome\'s variance', axis: { format: '%' } } } },
        { mark: { type: 'rule', color: '#222' }, encoding: { x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } } },
      ],
    };
  }
  const oat = r.oat ?? [];
  const order = [...oat].sort((a, b) => b.swing - a.swing).map((x) => x.path);
  const values = oat.map((x) => {
    const means = x.levels.map((l) => l.mean.estimate);
    const low = x.levels[0];
    const high = x.levels[x.levels.length - 1];
    return { parameter: x.path, min: Math.min(...means), max: Math.max(...means), atLow: low.mean.estimate, atHigh: high.mean.estimate, range: `${low.value} to ${high.value}` };
  });
  const y = { field: 'parameter', type: 'nominal', sort: order, title: null, axis: { labelLimit: 320 } };
  const layers: Spec[] = [
    { mark: { type: 'bar', color: OKABE_ITO[5], height: { band: 0.6 } }, encoding: { y, x: { field: 'min', type: 'quantitative', title: r.outcome.description }, x2: { field: 'max' }, tooltip: [{ field: 'parameter' }, { field: 'range', title: 'values' }, { field: 'min', format: ',.3~r' }, { field: 'max', format: ',.3~r' }] } },
    { mark: { type: 'point', shape: 'triangle-left', filled: true, size: 90, color: OKABE_ITO[0] }, encoding: { y, x: { field: 'atLow', type: 'quantitative' } } },
    { mark: { type: 'point', shape: 'triangle-right', filled: true, size: 90, color: OKABE_ITO[1] }, encoding: { y, x: { field: 'atHigh', type: 'quantitative' } } },
  ];
  if (r.base) layers.push({ data: { values: [{ base: r.base.estimate }] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#222' }, encoding: { x: { field: 'base', type: 'quantitative' } } });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'Which assumptions drive the outcome: its range as each parameter varies alone', subtitle: `${subtitle(r)}; ◀ at the lowest value, ▶ at the highest, dashed line: the scenario as written` },
    width: 520,
    height: { step: 28 },
    data: { values },
    layer: layers,
  };
}
