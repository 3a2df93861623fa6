/**
 * One run's trajectory (`firebreak run --chart`): the stage month by month as a coloured strip,
 * hostility and mobilisation, and civilians killed and battle deaths so far, with the run's
 * turning points (onsets, ceasefire, settlement, coups, instruments starting) marked on every
 * panel. Pure (no Node APIs), so the classroom page draws the same chart.
 */
import { STAGES } from '../../sim/vocabulary.js';
import type { World } from '../../sim/world.js';
import { STAGE_COLOURS, STAGE_LABEL_EXPR } from './palette.js';
import type { Spec } from './types.js';
import { wrapLines } from './wrap-lines.js';

export interface RunChartData {
  title: string;
  tickUnit: string;
  stages: readonly string[];
  /** Per tick. */
  stage: ArrayLike<number>;
  hostility: ArrayLike<number>;
  mobilisation: ArrayLike<number>;
  civilianDeathsCumulative: ArrayLike<number>;
  battleDeaths: ArrayLike<number>;
  events: readonly { tick: number; kind: string; detail: string }[];
  /** The last tick of the axis (default: the last tick drawn); the classroom page holds it at the horizon. */
  axisEnd?: number;
  /** Size of the event labels in pixels (default 11; the classroom page sets 13 for a projector). */
  labelSize?: number;
  /** Width of each panel in pixels (default 600); the classroom page fits it to its column. */
  panelWidth?: number;
  /** Legends under their panels instead of beside them (a narrow column: the panels keep its width). */
  legendBelow?: boolean;
}

/**
 * A world's recorded months and events as the chart reads them, titled with its scenario,
 * strategy and seed: the same chart from `firebreak run --chart` and on the classroom page.
 */
export function worldChartData(world: World, title = `${world.scenario.name}: one run under "${world.strategy}", seed ${world.seed}`): RunChartData {
  const v = world.series.values;
  const cut = (a: Float64Array) => a.subarray(0, world.series.length);
  return {
    title,
    tickUnit: world.scenario.tick,
    stages: STAGES,
    stage: cut(v.stage),
    hostility: cut(v.hostility),
    mobilisation: cut(v.mobilisation),
    civilianDeathsCumulative: cut(v['civilian-deaths-cumulative']),
    battleDeaths: cut(v['battle-deaths']),
    events: world.events,
  };
}

/** The events worth a line on the chart, and how each is labelled (an instrument by its id). */
export const MARKED: Record<string, (detail: string) => string> = {
  'rebel-formed': () => 'armed group forms',
  'armed-conflict-onset': () => 'armed conflict',
  'mass-atrocity-onset': () => 'mass atrocity',
  ceasefire: () => 'ceasefire',
  settlement: () => 'settlement',
  relapse: () => 'relapse',
  coup: () => 'coup',
  'instrument-start': (d) => d.split(/[ (]/)[0] || 'instrument',
};

export const PANEL_WIDTH = 600;

/**
 * Most points a line keeps: two per pixel of the 600-pixel panels. A longer run (a file with a
 * horizon of thousands of ticks) is drawn from every k-th tick and its last: the drawing looks
 * the same, and the chart stays quick to draw (the classroom page redraws it as the world runs).
 */
export const MAX_LINE_POINTS = 1200;

/** The stage strip as one bar per spell in a stage (a bar per tick drew thousands of touching bars). */
export function stageSpells(stage: ArrayLike<number>, stages: readonly string[]): { tick: number; next: number; stage: string }[] {
  const spells: { tick: number; next: number; stage: string }[] = [];
  for (let t = 0; t < stage.length; t++) {
    const last = spells[spells.length - 1];
    if (last !== undefined && last.stage === stages[stage[t]]) last.next = t + 1;
    else spells.push({ tick: t, next: t + 1, stage: stages[stage[t]] });
  }
  return spells;
}

const LABEL_FONT = 11;
const LABEL_GAP = 3;
/** A character of a sans-serif label, as a share of its size: on the wide side of the average (about 0.5). */
const CHAR_WIDTH = 0.565;
const MIN_LABEL_ROWS = 5;
const MAX_LABEL_ROWS = 8;

/** The label of the events of one tick, and whether they get a dashed line (onsets, instruments). */
export interface EventLabel {
  tick: number;
  label: string;
  major: boolean;
}

/** Events of one tick share a label; three or more instruments starting together are counted. */
export function eventLabels(events: readonly { tick: number; kind: string; detail: string }[]): EventLabel[] {
  const byTick = new Map<number, string[]>();
  for (const e of events) {
    const label = MARKED[e.kind]?.(e.detail);
    if (label === undefined) continue;
    const list = byTick.get(e.tick) ?? [];
    if (!list.includes(label)) list.push(label);
    byTick.set(e.tick, list);
  }
  const instruments = new Set(events.filter((e) => e.kind === 'instrument-start').map((e) => MARKED['instrument-start'](e.detail)));
  return [...byTick].sort((p, q) => p[0] - q[0]).map(([tick, labels]) => {
    const started = labels.filter((l) => instruments.has(l));
    const others = labels.filter((l) => !instruments.has(l));
    const text = [...others, ...(started.length > 2 ? [`${started.length} instruments start`] : started.map((l) => `${l} starts`))].join(', ');
    return { tick, label: text, major: labels.some((l) => l === 'armed conflict' || l === 'mass atrocity' || instruments.has(l)) };
  });
}

export interface PlacedLabel extends EventLabel {
  /** Row of the strip, 0 at the top; -1 for a label left out (placeLabels' 'drop'). */
  row: number;
  /** Which side of its line the label is written: right of it, or left where it would run past the panel's edge. */
  side: 'left' | 'right';
}

export interface LabelLayout {
  /** Label size in pixels (default 11). */
  fontSize?: number;
  /** Rows the strip may grow to (default 8). */
  maxRows?: number;
  /** A label with no room in any row: put where it overlaps least, or left out (row -1). */
  crowded?: 'overlap' | 'drop';
  /** Width of the panel in pixels (default 600). */
  panelWidth?: number;
}

/**
 * Rows for the event labels so that they do not overprint: each goes to the first row where it
 * clears the labels already placed (labels taking turns over five rows overprinted where events
 * crowd, "ceasefire" over "4 instruments start"). A label that would run past the right edge is
 * written to the left of its line. Rows are added up to `maxRows`; past that a label goes where
 * it overlaps least, or with `crowded` 'drop' gets row -1 (the classroom page leaves such minor
 * labels out, web/src/one-world/timeline.ts).
 */
export function placeLabels(labels: readonly EventLabel[], lastTick: number, layout: LabelLayout = {}): { marks: PlacedLabel[]; rows: number } {
  const { fontSize = LABEL_FONT, maxRows = MAX_LABEL_ROWS, crowded = 'overlap', panelWidth = PANEL_WIDTH } = layout;
  // Where each row's labels end so far: labels come from left to right, so that is all a new one can meet.
  const ends: number[] = [];
  const marks = labels.map((l): PlacedLabel => {
    const x = (l.tick / lastTick) * panelWidth;
    const width = l.label.length * CHAR_WIDTH * fontSize;
    const side = x + LABEL_GAP + width > panelWidth && x - LABEL_GAP - width >= 0 ? 'right' : 'left';
    const from = side === 'left' ? x : x - LABEL_GAP - width;
    const to = side === 'left' ? x + LABEL_GAP + width : x;
    const overlap = (r: number) => Math.max(0, ends[r] + LABEL_GAP - from);
    let row = ends.findIndex((_, r) => overlap(r) === 0);
    if (row < 0 && ends.length < maxRows) row = ends.length;
    if (row < 0 && crowded === 'drop') return { ...l, row, side };
    if (row < 0) row = ends.reduce((best, _, r) => (overlap(r) < overlap(best) ? r : best), 0);
    ends[row] = Math.max(to, ends[row] ?? -Infinity);
    return { ...l, row, side };
  });
  return { marks, rows: Math.max(MIN_LABEL_ROWS, ends.length) };
}

const SUBTITLE = 'dashed lines: onsets of armed conflict and mass atrocity, and instruments starting';
/**
 * Room left of the panels for the y axis and its title, and right of them for the legends with
 * their longest label ("mobilised (share of citizens)" in the page's 14 px type), in pixels.
 */
export const AXIS_WIDTH = 60;
export const LEGEND_WIDTH = 270;

/**
 * The title and subtitle, wrapped to the chart's width when the panels are narrowed (a title
 * wider than its chart makes the chart wider, and the page then shrinks all of it to fit its
 * column). The widths are those of the classroom page's type, 20 and 15 px.
 */
function titleFor(d: RunChartData, panel: number): Spec {
  if (d.panelWidth === undefined) return { text: d.title, subtitle: SUBTITLE };
  const room = panel + AXIS_WIDTH + (d.legendBelow ? 0 : LEGEND_WIDTH);
  const wrap = (text: string, size: number) => {
    const lines = wrapLines(text, Math.max(20, Math.floor(room / (CHAR_WIDTH * size))));
    return lines.length === 1 ? lines[0] : lines;
  };
  return { text: wrap(d.title, 20), subtitle: wrap(SUBTITLE, 15) };
}

export function runChart(d: RunChartData): Spec {
  const n = d.stage.length;
  const stageRows = stageSpells(d.stage, d.stages);
  const lines: { tick: number; measure: string; value: number }[] = [];
  const deaths: { tick: number; measure: string; value: number }[] = [];
  const stride = Math.ceil(n / MAX_LINE_POINTS);
  let battle = 0;
  for (let t = 0; t < n; t++) {
    battle += d.battleDeaths[t];
    if (t % stride !== 0 && t !== n - 1) continue;
    lines.push({ tick: t, measure: 'hostility (mean, 0 to 1)', value: d.hostility[t] }, { tick: t, measure: 'mobilised (share of citizens)', value: d.mobilisation[t] });
    deaths.push({ tick: t, measure: 'civilians killed so far', value: d.civilianDeathsCumulative[t] }, { tick: t, measure: 'battle deaths so far', value: battle });
  }
  const last = d.axisEnd ?? Math.max(1, n - 1);
  const labelSize = d.labelSize ?? LABEL_FONT;
  const panel = d.panelWidth ?? PANEL_WIDTH;
  const { marks, rows } = placeLabels(eventLabels(d.events), last, { fontSize: labelSize, panelWidth: panel });
  const x = { field: 'tick', type: 'quantitative', title: `${d.tickUnit}s since the start`, scale: { domain: [0, last], nice: false }, axis: { tickMinStep: 1 } };
  const xBare = { field: 'tick', type: 'quantitative', scale: { domain: [0, last], nice: false }, axis: null };
  const majorRules: Spec = { data: { values: marks.filter((m) => m.major) }, mark: { type: 'rule', strokeDash: [3, 3], color: '#333' }, encoding: { x: { field: 'tick', type: 'quantitative' } } };
  // Under a narrow panel, a legend's entries go in as many columns as fit its width (the line
  // legends' labels are about 250 pixels long, the stages' about 140).
  const legend = (entryWidth: number) => (d.legendBelow ? { orient: 'bottom', direction: 'horizontal', columns: Math.max(1, Math.floor(panel / entryWidth)), labelLimit: panel, titleLimit: panel } : { labelLimit: 320, titleLimit: 320 });
  const stageLegend = { ...legend(140), labelExpr: STAGE_LABEL_EXPR };
  const stageDomain = d.stages.filter((s) => s in STAGE_COLOURS);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: titleFor(d, panel),
    vconcat: [
      {
        width: panel, height: rows * (labelSize + 5), title: 'What happened',
        layer: [
          { data: { values: marks }, mark: { type: 'rule', color: '#bbb' }, encoding: { x: xBare } },
          ...(['left', 'right'] as const).map((side) => ({
            data: { values: marks.filter((m) => m.side === side) },
            mark: { type: 'text', align: side, baseline: 'middle', dx: side === 'left' ? LABEL_GAP : -LABEL_GAP, fontSize: labelSize, color: '#222' },
            encoding: { x: xBare, y: { field: 'row', type: 'quantitative', scale: { domain: [-0.5, rows - 0.5], reverse: true }, axis: null }, text: { field: 'label' } },
          })),
        ],
      },
      {
        width: panel, height: 26, title: 'Stage',
        layer: [
          { data: { values: stageRows }, mark: { type: 'rect' }, encoding: { x, x2: { field: 'next' }, color: { field: 'stage', type: 'nominal', title: 'stage', legend: stageLegend, scale: { domain: stageDomain, range: stageDomain.map((s) => STAGE_COLOURS[s]) } } } },
          majorRules,
        ],
      },
      {
        width: panel, height: 150, title: 'Hostility and mobilisation',
        layer: [
          { data: { values: lines }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'value', type: 'quantitative', title: 'share', scale: { domain: [0, 1] } }, color: { field: 'measure', type: 'nominal', title: null, legend: legend(260), scale: { range: ['#D55E00', '#0072B2'] } } } },
          majorRules,
        ],
      },
      {
        width: panel, height: 150, title: 'Deaths so far (people)',
        layer: [
          { data: { values: deaths }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'value', type: 'quantitative', title: 'people', axis: { format: ',d' } }, color: { field: 'measure', type: 'nominal', title: null, legend: legend(260), scale: { domain: ['civilians killed so far', 'battle deaths so far'], range: ['#D55E00', '#555555'] } }, strokeDash: { field: 'measure', type: 'nominal', legend: null, scale: { domain: ['civilians killed so far', 'battle deaths so far'], range: [[1, 0], [5, 3]] } } } },
          majorRules,
        ],
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}
