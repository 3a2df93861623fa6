/**
 * Copying the state of one world into another world of the same scenario and seed, as it
 * stands between two ticks. Twins (twins.ts) use it to hand a strategy the past it shares with
 * the baseline instead of simulating that past again.
 *
 * The copy walks the world generically (typed arrays copied in place, plain objects and arrays
 * recursively, maps entry by entry), so state added to the world later is copied without
 * being listed here. Left out: what is not state (the scenario, the neighbourhoods and their
 * tables, shared and read-only; the debug hooks; scratch buffers), what belongs to the strategy (its name and
 * its instruments' applications) and the random streams, which are functions: their positions
 * travel separately (`streamStates`, `resumeStreams`).
 */
import { resumeStream, STREAM_NAMES, type Streams, type StreamState } from './rng.js';
import type { World } from './world.js';

const NOT_COPIED = new Set<string>([
  'scenario', 'strategy', 'apps', 'vision', 'copVision', 'ring', 'protection', 'onTurn', 'beforeInstruments', 'rng',
  // Scratch buffers, written in full before every use: a sixth of the bytes of a copy.
  'order', 'scratch',
]);

/** Makes `to` hold the state of `from` (both from `createWorld` with the same scenario and seed). */
export function copyWorldState(to: World, from: World): void {
  const target = to as unknown as Record<string, unknown>;
  const source = from as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!NOT_COPIED.has(key)) target[key] = copyValue(target[key], source[key]);
  }
}

/** `from` copied, into `into` where its shape allows (no allocation for typed arrays of equal length). */
function copyValue(into: unknown, from: unknown): unknown {
  if (from === null || typeof from !== 'object') return typeof from === 'function' ? into : from;
  if (ArrayBuffer.isView(from)) {
    const view = from as unknown as Float64Array;
    if (ArrayBuffer.isView(into) && (into as unknown as Float64Array).length === view.length && into.constructor === from.constructor) {
      (into as unknown as Float64Array).set(view);
      return into;
    }
    return view.slice();
  }
  if (from instanceof Map) {
    const map = into instanceof Map ? into : new Map();
    map.clear();
    for (const [k, v] of from) map.set(k, copyValue(undefined, v));
    return map;
  }
  if (Array.isArray(from)) {
    const list: unknown[] = Array.isArray(into) ? into : [];
    list.length = from.length;
    for (let i = 0; i < from.length; i++) list[i] = copyValue(list[i], from[i]);
    return list;
  }
  const object = (into !== null && typeof into === 'object' && !Array.isArray(into) && !ArrayBuffer.isView(into) && !(into instanceof Map) ? into : {}) as Record<string, unknown>;
  for (const key of Object.keys(from)) object[key] = copyValue(object[key], (from as Record<string, unknown>)[key]);
  return object;
}

export type StreamStates = Record<keyof Streams, StreamState>;

/** Where each of the world's random streams stands. */
export function streamStates(world: World): StreamStates {
  const states = {} as StreamStates;
  for (const name of STREAM_NAMES) states[name] = world.rng[name].state();
  return states;
}

/** Gives the world streams that continue from `states`. */
export function resumeStreams(world: World, states: StreamStates): void {
  for (const name of STREAM_NAMES) world.rng[name] = resumeStream(states[name]);
}
