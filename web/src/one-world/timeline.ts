/**
 * The timeline beside the grid: the chart `firebreak run --chart` draws (stage strip, hostility
 * and mobilisation, deaths so far, the events marked), fed with the world as it is now.
 *
 * While the world runs, the month axis is held at the full horizon so it does not stretch
 * as months are added, and event labels are set in larger type for a projector. The chart
 * places each label in the first of its rows the label clears; when a war brings a ceasefire, a
 * relapse and a new armed group every few months they would still fill every row, so the page
 * labels the minor events (truces, settlements, relapses, new armed groups) only where their
 * label has room in five rows. The onsets, coups and instruments starting are always labelled,
 * and the stage strip still shows every month.
 */
import { AXIS_WIDTH, eventLabels, LEGEND_WIDTH, MARKED, PANEL_WIDTH, placeLabels, runChart, worldChartData } from '../../../analysis/charts/run-trajectory.js';
import type { Spec } from '../../../analysis/charts/types.js';
import type { World } from '../../../sim/world.js';

/** Always labelled: what the run is about. */
const MAJOR = new Set(['armed-conflict-onset', 'mass-atrocity-onset', 'instrument-start', 'coup']);
/** A minor kind is labelled at most once in this many months. */
export const REPEAT_MONTHS = 12;
/** The label rows a minor label must find room in, and the labels' size for a projector (pixels). */
const ROWS = 5;
const LABEL_SIZE = 13;

/**
 * The events to label: every major event; a minor one when no label of its kind came in the
 * last REPEAT_MONTHS and its label clears the labels before it in one of ROWS rows, placed as
 * the chart places them (placeLabels, on the axis held at the horizon).
 */
export function labelledEvents<E extends { tick: number; kind: string; detail: string }>(events: readonly E[], horizon: number, panelWidth = PANEL_WIDTH): E[] {
  const lastOfKind = new Map<string, number>();
  const candidates = events.filter((e) => {
    if (!(e.kind in MARKED)) return false;
    if (MAJOR.has(e.kind)) return true;
    const before = lastOfKind.get(e.kind);
    if (before !== undefined && e.tick - before < REPEAT_MONTHS) return false;
    lastOfKind.set(e.kind, e.tick);
    return true;
  });
  const { marks } = placeLabels(eventLabels(candidates), Math.max(1, horizon), { fontSize: LABEL_SIZE, maxRows: ROWS, crowded: 'drop', panelWidth });
  const shown = new Set(marks.filter((m) => m.row >= 0).map((m) => m.tick));
  const major = new Set(candidates.filter((e) => MAJOR.has(e.kind)).map((e) => e.tick));
  return candidates.filter((e) => shown.has(e.tick) || major.has(e.tick));
}

/** A panel narrower than this leaves the legends to go under it. */
const MIN_PANEL_BESIDE = 420;
const MIN_PANEL = 240;

/**
 * The panels' width and the legends' place for a column `columnWidth` pixels wide, so that the
 * chart is drawn at about the column's width: the page scales the chart's SVG to its column, and
 * a 600-pixel chart with its legends beside it, shrunk into the half of a 1024-pixel projector,
 * set its text 7 to 9 pixels high. 0 (a hidden column) gives the report's layout.
 */
export function timelineLayout(columnWidth: number): { panelWidth: number; legendBelow: boolean } {
  if (!(columnWidth > 0)) return { panelWidth: PANEL_WIDTH, legendBelow: false };
  const beside = columnWidth - AXIS_WIDTH - LEGEND_WIDTH;
  if (beside >= MIN_PANEL_BESIDE) return { panelWidth: Math.min(PANEL_WIDTH, Math.floor(beside)), legendBelow: false };
  return { panelWidth: Math.max(MIN_PANEL, Math.min(PANEL_WIDTH, Math.floor(columnWidth - AXIS_WIDTH))), legendBelow: true };
}

/**
 * The chart of the world as it is now, its month axis held at the horizon, its labels in
 * projector type, laid out for a column `columnWidth` pixels wide (timelineLayout).
 */
export function timelineSpec(world: World, columnWidth = 0): Spec {
  const layout = timelineLayout(columnWidth);
  const events = labelledEvents(world.events, world.scenario.horizon, layout.panelWidth);
  return runChart({ ...worldChartData(world), events, axisEnd: world.scenario.horizon, labelSize: LABEL_SIZE, ...layout });
}
