import { describe, expect, it } from 'vitest';
import { medianOnsetText } from '../../../analysis/batch/median-onset.js';

const onset = (estimate: number | null, lower: number | null, upper: number | null) => ({ survival: [], median: { estimate, lower, upper } });

describe('median time to atrocity onset, in words', () => {
  it('prints the median and its interval', () => {
    expect(medianOnsetText(onset(45, 38, 60))).toBe('45 [38, 60]');
  });
  it('says "not reached" when fewer than half the runs reach an atrocity, for the median or a bound', () => {
    expect(medianOnsetText(onset(null, null, null))).toBe('not reached');
    expect(medianOnsetText(onset(80, 52, null))).toBe('80 [52, not reached]');
  });
});
