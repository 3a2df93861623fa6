/**
 * A scenario counting weeks: what the model states per month or per year is converted, so the
 * same instruments over the same calendar time cost the same and act after the same delay.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../scenarios/catalogue.js';
import { parseScenario } from '../../scenarios/parse.js';
import { createWorld, run, start, step } from '../../sim/index.js';
import { findInstrument } from '../../sim/instruments/catalogue.js';

const text = (tick: string, horizon: number, instrument: string, delivered: number) => `
name: Calendar
tick: ${tick}
horizon: ${horizon}
population: { grid: 12 }
groups:
  - { id: a, share: 0.5 }
  - { id: b, share: 0.5 }
external: [ { id: un, kind: universal } ]
strategies:
  act: [ { instrument: ${instrument}, from: { tick: 1 }, for: ${delivered}, by: un } ]
`;

/** Ticks from the instrument's start until it first has any effect. */
function ticksToFirstEffect(tick: string): number {
  const world = createWorld(parseScenario(text(tick, 120, 'envoy', 100), 'x.yaml', catalogue), 'act', 5);
  start(world);
  while (world.tick < 120) {
    step(world);
    if (world.apps[0].level > 0) return world.tick - 1;
  }
  return Infinity;
}

describe('a tick that stands for a week', () => {
  it('pays a year of an instrument what a monthly scenario pays', () => {
    const perMonth = findInstrument('human-rights-monitoring')!.costPerMonth;
    const monthly = run(parseScenario(text('month', 24, 'human-rights-monitoring', 12), 'm.yaml', catalogue), 'act', 5).outcome;
    const weekly = run(parseScenario(text('week', 104, 'human-rights-monitoring', 52), 'w.yaml', catalogue), 'act', 5).outcome;
    expect(monthly.cost).toBeCloseTo(12 * perMonth, 0);
    expect(weekly.cost).toBeCloseTo(12 * perMonth, 0);
  });

  it('waits out an instrument\'s lag in weeks: a month is 52/12 of them', () => {
    const lag = findInstrument('envoy')!.lag;
    expect(lag).toBeGreaterThan(0);
    expect(ticksToFirstEffect('month')).toBe(lag);
    expect(ticksToFirstEffect('week')).toBe(Math.ceil((lag * 52) / 12));
  });
});
