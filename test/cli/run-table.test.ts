/** `firebreak run`'s month table: what --every keeps. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli/index.js');

/** The table's rows as [tick, stage, stance]. */
function rows(every: number): [number, string, string][] {
  const r = spawnSync(process.execPath, [cli, 'run', 'scenarios/fragile-state.yaml', '--seed', '7', '--every', String(every)], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\S+)\s+(\S+)/.exec(l))
    .filter((m) => m !== null)
    .map((m) => [Number(m![1]), m![2], m![3]]);
}

describe('run --every', () => {
  it('keeps every row where the stage or the elite stance changes, besides every Nth', () => {
    const all = rows(1);
    expect(all.map((r) => r[0])).toEqual(all.map((_, t) => t));
    const changes = all.filter((r, t) => t > 0 && (r[1] !== all[t - 1][1] || r[2] !== all[t - 1][2])).map((r) => r[0]);
    expect(changes.length).toBeGreaterThan(0);
    const sparse = rows(12);
    const shown = new Set(sparse.map((r) => r[0]));
    for (const t of changes) expect(shown.has(t), `tick ${t}`).toBe(true);
    for (let t = 0; t < all.length; t += 12) expect(shown.has(t)).toBe(true);
    expect(sparse.length).toBeLessThan(all.length);
    // Every row shown says the same as in the full table.
    for (const r of sparse) expect(r).toEqual(all[r[0]]);
  });
});
