/** `firebreak sensitivity <scenario> --params a,b,c --method oat|sobol`: which assumptions drive a conclusion. */
import { basename } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { OUTCOMES } from '../../analysis/sensitivity/outcomes.js';
import { runSensitivity, type SensitivityMethod, type SensitivityResult } from '../../analysis/sensitivity/run-sensitivity.js';
import { checkSeed, WORKERS_OPTION, workersOption } from '../batch-options.js';
import { catalogue, readScenarioText } from '../load-scenario.js';
import { countOf, significant } from '../../analysis/format/quantities.js';
import { formatTable } from '../format-table.js';
import { progressLine } from '../progress.js';
import { reportCommand } from './report.js';
import { commandLine } from '../command-line.js';

interface SensitivityArgs {
  scenario: string;
  params: string;
  method: string;
  outcome: string;
  strategy: string;
  baseline: string;
  runs: number;
  samples: number;
  levels: number;
  seed: number;
  workers?: number;
  out?: string;
  resume: boolean;
  report: boolean;
}

export const command = 'sensitivity <scenario>';
export const describe = 'Which assumptions drive a conclusion: one-at-a-time ranges or Sobol indices (Saltelli sampling) of an outcome over parameters\' documented ranges';

export function builder(yargs: Argv): Argv<SensitivityArgs> {
  return yargs
    .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
    .option('params', { type: 'string', demandOption: true, describe: 'comma-separated parameter paths, each with its documented range or PATH=LO:HI (e.g. elite.exclusionary,population.vision=3:10)' })
    .option('method', { type: 'string', default: 'oat', choices: ['oat', 'sobol'], describe: 'one-at-a-time ranges or Sobol indices' })
    .option('outcome', { type: 'string', default: 'civilian-deaths', choices: OUTCOMES.map((o) => o.id), describe: 'the outcome to apportion' })
    .option('strategy', { type: 'string', default: 'none', describe: 'the strategy whose outcome is measured (paired outcomes: compared with --baseline)' })
    .option('baseline', { type: 'string', default: 'none', describe: 'the twin for deaths-averted and atrocity-avoided' })
    .option('runs', { type: 'number', default: 20, describe: 'runs averaged at each point (the same seeds at every point)' })
    .option('samples', { type: 'number', default: 64, describe: 'sobol: rows of the Saltelli matrices (points: samples x (parameters + 2))' })
    .option('levels', { type: 'number', default: 5, describe: 'oat: values per parameter, evenly spaced over its range' })
    .option('seed', { type: 'number', default: 1, describe: 'master seed of the runs and of the design' })
    .option('workers', WORKERS_OPTION)
    .option('out', { type: 'string', describe: 'output folder (default: results/<scenario>-sensitivity)' })
    .option('resume', { type: 'boolean', default: false, describe: 'finish an interrupted analysis in --out' })
    .option('report', { type: 'boolean', default: false, describe: 'also write report.html with the chart' })
    .example('$0 sensitivity scenarios/fragile-state.yaml --params elite.exclusionary,groups.majority.hostility,population.cop-density --method sobol --samples 32 --runs 10', 'Sobol indices of civilian deaths without intervention') as unknown as Argv<SensitivityArgs>;
}

const fmt = significant;

/**
 * The parameters of --params: commas separate them, but `elite.exclusionary=0.2,0.6` is one
 * (a list where a range was meant), so a piece that starts with a number goes with the one
 * before it and the error can quote what was typed. Paths start with a letter.
 */
export function splitParams(text: string): string[] {
  const params: string[] = [];
  for (const piece of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (/^[-+.\d]/.test(piece) && params.length > 0 && params[params.length - 1].includes('=')) params[params.length - 1] += `,${piece}`;
    else params.push(piece);
  }
  return params;
}

function resultTable(r: SensitivityResult): string {
  if (r.sobol) {
    const rows = [...r.sobol].sort((a, b) => (b.total.estimate || 0) - (a.total.estimate || 0))
      .map((x) => [x.path, `${fmt(x.first.estimate)} [${fmt(x.first.lower)}, ${fmt(x.first.upper)}]`, `${fmt(x.total.estimate)} [${fmt(x.total.lower)}, ${fmt(x.total.upper)}]`]);
    return formatTable(['parameter', 'first-order index', 'total index'], rows, ['l', 'r', 'r']);
  }
  const rows = [...(r.oat ?? [])].sort((a, b) => b.swing - a.swing)
    .map((x) => [x.path, x.levels.map((l) => `${l.value}: ${fmt(l.mean.estimate)}`).join('  '), fmt(x.swing)]);
  return formatTable(['parameter', 'value: mean outcome', 'swing'], rows, ['l', 'l', 'r']);
}

export async function handler(args: ArgumentsCamelCase<SensitivityArgs>): Promise<void> {
  const text = readScenarioText(args.scenario);
  const workers = workersOption(args.workers);
  checkSeed(args.seed);
  const out = args.out ?? `results/${basename(args.scenario).replace(/\.ya?ml$/i, '')}-sensitivity`;
  const params = splitParams(args.params);
  const result = await runSensitivity({
    scenarioText: text, scenarioPath: args.scenario, catalogue, params, method: args.method as SensitivityMethod, outcome: args.outcome,
    strategy: args.strategy, baseline: args.baseline, runs: args.runs, samples: args.samples, levels: args.levels, seed: args.seed,
    workers, out, resume: args.resume, onProgress: progressLine(), argv: commandLine(),
  });
  if (result.interrupted) {
    process.stderr.write(`\ninterrupted: finished runs are kept in ${out}; add --resume to finish\n`);
    process.exitCode = 130;
    return;
  }
  const what = result.method === 'sobol' ? `Sobol indices (Saltelli design, n = ${result.samples}, variance ${fmt(result.variance ?? NaN)})` : `one at a time (as written: ${fmt(result.base?.estimate ?? NaN)})`;
  process.stdout.write(`${result.scenario}: ${result.outcome.description}, ${what}; ${countOf(result.runs, 'run')} per point${result.method === 'sobol' ? '; 95% intervals in brackets' : ''}\n\n${resultTable(result)}\n\nresults in ${out}/ (sensitivity.csv, evaluations.csv, sensitivity.json, manifest.json)\n`);
  for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
  if (args.report) process.stdout.write(`report: ${await reportCommand(out)}\n`);
}
