import { describe, expect, it } from 'vitest';
import { BatchInputError, checkJobSize, checkRunCount, MAX_JOB_RUNS, MAX_RUNS } from '../../../analysis/batch/input-error.js';
import { gridPoints } from '../../../analysis/sweep/run-sweep.js';
import { parseVariation, VariationError } from '../../../analysis/sweep/variation.js';

// A typo such as --runs 1e12 must be refused with a message, not end in an out-of-memory crash.
describe('limits on the size of a job', () => {
  it('takes run counts from 1 to MAX_RUNS and refuses the rest by name', () => {
    expect(() => checkRunCount(1)).not.toThrow();
    expect(() => checkRunCount(MAX_RUNS)).not.toThrow();
    expect(() => checkRunCount(0)).toThrow(/at least 1, got 0/);
    expect(() => checkRunCount(2.5)).toThrow(BatchInputError);
    expect(() => checkRunCount(MAX_RUNS + 1)).toThrow(/--runs 1000001: at most 1,000,000 runs in one batch/);
  });
  it('refuses a sweep or sensitivity analysis of more than MAX_JOB_RUNS runs in all', () => {
    expect(() => checkJobSize(100, MAX_JOB_RUNS / 100, 'the sweep')).not.toThrow();
    expect(() => checkJobSize(101, MAX_JOB_RUNS / 100, 'the sweep')).toThrow(/the sweep: 101 points x 100,000 runs/);
  });
  it('counts a grid before building it', () => {
    const wide = parseVariation('population.vision=1:10000:1');
    expect(gridPoints([parseVariation('population.vision=1:3:1'), parseVariation('elite.exclusionary=0,1')])).toHaveLength(6);
    expect(() => gridPoints([wide, wide, wide])).toThrow(VariationError);
    expect(() => gridPoints([wide, wide, wide])).toThrow(/1,000,000,000,000 points; at most 10,000/);
  });
});
