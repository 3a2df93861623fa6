import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { constantOutcomeNote, inertNote, inertParameters, sobolNoiseNote, sobolNotes, sweepNotes } from '../../../analysis/sensitivity/sensitivity-notes.js';
import { parseVariation } from '../../../analysis/sweep/variation.js';
import { catalogue } from '../../../scenarios/catalogue.js';

const file = 'scenarios/fragile-state.yaml';
const text = readFileSync(file, 'utf8');
const param = (path: string, lower: number, upper: number) => ({ path, lower, upper });

describe('parameters that change nothing the analysis runs', () => {
  it('flags a field of a strategy that is neither measured nor the baseline', () => {
    const params = [param('strategies.late.0.intensity', 0, 2), param('elite.exclusionary', 0, 1)];
    expect(inertParameters(text, file, catalogue, params, ['none'])).toEqual(['strategies.late.0.intensity']);
    expect(inertParameters(text, file, catalogue, params, ['none', 'early'])).toEqual(['strategies.late.0.intensity']);
  });

  it('does not flag the measured strategy, nor one whose parent the path changes', () => {
    const extended = `${text}\n  later:\n    extends: late\n    add: []\n`;
    const params = [param('strategies.late.0.intensity', 0, 2)];
    expect(inertParameters(text, file, catalogue, params, ['none', 'late'])).toEqual([]);
    expect(inertParameters(extended, file, catalogue, params, ['later'])).toEqual([]);
  });

  it('names the paths and the strategies in one note, or none when every parameter matters', () => {
    expect(inertNote([], ['none'])).toBeNull();
    expect(inertNote(['strategies.late.0.intensity'], ['none', 'early'])).toMatch(/^strategies\.late\.0\.intensity: changes nothing in the runs of strategies "none" and "early"/);
  });
});

describe('Sobol estimates outside 0 to 1', () => {
  const index = (first: number, total: number) => ({ path: `p${first}`, first: { estimate: first, lower: first, upper: first }, total: { estimate: total, lower: total, upper: total } });
  it('are blamed on too few samples, with a larger number to try', () => {
    expect(sobolNoiseNote([index(3.5, 0.9), index(0.2, 0.3)], 16)).toBe('p3.5: an index estimate falls outside 0 to 1, which only sampling noise can do; 16 samples are too few for this outcome\'s variance (try --samples 64)');
    expect(sobolNoiseNote([index(-0.3, 0.1)], 64)).toMatch(/try --samples 256/);
  });
  it('within a small tolerance pass silently', () => {
    expect(sobolNoiseNote([index(-0.05, 1.05), index(0, 1)], 64)).toBeNull();
  });
});

describe('Sobol notes', () => {
  const index = (path: string, first: number, total: number) => ({ path, first: { estimate: first, lower: first, upper: first }, total: { estimate: total, lower: total, upper: total } });
  const varying = [1, 2, 3, 4];
  it('call an outcome that never varies undefined, and judge no index of it', () => {
    const nan = index('elite.exclusionary', NaN, NaN);
    const notes = sobolNotes([nan], 2, [0, 0, 0, 0], 'cost of the strategy per run (US dollars)', 'none', null);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^the outcome, cost of the strategy per run \(US dollars\) under none, is the same at every point \(0 everywhere\), so it has no variance to apportion and its Sobol indices are undefined/);
    expect(sobolNotes([nan], 2, [5, 5, 5], 'x', 'late', 'none')[0]).toMatch(/x of late against its twin under none, .*\(5 everywhere\)/);
  });
  it('explain undefined indices of an outcome that varies only outside the rows of A and B', () => {
    const nan = index('elite.exclusionary', NaN, NaN);
    const notes = sobolNotes([nan, { ...nan, path: 'population.vision' }], 8, [0, 0, 0, 95000, 0], 'x', 'none', null);
    expect(notes).toEqual([expect.stringMatching(/^the outcome, x under none, varies at some points but not over the 8 rows of the design's matrices A and B.*undefined \(shown as —\), not zero; 8 samples are too few/)]);
  });
  it('flag a first-order index above its total, and first-order indices adding up to well over 1', () => {
    const notes = sobolNotes([index('a', 0.7, 0.4), index('b', 0.6, 0.65)], 8, varying, 'x', 'none', null);
    expect(notes).toEqual([
      'a (0.7 alone, 0.4 in all): a first-order index above its total index, which only sampling noise can do (a parameter cannot explain more alone than with its interactions); 8 samples are too few for this outcome\'s variance (try --samples 64)',
      'the first-order indices add up to 1.3, above 1, which only sampling noise can do (the parts of a variance cannot exceed it); 8 samples are too few for this outcome\'s variance (try --samples 64)',
    ]);
  });
  it('stay silent on estimates within the noise allowance', () => {
    expect(sobolNotes([index('a', 0.45, 0.4), index('b', 0.6, 0.65)], 64, varying, 'x', 'none', null)).toEqual([]);
  });
  it('a constant outcome in a one-at-a-time analysis: every swing is 0', () => {
    expect(constantOutcomeNote([0, 0, 0], 'civilians killed', 'none', null, 'oat')).toMatch(/every swing is 0/);
    expect(constantOutcomeNote([0, 1, 0], 'civilians killed', 'none', null, 'oat')).toBeNull();
  });
});

describe('sweep notes', () => {
  const vary = (spec: string) => parseVariation(spec);
  it('name a strategy field the sweep does not run, as sensitivity does', () => {
    const notes = sweepNotes(text, file, catalogue, [vary('strategies.late.*.from.tick=0:24:24')], ['none', 'early']);
    expect(notes).toEqual(['strategies.late.*.from.tick: changes nothing in the runs of strategies "none" and "early", so every point gives the same results (to sweep late\'s field, run it: --strategy late)']);
    expect(sweepNotes(text, file, catalogue, [vary('strategies.late.*.from.tick=6:30:24')], ['none', 'late'])).toEqual([]);
  });
  it('say that a start at tick 0 is a start in tick 1, the starting state being tick 0', () => {
    expect(sweepNotes(text, file, catalogue, [vary('strategies.late.*.from.tick=0:24:24')], ['none', 'late'])).toEqual(['strategies.late.*.from.tick: tick 0 is the starting state, so the point at 0 starts in tick 1']);
    expect(sweepNotes(text, file, catalogue, [vary('strategies.late.*.from.tick=0,1,2')], ['none', 'late'])[0]).toMatch(/gives the same results as the point at 1$/);
  });
  it('pass on a STEP that stops short of TO, and fractional vision the engine floors', () => {
    const notes = sweepNotes(text, file, catalogue, [vary('elite.exclusionary=0:1:0.3'), vary('population.vision=3,3.5,4')], ['none']);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^--vary elite\.exclusionary=0:1:0\.3: STEP 0\.3 does not divide/);
    expect(notes[1]).toMatch(/^population\.vision: the von-neumann neighbourhood counts whole sites .*the points at 3\.5 run as 3$/);
    const disc = text.replace('vision: 7', 'vision: 7\n  neighbourhood: disc');
    expect(sweepNotes(disc, file, catalogue, [vary('population.vision=3,3.5,4')], ['none'])).toEqual([]);
  });
});
