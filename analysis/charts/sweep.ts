/**
 * Chart 6, for sweeps: the atrocity rate (Wilson 95% band) and mean civilian deaths (bootstrap
 * 95% band) against the swept value, one colour per strategy. When the value swept is the
 * month instruments start, this is the cost-of-waiting curve.
 */
import { strategyScale } from './palette.js';
import type { Spec } from './types.js';

export interface SweepChartData {
  scenario: string;
  baseline: string;
  strategies: string[];
  /** The swept paths; the chart's x axis is the first. */
  paths: string[];
  /** sweep.csv rows (run-sweep.ts sweepRows). */
  rows: Record<string, string | number | null>[];
  runs: number;
  tickUnit: string;
}

/** True when the path sets the month (tick) a strategy's applications start. */
export function isStartTick(path: string): boolean {
  return /(^|\.)strategies\..*\.from\.tick$/.test(path);
}

/** Words for the x axis. */
function axisTitle(path: string, tickUnit: string): string {
  if (isStartTick(path)) return `${tickUnit} the instruments start`;
  return path;
}

export function sweepChart(data: SweepChartData): Spec {
  const path = data.paths[0];
  const colour = { field: 'strategy', type: 'nominal', title: 'strategy', scale: strategyScale(data.strategies, data.baseline) };
  const values = data.rows.map((r) => ({ ...r, [path]: Number(r[path]) }));
  // vega-lite reads dots in a field name as nesting; the swept path is one flat key.
  const flat = path.replace(/\./g, '\\.');
  const xField = { field: flat, type: 'quantitative', title: axisTitle(path, data.tickUnit) };
  // A second swept path: one dash pattern per value (a grid over more is better read from sweep.csv).
  const dash = data.paths.length > 1 ? { field: data.paths[1].replace(/\./g, '\\.'), type: 'ordinal', title: data.paths[1] } : null;
  const second = dash ? { strokeDash: dash } : {};
  const bandDetail = dash ? { detail: dash } : {};
  const panel = (title: string, y: string, lower: string, upper: string, format: string, yTitle: string) => ({
    width: 560,
    height: 200,
    title,
    data: { values },
    layer: [
      { mark: { type: 'area', opacity: 0.18 }, encoding: { x: xField, y: { field: lower, type: 'quantitative', title: yTitle, axis: { format } }, y2: { field: upper }, color: colour, ...bandDetail } },
      { mark: { type: 'line', strokeWidth: 2, point: true }, encoding: { x: xField, y: { field: y, type: 'quantitative' }, color: colour, ...second } },
    ],
  });
  const waiting = isStartTick(path);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: waiting ? 'The cost of waiting: outcomes by the month the instruments start' : `Outcomes as ${path} varies`,
      subtitle: `${data.runs} paired runs at each point; bands are 95% intervals`,
    },
    vconcat: [
      panel('Share of runs that reach mass atrocity', 'atrocity_rate', 'atrocity_lower', 'atrocity_upper', '%', 'runs reaching mass atrocity'),
      panel('Civilians killed (mean per run)', 'civilian_deaths_mean', 'civilian_deaths_lower', 'civilian_deaths_upper', ',d', 'people'),
    ],
  };
}
