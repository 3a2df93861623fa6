/** Shocks and trends of legitimacy and cops (MODEL.md section 5): levels, ends and replacement. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../scenarios/catalogue.js';
import { parseScenario } from '../../scenarios/parse.js';
import { createWorld, start, step, type World } from '../../sim/index.js';

function world(shocks: string): World {
  const s = parseScenario(
    `
name: Trends
horizon: 20
population: { grid: 20, density: 0.7, cop-density: 0.04, scale: 100 }
groups:
  - { id: a, share: 0.6, legitimacy: 0.5, hardship: 0.8 }
  - { id: b, share: 0.4, legitimacy: 0.5, hardship: 0.8 }
elite: { enabled: false }
shocks:
${shocks}
strategies:
  none: []
`,
    'trends.yaml',
    catalogue,
  );
  const w = createWorld(s, 'none', 3);
  start(w);
  return w;
}

/** Legitimacy in the eyes of group b, and the security agents on the grid, tick by tick. */
function path(w: World): { legitimacy: number[]; cops: number[] } {
  const legitimacy: number[] = [];
  const cops: number[] = [];
  while (w.tick < w.scenario.horizon) {
    step(w);
    legitimacy.push(Math.round(w.legitimacy[1] * 1000) / 1000);
    cops.push(w.forces.cops);
  }
  return { legitimacy, cops };
}

describe('trends', () => {
  it('move a level step by step to their end, then stop, so a later jump holds', () => {
    const { legitimacy } = path(world('  - { at: 2, kind: legitimacy, per-tick: -0.1, until: 0.2 }\n  - { at: 8, kind: legitimacy, value: 0.9 }'));
    expect(legitimacy.slice(0, 7)).toEqual([0.5, 0.4, 0.3, 0.2, 0.2, 0.2, 0.2]);
    expect(legitimacy.slice(7)).toEqual(Array(13).fill(0.9));
  });

  it('never move a level away from their end: a fall whose end lies above the level leaves it', () => {
    const { legitimacy, cops } = path(world('  - { at: 2, kind: legitimacy, per-tick: -0.02, until: 0.9 }\n  - { at: 2, kind: cops, per-tick: -0.01, until: 0.2 }'));
    expect(new Set(legitimacy)).toEqual(new Set([0.5]));
    // 0.04 of 400 sites: 16 agents, not the 80 of the end value.
    expect(new Set(cops)).toEqual(new Set([16]));
  });

  it('are replaced by a later trend or level of the same kind, for its groups only', () => {
    const w = world('  - { at: 2, kind: legitimacy, per-tick: -0.05 }\n  - { at: 5, kind: legitimacy, groups: [b], per-tick: 0.1, until: 0.6 }');
    const b = path(w).legitimacy;
    expect(b.slice(0, 7)).toEqual([0.5, 0.45, 0.4, 0.35, 0.45, 0.55, 0.6]);
    expect(b[19]).toBe(0.6);
    // Group a kept falling to the default end of a fall, 0.
    expect(w.legitimacy[0]).toBe(0);
    expect(w.trends).toEqual([]);
  });

  it('walk the cops down to their end and stop there', () => {
    const { cops } = path(world('  - { at: 3, kind: cops, per-tick: -0.01, until: 0.01 }\n  - { at: 12, kind: cops, value: 0.05 }'));
    expect(cops.slice(0, 6)).toEqual([16, 16, 12, 8, 4, 4]);
    expect(cops.slice(11)).toEqual(Array(9).fill(20));
  });
});
