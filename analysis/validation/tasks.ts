/**
 * The measurements a worker can run, by name. Each takes a JSON-like payload (a scenario, a
 * seed...) and returns plain data, so it can cross between threads; each is pure, so the same
 * payload gives the same result in any thread.
 */
import { measureOutbursts, measureTrajectory } from './epstein-model-1.js';
import { measureElimination } from './epstein-model-2.js';
import { measureWorld } from './harff-synthetic.js';
import { measurePaired } from './paired.js';

type Task = (payload: never) => unknown;

const TASKS: Record<string, Task> = {
  'epstein-1/outbursts': measureOutbursts,
  'epstein-1/trajectory': measureTrajectory,
  'epstein-2/elimination': measureElimination,
  'harff/world': measureWorld,
  'paired/run': measurePaired,
};

export function runTaskHere(kind: string, payload: unknown): unknown {
  const task = TASKS[kind];
  if (!task) throw new Error(`unknown validation task "${kind}"; known: ${Object.keys(TASKS).join(', ')}`);
  return task(payload as never);
}
