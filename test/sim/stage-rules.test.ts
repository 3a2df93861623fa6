/** The stage label and the outcome read one war, one escalation line and one elite. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../scenarios/catalogue.js';
import { parseScenario } from '../../scenarios/parse.js';
import { run, runSeed } from '../../sim/index.js';

const fragile = readFileSync('scenarios/fragile-state.yaml', 'utf8');
const scenario = (text: string) => parseScenario(text, 'test.yaml', catalogue);

describe('stage rules', () => {
  it('ends the war with the last organisation that has fighters: the label and the outcome agree', () => {
    // A small world where one battle kills past the threshold and destroys the only organisation (tester's case).
    const small = scenario(fragile.replace('grid: 50', 'grid: 12').replace('horizon: 120', 'horizon: 24'));
    const { world, outcome } = run(small, 'none', 1818841360);
    const battles = Array.from(world.series.values['battle-deaths'].subarray(0, world.series.length));
    expect(battles.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(small.stages['battle-deaths']);
    expect(outcome.armedConflict).toBe(false);
    expect(outcome.monthsInStage['armed-conflict']).toBe(0);
    expect(outcome.peakStage).not.toBe('armed-conflict');
  });

  it('takes the peak stage on the escalation line: a ceasefire before any war is not a peak past crisis', () => {
    const fs = scenario(fragile);
    let seen = 0;
    for (let i = 0; i < 20; i++) {
      const { world, outcome } = run(fs, 'early', runSeed(1, i));
      const stages = Array.from(world.series.values.stage.subarray(1, world.series.length));
      if (!stages.includes(3)) continue;
      seen++;
      expect(outcome.peakStage).not.toBe('post-conflict');
      if (!outcome.armedConflict && !outcome.atrocity) expect(['crisis', 'unstable-peace', 'stable-peace']).toContain(outcome.peakStage);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('counts an elite that starts at elimination as having ordered it', () => {
    const s = scenario(fragile.replace('grid: 50', 'grid: 16').replace('horizon: 120', 'horizon: 6'));
    s.elite.stance = 'eliminate';
    expect(run(s, 'none', 4).outcome.eliminationOrdered).toBe(true);
    s.elite.stance = 'hold';
    expect(run(s, 'none', 4).outcome.eliminationOrdered).toBe(false);
  });

  it('keeps an elite with no group to target off incitement and elimination', () => {
    const untargeted = scenario(`
name: No target
horizon: 120
population: { grid: 20 }
groups:
  - { id: a, share: 0.5, hardship: 0.8, legitimacy: 0.3, hostility: 0.5 }
  - { id: b, share: 0.5, hardship: 0.8, legitimacy: 0.3, hostility: 0.5 }
elite: { exclusionary: 0, autocracy: 1, openness: 0 }
strategies: { none: [] }
`);
    for (let i = 0; i < 10; i++) {
      const { world, outcome } = run(untargeted, 'none', runSeed(3, i));
      expect(Math.max(...world.series.values.stance.subarray(0, world.series.length))).toBeLessThanOrEqual(2);
      expect(outcome.eliminationOrdered).toBe(false);
    }
  });

  it('reads no stance from a switched-off elite: a calm world without one is at peace', () => {
    const calm = scenario(`
name: No elite
horizon: 30
population: { grid: 25, density: 0.7, scale: 100 }
groups:
  - { id: a, share: 0.5, hardship: 0.2, legitimacy: 0.9, hostility: 0.1 }
  - { id: b, share: 0.5, hardship: 0.2, legitimacy: 0.9, hostility: 0.1 }
elite: { enabled: false }
strategies: { none: [] }
`);
    // A file may not give a switched-off elite these fields (the parser refuses them); an object built in code may.
    Object.assign(calm.elite, { represents: 'a', exclusionary: 1, stance: 'repress', discrimination: { b: 1 } });
    const { outcome } = run(calm, 'none', 7);
    expect(outcome.peakStage).toBe('stable-peace');
  });
});
