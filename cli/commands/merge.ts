/** `firebreak merge <dirs..> --out DIR`: joins a sharded batch's folders. */
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { mergeBatches } from '../../analysis/batch/merge.js';
import { summaryTable } from '../summary-table.js';
import { commandLine } from '../command-line.js';
import { readManifest } from '../../analysis/batch/manifest.js';

interface MergeArgs {
  dirs: string[];
  out: string;
}

export const command = 'merge <dirs..>';
export const describe = 'Join the output folders of a sharded batch into the files the unsharded batch would have written';

export function builder(yargs: Argv): Argv<MergeArgs> {
  return yargs
    .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'shard output folders' })
    .option('out', { type: 'string', demandOption: true, describe: 'folder for the merged batch' }) as unknown as Argv<MergeArgs>;
}

export function handler(args: ArgumentsCamelCase<MergeArgs>): void {
  const summary = mergeBatches(args.dirs, args.out, commandLine());
  // The onset column in the scenario's own unit, as the batch printed it.
  const scenario = readManifest(args.out)?.scenario as { tick?: string } | undefined;
  process.stdout.write(`${summaryTable(summary, undefined, scenario?.tick ?? 'tick')}\n\nmerged into ${args.out}/\n`);
}
