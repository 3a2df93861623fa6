/** `firebreak compare <scenario>`: runs the paired batch and prints the comparison table. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { runBatch } from '../../analysis/batch/run-batch.js';
import { batchBuilder, batchOptions, type BatchArgs } from '../batch-options.js';
import { summaryTable } from '../summary-table.js';
import { reportCommand } from './report.js';

export const command = 'compare <scenario>';
export const describe = 'Compare strategies run by run against the baseline and print the table (results kept only with --out)';
export const builder = (yargs: Argv) => batchBuilder(yargs);

export async function handler(args: ArgumentsCamelCase<BatchArgs>): Promise<void> {
  const options = batchOptions(args, () => mkdtempSync(join(tmpdir(), 'firebreak-compare-')));
  const result = await runBatch(options);
  if (result.interrupted) {
    process.exitCode = 130;
    return;
  }
  process.stdout.write(summaryTable(result.summary) + '\n');
  if (args.report) process.stdout.write(`report: ${await reportCommand(options.out)}\n`);
}
