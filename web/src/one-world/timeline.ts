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
import { MARKED, runChart, worldChartData } from '../../../analysis/charts/run-trajectory.js';
import type { Spec } from '../../../analysis/charts/types.js';
import type { World } from '../../../sim/world.js';

/**
 * The words the run chart labels each kind with (its MARKED; an instrument starting reads
 * "<id> starts" there too); only their length matters here, to tell whether a label has room.
 * Kinds not listed are not labelled by the chart.
 */
const LABEL_TEXT: Record<string, (detail: string) => string> = Object.fromEntries(
  Object.entries(MARKED).map(([kind, label]) => [kind, kind === 'instrument-start' ? (d: string) => `${label(d)} starts` : label]),
);
/** Always labelled: what the run is about. */
const MAJOR = new Set(['armed-conflict-onset', 'mass-atrocity-onset', 'instrument-start', 'coup']);
/** A minor kind is labelled at most once in this many months. */
export const REPEAT_MONTHS = 12;
/** The chart's label rows, its width in pixels, and the width of a character of a 13 px label. */
const ROWS = 5;
const CHART_PX = 600;
const CHAR_PX = 7.5;

/**
 * The events to label: every major event; a minor one when no label of its kind came in the
 * last REPEAT_MONTHS and its label, in the row the chart gives it, clears the label before it.
 */
export function labelledEvents<E extends { tick: number; kind: string; detail: string }>(events: readonly E[], horizon: number): E[] {
  const lastOfKind = new Map<string, number>();
  const byTick = new Map<number, E[]>();
  for (const e of events) {
    if (!(e.kind in LABEL_TEXT)) continue;
    if (!MAJOR.has(e.kind)) {
      const before = lastOfKind.get(e.kind);
      if (before !== undefined && e.tick - before < REPEAT_MONTHS) continue;
      lastOfKind.set(e.kind, e.tick);
    }
    byTick.set(e.tick, [...(byTick.get(e.tick) ?? []), e]);
  }
  const monthsPerPx = Math.max(1, horizon) / CHART_PX;
  const rowEnds: number[] = [];
  const kept = new Set<E>();
  for (const [tick, group] of [...byTick].sort((p, q) => p[0] - q[0])) {
    const labels = group.map((e) => LABEL_TEXT[e.kind](e.detail));
    const starts = group.filter((e) => e.kind === 'instrument-start').length;
    const chars = starts > 2 ? labels.filter((_, i) => group[i].kind !== 'instrument-start').join(', ').length + 22 : labels.join(', ').length;
    const end = tick + (chars * CHAR_PX + 6) * monthsPerPx;
    const major = group.some((e) => MAJOR.has(e.kind));
    // As the chart places labels (placeLabels): in the first of its rows that the label clears.
    let row = rowEnds.findIndex((e) => e <= tick);
    if (row < 0 && rowEnds.length < ROWS) row = rowEnds.length;
    if (!major && row < 0) continue;
    if (row >= 0) rowEnds[row] = end;
    for (const e of group) kept.add(e);
  }
  return events.filter((e) => kept.has(e));
}

export function timelineSpec(world: World): Spec {
  const spec = runChart({ ...worldChartData(world), events: labelledEvents(world.events, world.scenario.horizon), axisEnd: world.scenario.horizon, labelSize: 13 });
  return forProjector(spec, world.scenario.horizon);
}

/** Holds every month axis at [0, horizon] and enlarges small text marks (to 13 px), in place. */
export function forProjector(spec: Spec, horizon: number): Spec {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.field === 'tick' && typeof o.scale === 'object' && o.scale !== null && 'domain' in o.scale) {
      o.scale = { ...o.scale, domain: [0, horizon] };
    }
    if (o.type === 'text' && typeof o.fontSize === 'number' && o.fontSize < 13) o.fontSize = 13;
    // Inline data is the run's, not part of the spec's shape.
    for (const [key, value] of Object.entries(o)) if (key !== 'values') visit(value);
  };
  visit(spec);
  return spec;
}
