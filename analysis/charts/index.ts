/** The report's charts: each a pure function from batch results to a vega-lite specification. */
import { atrocityRateChart } from './atrocity-rate.js';
import { costEffectivenessChart } from './cost-effectiveness.js';
import { deathsAvertedChart } from './deaths-averted.js';
import { fanChart } from './fan-chart.js';
import { stageAreaChart } from './stage-area.js';
import { survivalChart } from './survival.js';
import type { ChartData, Spec } from './types.js';

export type { ChartData, Spec, BandRow, StageRow } from './types.js';
export { strategyScale, OKABE_ITO } from './palette.js';

/** Every chart of a batch report, by file name, in reading order. */
export function batchCharts(data: ChartData): { name: string; spec: Spec }[] {
  const charts = [
    { name: 'atrocity-rate', spec: atrocityRateChart(data) },
    { name: 'trajectories', spec: fanChart(data) },
    { name: 'time-to-atrocity', spec: survivalChart(data) },
    { name: 'stages', spec: stageAreaChart(data) },
  ];
  if (Object.keys(data.summary.comparisons).length > 0) {
    charts.push({ name: 'deaths-averted', spec: deathsAvertedChart(data) }, { name: 'cost-effectiveness', spec: costEffectivenessChart(data) });
  }
  return charts;
}

export { atrocityRateChart, costEffectivenessChart, deathsAvertedChart, fanChart, stageAreaChart, survivalChart };
export { sweepChart, isStartTick, type SweepChartData } from './sweep.js';
export { sensitivityChart } from './sensitivity.js';
export { runChart, type RunChartData } from './run-trajectory.js';
export { themed, CHART_CONFIG } from './theme.js';
