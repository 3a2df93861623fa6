/** `firebreak compare <scenario>`: runs the paired batch and prints the comparison table. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { runBatch } from '../../analysis/batch/run-batch.js';
import { batchBuilder, batchOptions, type BatchArgs } from '../batch-options.js';
import { summaryTable } from '../summary-table.js';
import { UserError } from '../user-error.js';
import { sayOnInterrupt } from '../interrupt.js';
import { reportCommand } from './report.js';

export const command = 'compare <scenario>';
export const describe = 'Compare strategies run by run against the baseline and print the table (results kept only with --out or --report)';
export const builder = (yargs: Argv) =>
  batchBuilder(yargs).option('out', { type: 'string', describe: 'keep the batch folder here (default: a temporary folder, removed at the end; results/<scenario name> with --report)' });

export async function handler(args: ArgumentsCamelCase<BatchArgs>): Promise<void> {
  // Without --out the batch lives in a temporary folder that nobody will look for: removed at
  // the end, interrupted or not. A report is kept where `batch --report` would keep it.
  if (args.resume && args.out === undefined) throw new UserError('--resume needs --out: the folder of the interrupted comparison');
  let temporary: string | null = null;
  const options = batchOptions(args, (slug) => (args.report ? `results/${slug}` : (temporary = mkdtempSync(join(tmpdir(), 'firebreak-compare-')))));
  // A shard's runs are part of a result until merged: kept where merge can find them.
  if (options.shard.count > 1 && args.out === undefined) {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
    const which = args.shard !== undefined ? `--shard ${args.shard}` : `shard ${options.shard.index}/${options.shard.count} (from the array job's environment)`;
    throw new UserError(`${which} needs --out: a shard's runs are kept for firebreak merge, not thrown away with a temporary folder`);
  }
  if (temporary) {
    // A signal outside the run loop exits at once (cli/interrupt.ts), past the finally below.
    const folder: string = temporary;
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    sayOnInterrupt('the comparison was not kept (no --out); run the same command again');
  }
  try {
    const result = await runBatch(options);
    if (result.interrupted) {
      process.exitCode = 130;
      if (!temporary) process.stderr.write(`\ninterrupted: the finished runs are kept in ${options.out}; add --resume to finish the comparison\n`);
      return;
    }
    process.stdout.write(summaryTable(result.summary, options.shard, options.scenario.tick) + '\n');
    if (args.report) process.stdout.write(`report: ${await reportCommand(options.out)}\n`);
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
