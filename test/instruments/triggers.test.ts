/**
 * Trigger semantics (MODEL.md section 4: "the entry into a stage, or an indicator crossing a
 * threshold"). The stage a trigger reads is forced tick by tick, so each rule is seen alone:
 * a stage trigger holds in that stage or a more severe one (post-conflict only in itself), and
 * a repeat waits for a new entry instead of firing again within the same episode.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, start, step } from '../../sim/index.js';
import { indicatorValue, parseIndicator, type IndicatorRef } from '../../sim/indicators.js';
import type { Stage } from '../../sim/vocabulary.js';
import type { Application } from '../../scenarios/schema.js';
import { smallFragileState, withProbe } from './helpers.js';

/** Ticks at which the probe's instrument started and ended, with the stage forced to `stages[t]`. */
function startsAndEnds(apps: Partial<Application>[], stages: Stage[]): { starts: number[]; ends: number[] } {
  const scenario = withProbe(smallFragileState(12), apps.map((a) => ({ instrument: 'naming-and-shaming', by: 'un', ...a })));
  const world = createWorld(scenario, 'probe', 3);
  // Triggers read the stage of the last recorded tick: the stage of tick t - 1 is forced before tick t's instruments.
  world.beforeInstruments = (w) => {
    w.stage = stages[Math.min(w.tick - 1, stages.length - 1)];
  };
  start(world);
  for (let t = 1; t <= stages.length; t++) step(world);
  const ticks = (kind: string) => world.events.filter((e) => e.kind === kind && e.detail.startsWith('naming-and-shaming')).map((e) => e.tick);
  return { starts: ticks('instrument-start'), ends: ticks('instrument-end') };
}

const seq = (...parts: [Stage, number][]): Stage[] => parts.flatMap(([s, n]) => Array<Stage>(n).fill(s));

describe('stage triggers', () => {
  it('fire in the stage named or a more severe one: a run that skips armed conflict for mass atrocity has entered it', () => {
    const stages = seq(['crisis', 3], ['mass-atrocity', 5]);
    expect(startsAndEnds([{ from: { stage: 'armed-conflict' } }], stages).starts).toEqual([4]);
    expect(startsAndEnds([{ from: { stage: 'crisis' } }], seq(['unstable-peace', 2], ['armed-conflict', 4])).starts).toEqual([3]);
  });

  it('stop an instrument "once war starts" when the run jumps past war to mass atrocity', () => {
    const stages = seq(['crisis', 3], ['mass-atrocity', 5]);
    const r = startsAndEnds([{ from: { tick: 1 }, until: { stage: 'armed-conflict' } }], stages);
    expect(r).toEqual({ starts: [1], ends: [4] });
  });

  it('read post-conflict as itself only, neither war nor peace', () => {
    expect(startsAndEnds([{ from: { stage: 'post-conflict' } }], seq(['armed-conflict', 3], ['mass-atrocity', 3])).starts).toEqual([]);
    expect(startsAndEnds([{ from: { stage: 'post-conflict' } }], seq(['armed-conflict', 3], ['post-conflict', 3])).starts).toEqual([4]);
    expect(startsAndEnds([{ from: { stage: 'crisis' } }], seq(['stable-peace', 2], ['post-conflict', 4])).starts).toEqual([]);
  });
});

describe('repeats', () => {
  it('wait for a new entry into the stage, not the next tick of the same episode', () => {
    const stages = seq(['crisis', 8], ['unstable-peace', 2], ['crisis', 6]);
    const r = startsAndEnds([{ from: { stage: 'crisis' }, for: 2, repeat: 3 }], stages);
    // First entry at tick 1 (the stage of tick 0 read), out at 9-10, in again at 11; one repeat left unused.
    expect(r.starts).toEqual([1, 11]);
    expect(r.ends).toEqual([3, 13]);
  });

  it('of a tick trigger follow each other, a tick apart (the end and the next wait share a tick)', () => {
    const r = startsAndEnds([{ from: { tick: 2 }, for: 2, repeat: 2 }], seq(['stable-peace', 12]));
    expect(r.starts).toEqual([2, 5, 8]);
    expect(r.ends).toEqual([4, 7, 10]);
  });

  it('of an indicator trigger wait for a new crossing', () => {
    // The elite's stance is never below -1: the condition holds every tick, there is no new
    // crossing, and the instrument runs once however many repeats it is given.
    const scenario = smallFragileState(12);
    const world = createWorld(withProbe(scenario, [{ instrument: 'naming-and-shaming', by: 'un', from: { indicator: 'stance', above: -1 }, for: 2, repeat: 4 }]), 'probe', 3);
    start(world);
    for (let t = 1; t <= 20; t++) step(world);
    expect(world.events.filter((e) => e.kind === 'instrument-start' && e.detail.startsWith('naming-and-shaming')).map((e) => e.tick)).toEqual([1]);
  });
});

describe('the civilian-deaths indicator', () => {
  it('counts one-sided deaths only: an intervention\'s collateral deaths neither trigger nor end the response', () => {
    const values = {
      'civilian-deaths': Float64Array.from([0, 100, 50, 30]),
      'collateral-deaths': Float64Array.from([0, 100, 0, 10]),
      'civilian-deaths-cumulative': Float64Array.from([0, 100, 150, 180]),
    };
    const world = { scenario: { groups: [] }, series: { length: 4, values }, elite: { stance: 0 }, external: [] };
    const read = (name: string) => indicatorValue(world, parseIndicator(name, [], []) as IndicatorRef);
    expect(read('civilian-deaths:1')).toBe(20);
    expect(read('civilian-deaths:3')).toBe(70);
    expect(read('civilian-deaths')).toBe(70);
  });
});
