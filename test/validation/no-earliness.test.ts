/**
 * Target 5 of the validation at reduced size (MODEL.md section 1): in the slow, shallow control
 * late action does as well as early action; in the fast, deep contrast it does worse, and the
 * loss concentrates where armed organisations had formed before the late start. Smaller grid
 * (30x30) and fewer runs than `npm run validate`; the assertions are directions and intervals.
 */
import { describe, expect, it } from 'vitest';
import { FAST, SLOW, equivalence, runEarliness } from '../../analysis/validation/no-earliness.js';
import { createTaskPool } from '../../analysis/validation/task-pool.js';
import { covers } from '../../analysis/validation/summaries.js';

describe('target 5: no built-in earliness', () => {
  const tasks = createTaskPool(0);
  const small = (s: { population: { grid: number } }) => (s.population.grid = 30);

  it('control: the interval of late minus early covers zero, and the package does work there', async () => {
    const slow = await runEarliness({ tasks, seed: 5 }, SLOW, 40, small);
    expect(covers(slow.difference, 0)).toBe(true);
    // At this size the equivalence test may not yet decide, but it must not find late worse.
    expect(['reproduced', 'partly']).toContain(equivalence(slow));
    // Nothing irreversible before the late start: no armed organisation, no killing.
    expect(slow.organisedBefore).toBe(0);
    expect(slow.killedBefore).toBe(0);
    // Not a vacuous control: without instruments people die after the late start.
    expect(slow.deaths.none).toBeGreaterThan(slow.deaths.late);
  });

  it('control verdict: an equivalence test with a margin of a fifth of what early averts, not a mere cover of zero', () => {
    const at = (lower: number, upper: number) =>
      equivalence({ deaths: { none: 5000, early: 1000, late: 1000 }, difference: { estimate: (lower + upper) / 2, lower, upper } } as unknown as Parameters<typeof equivalence>[0]);
    expect(at(-700, 790)).toBe('reproduced'); // inside ±800
    expect(at(-900, 300)).toBe('partly'); // covers zero, reaches past the margin
    expect(at(300, 1200)).toBe('not reproduced'); // late worse, past the margin
  });

  it('contrast: late action leaves significantly more deaths, from the late start on too', async () => {
    const fast = await runEarliness({ tasks, seed: 5 }, FAST, 30, small);
    expect(fast.difference.lower).toBeGreaterThan(0);
    expect(fast.differenceAfter.lower).toBeGreaterThan(0);
    // The mechanism: armed organisations formed before the late start in most runs.
    expect(fast.organisedBefore).toBeGreaterThan(0.5);
  });
});
