/**
 * The timeline beside the grid: the chart `firebreak run --chart` draws (stage strip, hostility
 * and mobilisation, deaths so far, the events marked), fed with the world as it is now.
 *
 * While the world runs, the month axis is held at the full horizon so it does not stretch
 * as months are added. Event labels are set in larger type for a projector, and a truce that
 * breaks and is made again month after month is labelled once a year (repeats within
 * REPEAT_MONTHS of the last label of the same kind are left out), or the labels pile up into
 * an unreadable block; the stage strip still shows every month.
 */
import { runChart } from '../../../analysis/charts/run-trajectory.js';
import type { Spec } from '../../../analysis/charts/types.js';
import { STAGES } from '../../../sim/vocabulary.js';
import type { World } from '../../../sim/world.js';

/** The title the command line gives the same chart. */
export function timelineTitle(world: World): string {
  return `${world.scenario.name}: one run under "${world.strategy}", seed ${world.seed}`;
}

/** Kinds of event that can repeat every few months, and the least gap between two labels of one kind. */
const REPEATING = new Set(['ceasefire', 'relapse', 'settlement', 'rebel-formed']);
export const REPEAT_MONTHS = 12;

/** The events to label: every event, less repeats of a repeating kind within REPEAT_MONTHS. */
export function labelledEvents<E extends { tick: number; kind: string }>(events: readonly E[]): E[] {
  const last = new Map<string, number>();
  return events.filter((e) => {
    if (!REPEATING.has(e.kind)) return true;
    const before = last.get(e.kind);
    if (before !== undefined && e.tick - before < REPEAT_MONTHS) return false;
    last.set(e.kind, e.tick);
    return true;
  });
}

export function timelineSpec(world: World, title = timelineTitle(world)): Spec {
  const v = world.series.values;
  const n = world.series.length;
  const cut = (a: Float64Array) => a.subarray(0, n);
  const spec = runChart({
    title,
    tickUnit: world.scenario.tick,
    stages: STAGES,
    stage: cut(v.stage),
    hostility: cut(v.hostility),
    mobilisation: cut(v.mobilisation),
    civilianDeathsCumulative: cut(v['civilian-deaths-cumulative']),
    battleDeaths: cut(v['battle-deaths']),
    events: labelledEvents(world.events),
  });
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
