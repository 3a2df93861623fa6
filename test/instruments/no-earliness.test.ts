/**
 * Acceptance check 4 of issue 3 (MODEL.md section 1): the same instrument applied to the same
 * state has the same effect whatever the tick at which that state occurs. Two twin worlds from
 * one seed reach the same state at tick 9; one is relabelled to tick 57 (every absolute tick
 * stamp shifted by 48). Each then starts the instrument at its own "tick 10" (10 and 58) and
 * runs 15 more ticks: every series, the pressure of every tick and the outcome must be
 * identical, bit for bit. A third twin without the instrument shows the instrument did act.
 */
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, createWorld, start, step, type World } from '../../sim/index.js';
import type { Pressure } from '../../sim/instruments/pressure.js';
import { smallFragileState, withProbe } from './helpers.js';

const SHIFT = 48;
const AT = 10;

function relabel(w: World, shift: number): void {
  w.tick += shift;
  for (let o = 0; o < w.rebels.count; o++) w.rebels.formedAt[o] += shift;
  if (w.elite.lastCoup > -1e8) w.elite.lastCoup += shift;
}

function snapshot(p: Pressure): string {
  return JSON.stringify(p, (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));
}

describe('no hidden earliness', () => {
  const base = smallFragileState(24);
  it.each(INSTRUMENTS.map((d) => d.id))('%s has the same effect at tick 10 and at tick 58 on the same state', (id) => {
    const early = withProbe(base, [{ instrument: id, from: { tick: AT } }]);
    const late = withProbe(base, [{ instrument: id, from: { tick: AT + SHIFT } }]);
    const a = createWorld(early, 'probe', 11);
    const b = createWorld(late, 'probe', 11);
    const c = createWorld(early, 'none', 11);
    for (const w of [a, b, c]) {
      start(w);
      for (let t = 1; t < AT; t++) step(w);
    }
    relabel(b, SHIFT);
    let differs = false;
    for (let t = 0; t < 15; t++) {
      step(a);
      step(b);
      step(c);
      expect(b.tick - a.tick).toBe(SHIFT);
      expect(snapshot(b.pressure)).toBe(snapshot(a.pressure));
      if (snapshot(a.pressure) !== snapshot(c.pressure)) differs = true;
    }
    for (const name of a.series.names) expect(Array.from(b.series.values[name]), name).toEqual(Array.from(a.series.values[name]));
    expect(b.totals).toEqual(a.totals);
    expect(b.apps[0].level).toBe(a.apps[0].level);
    expect(differs, `${id} did nothing in 15 ticks`).toBe(true);
  });
});
