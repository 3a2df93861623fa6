/**
 * The firebreak command line: registers the command modules and nothing else. Each command
 * parses its arguments and delegates to sim/ or analysis/. Started by index.ts.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import * as batch from './commands/batch.js';
import * as compare from './commands/compare.js';
import * as list from './commands/list.js';
import * as merge from './commands/merge.js';
import * as report from './commands/report.js';
import * as run from './commands/run.js';
import * as sensitivity from './commands/sensitivity.js';
import * as sweep from './commands/sweep.js';
import * as validate from './commands/validate.js';
import { repeatedOption } from './repeated-option.js';

/** A mistake in the command line itself (an unknown option, one given twice): exit 2 with a pointer to --help. */
function usageError(message: string): never {
  process.stderr.write(`firebreak: ${message}\nRun "firebreak --help" for usage.\n`);
  process.exit(2);
}

export async function main(): Promise<void> {
  // `firebreak run ... | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const args = hideBin(process.argv);
  const repeated = repeatedOption(args);
  if (repeated) usageError(repeated);
  await yargs(args)
    .scriptName('firebreak')
    .usage('$0 <command> [options]\n\nAn agent-based laboratory of escalation toward mass atrocities and of preventive instruments. A laboratory, not a forecast.')
    .command(run)
    .command(validate)
    .command(list)
    .command(batch)
    .command(compare)
    .command(sweep)
    .command(sensitivity)
    .command(merge)
    .command(report)
    .demandCommand(1, 'Name a command: run, validate, list, batch, compare ...')
    .strict()
    .fail((message, error) => {
      if (error) throw error;
      usageError(message);
    })
    .help()
    .version()
    .parseAsync();
}

