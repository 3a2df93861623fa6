/**
 * The validation's task pool: results in payload order, the same in worker threads as in this
 * thread (so figures do not depend on the number of workers), and errors that reach the caller.
 */
import { describe, expect, it } from 'vitest';
import { createTaskPool } from '../../analysis/validation/task-pool.js';
import { scenarioFrom } from '../../analysis/validation/runs.js';
import { markdownTable, textTable } from '../../analysis/validation/table.js';
import type { TargetResult } from '../../analysis/validation/types.js';
import { runSeed } from '../../sim/index.js';

describe('the validation task pool', () => {
  it('gives the same results in order with two workers as in this thread', async () => {
    const s = scenarioFrom('scenarios/classic/epstein-1.yaml', (x) => (x.horizon = 40));
    const payloads = [0, 1, 2, 3, 4].map((i) => ({ scenario: s, seed: runSeed(3, i) }));
    const here = createTaskPool(0);
    const threads = createTaskPool(2);
    try {
      const a = await here.map('epstein-1/trajectory', payloads);
      const b = await threads.map('epstein-1/trajectory', payloads);
      expect(b).toEqual(a);
      await expect(threads.map('no-such-task', [1])).rejects.toThrow(/unknown validation task/);
    } finally {
      await threads.close();
    }
  });
});

describe('the validation table', () => {
  const result: TargetResult = {
    id: 9, slug: 'x', title: 'X', quick: true, seed: 1, seconds: 1, command: 'npm run validate -- --only 9', size: '1 run', data: {}, charts: [],
    rows: [{ id: '9.1', name: 'a | b', published: 'p', model: 'a long model figure '.repeat(6), interval: 'i', verdict: 'partly', rule: 'r' }],
  };

  it('escapes pipes in markdown and marks the verdict', () => {
    const md = markdownTable([result]);
    expect(md).toContain('a \\| b');
    expect(md).toContain('**partly**');
  });

  it('wraps long cells in the terminal table', () => {
    const lines = textTable([result]).split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(4 + 30 + 30 + 44 + 32 + 14 + 15);
  });
});
