/**
 * Chart 6, for sweeps: the atrocity rate (Wilson 95% band) and mean civilian deaths (bootstrap
 * 95% band) against the swept value, one colour per strategy. When the value swept is the
 * month instruments start, this is the cost-of-waiting curve.
 */
import { countOf } from '../format/quantities.js';
import { strategyScale } from './palette.js';
import { wrapLines } from './wrap-lines.js';
import type { Spec } from './types.js';

export interface SweepChartData {
  scenario: string;
  baseline: string;
  strategies: string[];
  /**
   * The swept paths; the chart's x axis is the first that takes more than one value, and a
   * second such path draws one dash pattern per value.
   */
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

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Field names as a reader says them. */
const FIELD_WORDS: Record<string, string> = { for: 'duration', delay: 'delay', intensity: 'intensity' };

const words = (segments: readonly string[]) => segments.map((s) => FIELD_WORDS[s] ?? s.replace(/-/g, ' ')).join(' ');

/**
 * A swept path in words, for the axis and the title: `strategies.late.mediation.from.tick` is
 * "month late's mediation starts", `groups.majority.hardship` "majority's hardship". Every
 * application of a strategy starting at once (`strategies.late.*.from.tick`) keeps the
 * classroom page's words, "month the instruments start". Paths it cannot say are shown as
 * written.
 */
export function pathWords(path: string, tickUnit: string): string {
  const seg = path.split('.');
  if (seg[0] === 'strategies' && seg.length >= 4) {
    const who = seg[1] === '*' ? 'every strategy' : seg[1];
    let rest = seg.slice(2);
    const added = rest[0] === 'add' ? 'added ' : '';
    if (added) rest = rest.slice(1);
    const [which, ...field] = rest;
    const many = which === '*';
    const apps = many ? `${who}'s ${added}instruments` : /^\d+$/.test(which) ? `${who}'s ${ordinal(Number(which) + 1)} ${added}instrument` : `${who}'s ${which}`;
    if (field.length === 2 && (field[0] === 'from' || field[0] === 'until') && (field[1] === 'tick' || field[1] === 'stage')) {
      const verb = field[0] === 'from' ? 'start' : 'stop';
      if (field[1] === 'stage') return `stage at which ${apps} ${many ? verb : `${verb}s`}`;
      if (many && !added && field[0] === 'from') return `${tickUnit} the instruments start`;
      return `${tickUnit} ${apps} ${many ? verb : `${verb}s`}`;
    }
    if (field.length > 0) return `${words(field)} of ${apps}`;
  }
  if ((seg[0] === 'groups' || seg[0] === 'external') && seg.length >= 3) {
    const kind = seg[0] === 'groups' ? 'group' : 'outside power';
    const whose = seg[1] === '*' ? `every ${kind}'s` : /^\d+$/.test(seg[1]) ? `the ${ordinal(Number(seg[1]) + 1)} ${kind}'s` : `${seg[1]}'s`;
    return `${whose} ${words(seg.slice(2))}`;
  }
  if (seg.some((s) => s === '*' || /^\d+$/.test(s))) return path;
  return words(seg);
}

/** vega-lite reads dots in a field name as nesting; a swept path is one flat key. */
const flat = (path: string) => path.replace(/\./g, '\\.');

/** Distinct values of a column, in the order of the rows (the sweep's own order). */
function distinct(rows: SweepChartData['rows'], path: string): (string | number | null)[] {
  return [...new Set(rows.map((r) => r[path] ?? null))];
}

const isNumeric = (v: string | number | null) => (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)));

export function sweepChart(data: SweepChartData): Spec {
  // A path held at one value says nothing on an axis: the first that moves is the x axis.
  const moving = data.paths.filter((p) => distinct(data.rows, p).length > 1);
  const path = moving[0] ?? data.paths[0];
  const second = moving.find((p) => p !== path) ?? null;
  // The bands' opacity would otherwise carry over to the legend's symbols, too faint to match a line.
  const colour = { field: 'strategy', type: 'nominal', title: 'strategy', scale: strategyScale(data.strategies, data.baseline), legend: { symbolOpacity: 1 } };
  // true/false or names (population.neighbourhood) have no position on a number line.
  const numeric = distinct(data.rows, path).every(isNumeric);
  const values = data.rows.map((r) => ({ ...r, [path]: numeric ? Number(r[path]) : String(r[path]) }));
  const xField = numeric
    ? { field: flat(path), type: 'quantitative', title: pathWords(path, data.tickUnit) }
    : { field: flat(path), type: 'ordinal', sort: distinct(data.rows, path).map(String), title: pathWords(path, data.tickUnit), axis: { labelAngle: 0 } };
  // A second moving path: one dash pattern per value (a grid over more is better read from sweep.csv).
  const dash = second
    ? {
      field: flat(second), type: 'ordinal', title: pathWords(second, data.tickUnit),
      // Stroke symbols show each value's dash; the line's points would draw identical dots.
      // (vega-lite gives the symbols of a line with points no stroke, hence the explicit encode).
      legend: { symbolType: 'stroke', symbolStrokeWidth: 2, symbolSize: 500, titleLimit: 360, labelLimit: 200, encode: { symbols: { update: { stroke: { value: '#444' } } } } },
    }
    : null;
  const dashEncoding = dash ? { strokeDash: dash } : {};
  const bandDetail = dash ? { detail: { field: dash.field, type: 'ordinal' } } : {};
  const panel = (title: string, y: string, lower: string, upper: string, format: string, yTitle: string) => ({
    width: 560,
    height: 200,
    title,
    data: { values },
    layer: [
      { mark: { type: 'area', opacity: 0.18 }, encoding: { x: xField, y: { field: lower, type: 'quantitative', title: yTitle, axis: { format } }, y2: { field: upper }, color: colour, ...bandDetail } },
      { mark: { type: 'line', strokeWidth: 2, point: true }, encoding: { x: xField, y: { field: y, type: 'quantitative' }, color: colour, ...dashEncoding } },
    ],
  });
  const waiting = isStartTick(path);
  const axis = pathWords(path, data.tickUnit);
  const held = data.paths.filter((p) => !moving.includes(p)).map((p) => `${p} = ${distinct(data.rows, p)[0]}`);
  const swept = [moving.length ? `swept: ${moving.join(', ')}` : '', held.length ? `held: ${held.join(', ')}` : ''].filter(Boolean).join('; ');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: waiting ? `The cost of waiting: outcomes by the ${axis}` : `Outcomes as ${axis} varies`,
      // One path is said in words by the title and the axis (the classroom page's chart too); a grid names its paths.
      subtitle: [...(data.paths.length > 1 ? wrapLines(swept) : []), `${countOf(data.runs, 'paired run')} at each point; bands are 95% intervals`],
    },
    vconcat: [
      panel('Share of runs that reach mass atrocity', 'atrocity_rate', 'atrocity_lower', 'atrocity_upper', '%', 'runs reaching mass atrocity'),
      panel('Civilians killed (mean per run)', 'civilian_deaths_mean', 'civilian_deaths_lower', 'civilian_deaths_upper', ',d', 'people'),
    ],
  };
}
