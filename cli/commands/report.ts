/** `firebreak report <results-dir>`: a self-contained HTML report with charts from a batch, sweep or sensitivity folder. */
import { dirname, join } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { MissingResultsError } from '../../analysis/report/read-results.js';
import { writeReport } from '../../analysis/report/write-report.js';
import { UserError } from '../user-error.js';

interface ReportArgs {
  results: string;
  out?: string;
}

export const command = 'report <results>';
export const describe = 'Write a self-contained HTML report from a batch, sweep or sensitivity folder (and each chart as vega-lite JSON in charts/ beside the report)';

export function builder(yargs: Argv): Argv<ReportArgs> {
  return yargs
    .positional('results', { type: 'string', demandOption: true, describe: 'folder written by firebreak batch, compare --out, sweep or sensitivity' })
    .option('out', { type: 'string', describe: 'HTML file to write (default: <results>/report.html); its charts/ folder goes beside it' }) as unknown as Argv<ReportArgs>;
}

export async function reportCommand(results: string, out?: string): Promise<string> {
  try {
    const { html } = await writeReport(results, out);
    return html;
  } catch (err) {
    if (err instanceof MissingResultsError) throw new UserError(err.message);
    throw err;
  }
}

export async function handler(args: ArgumentsCamelCase<ReportArgs>): Promise<void> {
  const html = await reportCommand(args.results, args.out);
  process.stdout.write(`report written to ${html} (charts as vega-lite JSON in ${join(dirname(html), 'charts')}/)\n`);
}
