import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inertNote, inertParameters, sobolNoiseNote } from '../../../analysis/sensitivity/sensitivity-notes.js';
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
