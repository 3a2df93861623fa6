/** Chart 4: time to mass-atrocity onset, Kaplan-Meier curves per strategy with their 95% bands. */
import { strategyScale } from './palette.js';
import type { ChartData, Spec } from './types.js';

export function survivalChart(data: ChartData): Spec {
  const values: Record<string, number | string>[] = [];
  for (const s of data.strategies) {
    values.push({ strategy: s, time: 0, survival: 1, lower: 1, upper: 1 });
    for (const st of data.summary.strategies[s].atrocityOnset.survival) values.push({ strategy: s, time: st.time, survival: st.survival, lower: st.lower, upper: st.upper });
  }
  const colour = { field: 'strategy', type: 'nominal', scale: strategyScale(data.strategies, data.summary.baseline), title: 'strategy' };
  const x = { field: 'time', type: 'quantitative', title: `${data.tickUnit}s since the start`, scale: { domain: [0, data.summary.horizon], nice: false }, axis: { tickMinStep: 1 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'How long societies stay clear of mass atrocity', subtitle: 'Kaplan-Meier estimate of runs without mass atrocity, with 95% bands' },
    width: 560,
    height: 260,
    data: { values },
    layer: [
      { mark: { type: 'area', interpolate: 'step-after', opacity: 0.15 }, encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color: colour } },
      { mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 }, encoding: { x, y: { field: 'survival', type: 'quantitative', title: 'runs without mass atrocity', axis: { format: '~%' }, scale: { domain: [0, 1] } }, color: colour } },
    ],
  };
}
