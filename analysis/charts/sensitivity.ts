/**
 * Chart 8, for sensitivity analyses, as sorted bars: Sobol first-order and total indices with
 * their 95% intervals, or the one-at-a-time swing of the outcome (the range of its mean over
 * each parameter's values: a tornado chart), most influential parameter first.
 */
import { OKABE_ITO } from './palette.js';
import { wrapLines } from './wrap-lines.js';
import type { Spec } from './types.js';
import { countOf } from '../format/quantities.js';
import type { SensitivityResult } from '../sensitivity/run-sensitivity.js';

/** The title, short enough for one line of the report (17 px bold, 0.8 em a character: 480 px). */
const TITLE = 'Which assumptions drive the outcome';

/** What the bars show, then the outcome and the design, wrapped. */
function subtitle(r: SensitivityResult, what: string, more: string): string[] {
  const under = r.outcome.id === 'deaths-averted' || r.outcome.id === 'atrocity-avoided' ? `${r.strategy} against ${r.baseline}` : `under ${r.strategy}`;
  return [what, ...wrapLines(`outcome: ${r.outcome.description}, ${under}; mean of ${countOf(r.runs, 'run')} per point; ${more}`)];
}

/**
 * Room for the parameters' paths (33 characters as vega estimates them; longer ones end in an
 * ellipsis): with the 480 px plot and the legend below it, the chart stays near 850 px wide.
 */
const LABEL_LIMIT = 320;
const SOBOL_WHAT = 'share of its variance due to each parameter (Sobol indices)';

export function sensitivityChart(r: SensitivityResult): Spec {
  if (r.sobol) {
    // sensitivity.json keeps a NaN index as null.
    const finite = (v: number | null) => typeof v === 'number' && Number.isFinite(v);
    if (!r.sobol.some((x) => finite(x.first.estimate) || finite(x.total.estimate))) {
      // An outcome that never varied: bars of NaN would draw an empty frame under a 0.000000% axis.
      return {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: TITLE, subtitle: subtitle(r, SOBOL_WHAT, `Saltelli design, n = ${r.samples}`) },
        width: 480,
        height: 60,
        data: { values: [{ line: 'No indices: the outcome did not vary over the rows of the design' }, { line: 'the indices divide by (see the notes), so they are undefined.' }] },
        view: { stroke: null },
        mark: { type: 'text', fontSize: 14, color: '#444' },
        encoding: { y: { field: 'line', type: 'nominal', axis: null, sort: null }, text: { field: 'line' } },
      };
    }
    const order = [...r.sobol].sort((a, b) => (b.total.estimate || 0) - (a.total.estimate || 0)).map((x) => x.path);
    const values = r.sobol.flatMap((x) => [
      { parameter: x.path, index: 'first-order (alone)', estimate: x.first.estimate, lower: x.first.lower, upper: x.first.upper },
      { parameter: x.path, index: 'total (with interactions)', estimate: x.total.estimate, lower: x.total.lower, upper: x.total.upper },
    ]);
    const y = { field: 'parameter', type: 'nominal', sort: order, title: null, axis: { labelLimit: LABEL_LIMIT } };
    // Below the plot: at its right the legend would widen the chart by a third.
    const colour = { field: 'index', type: 'nominal', title: 'Sobol index', scale: { domain: ['first-order (alone)', 'total (with interactions)'], range: [OKABE_ITO[0], OKABE_ITO[1]] }, legend: { orient: 'bottom', direction: 'horizontal' } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: TITLE, subtitle: subtitle(r, SOBOL_WHAT, `Saltelli design, n = ${r.samples}; lines are 95% intervals`) },
      width: 480,
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
  const y = { field: 'parameter', type: 'nominal', sort: order, title: null, axis: { labelLimit: LABEL_LIMIT } };
  const layers: Spec[] = [
    { mark: { type: 'bar', color: OKABE_ITO[5], height: { band: 0.6 } }, encoding: { y, x: { field: 'min', type: 'quantitative', title: r.outcome.description }, x2: { field: 'max' }, tooltip: [{ field: 'parameter' }, { field: 'range', title: 'values' }, { field: 'min', format: ',.3~r' }, { field: 'max', format: ',.3~r' }] } },
    { mark: { type: 'point', shape: 'triangle-left', filled: true, size: 90, color: OKABE_ITO[0] }, encoding: { y, x: { field: 'atLow', type: 'quantitative' } } },
    { mark: { type: 'point', shape: 'triangle-right', filled: true, size: 90, color: OKABE_ITO[1] }, encoding: { y, x: { field: 'atHigh', type: 'quantitative' } } },
  ];
  if (r.base) layers.push({ data: { values: [{ base: r.base.estimate }] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#222' }, encoding: { x: { field: 'base', type: 'quantitative' } } });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: TITLE, subtitle: subtitle(r, 'its range as each parameter varies alone (one at a time)', '◀ at the lowest value, ▶ at the highest, dashed line: the scenario as written') },
    width: 480,
    height: { step: 28 },
    data: { values },
    layer: layers,
  };
}
