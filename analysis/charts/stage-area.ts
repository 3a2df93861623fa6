/** Chart 5: the share of runs in each stage over time, a stacked area per strategy. */
import { STAGES } from '../../sim/vocabulary.js';
import { STAGE_COLOURS, STAGE_LABEL_EXPR } from './palette.js';
import type { ChartData, Spec } from './types.js';

export function stageAreaChart(data: ChartData): Spec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `Where runs are on the conflict curve, ${data.tickUnit} by ${data.tickUnit}`, subtitle: 'share of runs in each stage' },
    data: { values: data.stages },
    facet: { row: { field: 'strategy', type: 'nominal', sort: data.strategies, title: null } },
    spec: {
      width: 560,
      height: 110,
      mark: { type: 'area' },
      encoding: {
        x: { field: 'tick', type: 'quantitative', title: `${data.tickUnit}s since the start`, scale: { domain: [0, data.summary.horizon], nice: false }, axis: { tickMinStep: 1 } },
        y: { field: 'share', type: 'quantitative', stack: 'normalize', title: 'share of runs', axis: { format: '~%' } },
        color: { field: 'stage', type: 'nominal', title: 'stage', legend: { labelExpr: STAGE_LABEL_EXPR }, scale: { domain: [...STAGES], range: STAGES.map((s) => STAGE_COLOURS[s]) } },
        order: { field: 'stageOrder', type: 'quantitative' },
      },
    },
    transform: [{ calculate: `indexof(${JSON.stringify([...STAGES])}, datum.stage)`, as: 'stageOrder' }],
  };
}
