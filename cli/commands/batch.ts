/** `firebreak batch <scenario>`: a paired Monte Carlo batch written to a folder. */
import type { ArgumentsCamelCase } from 'yargs';
import { runBatch } from '../../analysis/batch/run-batch.js';
import { batchBuilder, batchOptions, type BatchArgs } from '../batch-options.js';
import { summaryTable } from '../summary-table.js';
import { reportCommand } from './report.js';

export const command = 'batch <scenario>';
export const describe = 'Run a paired Monte Carlo batch: every run under every strategy from the same seed; tables, summary and manifest in --out';
export const builder = batchBuilder;

export async function handler(args: ArgumentsCamelCase<BatchArgs>): Promise<void> {
  const options = batchOptions(args, (slug) => `results/${slug}`);
  const result = await runBatch(options);
  if (result.interrupted) {
    process.stderr.write(`\ninterrupted: the finished runs are kept in ${options.out}; add --resume to finish the batch\n`);
    process.exitCode = 130;
    return;
  }
  process.stdout.write(`${summaryTable(result.summary, options.shard, options.scenario.tick)}\n\nresults in ${options.out}/ (${options.formats.map((f) => `runs.${f}`).join(', ')}, series.csv, stages.csv, summary.json, manifest.json, and records.jsonl, the journal)\n`);
  if (args.report) process.stdout.write(`report: ${await reportCommand(options.out)}\n`);
}
