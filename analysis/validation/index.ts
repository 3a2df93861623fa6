/**
 * The validation of issue 8: every target against the published figures of EVIDENCE.md, run
 * through one pool of worker threads, one target after another, with a progress line per
 * target. `npm run validate` (cli.ts) prints the table and writes the results and charts.
 */
import { epsteinModel1 } from './epstein-model-1.js';
import { epsteinModel2 } from './epstein-model-2.js';
import { harffSynthetic } from './harff-synthetic.js';
import { instrumentsEvidence } from './instruments-evidence.js';
import { noEarliness } from './no-earliness.js';
import { backfire } from './backfire.js';
import { threePoints } from './three-points.js';
import { faceValidity } from './face-validity.js';
import { createTaskPool } from './task-pool.js';
import type { TargetResult, ValidationTarget } from './types.js';

export type { TargetResult, ValidationRow, ValidationTarget, Verdict } from './types.js';
export { textTable, markdownTable, markdownDetails, verdictCounts } from './table.js';

export const TARGETS: readonly ValidationTarget[] = [epsteinModel1, epsteinModel2, harffSynthetic, instrumentsEvidence, noEarliness, backfire, threePoints, faceValidity];

export interface ValidationOptions {
  quick: boolean;
  /** Target numbers to run (empty: all). */
  only: number[];
  workers: number;
  seed: number;
  log?: (line: string) => void;
}

export async function runValidation(options: ValidationOptions): Promise<TargetResult[]> {
  const log = options.log ?? (() => {});
  const selected = TARGETS.filter((t) => options.only.length === 0 || options.only.includes(t.id));
  const unknown = options.only.filter((id) => !TARGETS.some((t) => t.id === id));
  if (unknown.length > 0) throw new Error(`no validation target ${unknown.join(', ')}; targets are ${TARGETS.map((t) => t.id).join(', ')}`);
  const pool = createTaskPool(options.workers, log);
  const results: TargetResult[] = [];
  try {
    for (const target of selected) {
      const started = performance.now();
      log(`[${target.id}/${TARGETS.length}] ${target.title}: running${options.quick ? ' (quick)' : ''}`);
      const output = await target.run({ quick: options.quick, seed: options.seed, tasks: pool, log });
      const seconds = (performance.now() - started) / 1000;
      const verdicts = output.rows.map((r) => `${r.id} ${r.verdict}`).join(', ');
      log(`[${target.id}/${TARGETS.length}] ${target.title}: done in ${seconds.toFixed(0)} s (${verdicts})`);
      results.push({
        ...output,
        id: target.id,
        slug: target.slug,
        title: target.title,
        quick: options.quick,
        seed: options.seed,
        seconds,
        command: `npm run validate -- --only ${target.id}${options.quick ? ' --quick' : ''}${options.seed !== 1 ? ` --seed ${options.seed}` : ''}`,
      });
    }
  } finally {
    await pool.close();
  }
  return results;
}
