/**
 * Chart 1, trajectories: the median and the 10-90% band over time of hostility, mobilisation
 * and cumulative civilian deaths, one colour per strategy (a fan chart per indicator).
 *
 * With one strategy against the baseline, both share each panel. With more, each strategy gets
 * a panel of its own beside the others, with the baseline's band and median in grey behind it:
 * five bands in one panel (a scenario with four strategies and its baseline) covered each
 * other, and no strategy could be told from the rest.
 */
import { strategyScale } from './palette.js';
import type { BandRow, ChartData, Spec } from './types.js';

const PANELS = [
  { series: 'hostility', title: 'Hostility between groups (mean, 0 to 1)' },
  { series: 'mobilisation', title: 'Mobilised citizens (share)' },
  { series: 'civilian-deaths-cumulative', title: 'Civilians killed so far (people)' },
];

/** Small multiples this wide: three fit the report's column (about 1,070 px) with the legend. */
const SMALL_WIDTH = 240;

/** Panels side by side: all of up to three, else rows as full as can be (four as two by two). */
function columnsFor(panels: number): number {
  return panels <= 3 ? panels : panels === 4 ? 2 : 3;
}

export function fanChart(data: ChartData): Spec {
  const baseline = data.summary.baseline;
  const others = data.strategies.filter((s) => s !== baseline);
  const colour = { field: 'strategy', type: 'nominal', title: 'strategy', scale: strategyScale(data.strategies, baseline) };
  // Ticks are whole: no "0.5 months" labels on a short horizon; ',~r' prints an all-zero panel's
  // axis as 0, not 0.000000, and people with thousands separators.
  const x = { field: 'tick', type: 'quantitative', title: `${data.tickUnit}s since the start`, scale: { domain: [0, data.summary.horizon], nice: false }, axis: { tickMinStep: 1 } };
  const yAxis = { format: ',~r' };
  const layers = [
    { mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { field: 'p10', type: 'quantitative', title: null, axis: yAxis }, y2: { field: 'p90' }, color: colour } },
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'p50', type: 'quantitative', title: null, axis: yAxis }, color: colour } },
  ];
  const head = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json' };
  if (others.length <= 1 || !data.strategies.includes(baseline)) {
    return {
      ...head,
      title: { text: 'How each strategy changes the path of escalation', subtitle: 'median (line) and 10-90% of runs (band)' },
      vconcat: PANELS.map((p) => ({ width: 560, height: 170, title: p.title, data: { values: data.bands.filter((b) => b.series === p.series) }, layer: layers })),
      resolve: { scale: { y: 'independent' } },
    };
  }
  return {
    ...head,
    title: { text: 'How each strategy changes the path of escalation', subtitle: `median (line) and 10-90% of runs (band); each strategy in its own panel, "${baseline}" in grey behind it` },
    vconcat: PANELS.map((p) => ({
      title: p.title,
      data: { values: againstBaseline(data.bands.filter((b) => b.series === p.series), others, baseline) },
      facet: { field: 'panel', type: 'nominal', title: null, sort: others, header: { labelFontWeight: 'bold' } },
      columns: columnsFor(others.length),
      // The baseline's rows come first in the data, so its band and line are drawn behind.
      spec: { width: SMALL_WIDTH, height: 120, layer: layers },
    })),
    resolve: { scale: { y: 'independent' } },
  };
}

/** Each strategy's rows, and the baseline's rows once more for every strategy's panel. */
function againstBaseline(rows: readonly BandRow[], others: readonly string[], baseline: string): (BandRow & { panel: string })[] {
  const base = rows.filter((r) => r.strategy === baseline);
  return others.flatMap((s) => [...base.map((r) => ({ ...r, panel: s })), ...rows.filter((r) => r.strategy === s).map((r) => ({ ...r, panel: s }))]);
}
