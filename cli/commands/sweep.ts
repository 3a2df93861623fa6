/** `firebreak sweep <scenario> --vary PATH=FROM:TO:STEP`: a paired batch at every point of a grid. */
import { basename } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { runSweep, SWEEP_FILE } from '../../analysis/sweep/run-sweep.js';
import { parseVariation, VariationError, type Variation } from '../../analysis/sweep/variation.js';
import { checkRunCount } from '../../analysis/batch/input-error.js';
import { checkSeed, formatsOption, WORKERS_OPTION, workersOption } from '../batch-options.js';
import { catalogue, loadScenarioFile, readScenarioText } from '../load-scenario.js';
import { countOf } from '../../analysis/format/quantities.js';
import { sweepTable } from '../sweep-table.js';
import { progressLine } from '../progress.js';
import { UserError } from '../user-error.js';
import { reportCommand as sweepReportCommand } from './report.js';
import { commandLine } from '../command-line.js';

interface SweepArgs {
  scenario: string;
  vary: string[];
  strategy?: string;
  strategies?: string;
  baseline: string;
  runs: number;
  seed: number;
  workers?: number;
  out?: string;
  format: string;
  resume: boolean;
  report: boolean;
}

export const command = 'sweep <scenario>';
export const describe = 'Run a paired batch at every point of a grid over scenario parameters or strategy fields (e.g. the month instruments start); sweep.csv with every point\'s statistics';

export function builder(yargs: Argv): Argv<SweepArgs> {
  return yargs
    .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML)' })
    .option('vary', { type: 'string', array: true, demandOption: true, describe: 'PATH=FROM:TO:STEP or PATH=a,b,c; repeat for a grid over several (e.g. strategies.late.*.from.tick=0:36:6)' })
    .option('strategy', { type: 'string', describe: 'the strategy to compare with the baseline (default: every strategy)' })
    .option('strategies', { type: 'string', describe: 'comma-separated strategies (instead of --strategy)' })
    .option('baseline', { type: 'string', default: 'none', describe: 'strategy the others are compared with' })
    .option('runs', { type: 'number', default: 100, describe: 'paired runs at each point' })
    .option('seed', { type: 'number', default: 1, describe: 'master seed, the same at every point' })
    .option('workers', WORKERS_OPTION)
    .option('out', { type: 'string', describe: 'output folder (default: results/<scenario>-sweep)' })
    .option('format', { type: 'string', default: 'csv', describe: 'tables of each point: csv, jsonl, arrow' })
    .option('resume', { type: 'boolean', default: false, describe: 'finish an interrupted sweep in --out' })
    .option('report', { type: 'boolean', default: false, describe: 'also write report.html with the sweep charts' })
    .example('$0 sweep scenarios/fragile-state.yaml --vary "strategies.late.*.from.tick=0:36:6" --strategy late', 'the cost of waiting: outcomes by the month the instruments start') as unknown as Argv<SweepArgs>;
}

export async function handler(args: ArgumentsCamelCase<SweepArgs>): Promise<void> {
  const text = readScenarioText(args.scenario);
  const scenario = loadScenarioFile(args.scenario);
  const all = Object.keys(scenario.strategies);
  let strategies = args.strategies ? args.strategies.split(',').map((s) => s.trim()).filter(Boolean) : args.strategy ? [args.strategy] : all;
  for (const s of [...strategies, args.baseline]) if (!all.includes(s)) throw new UserError(`${args.scenario}: unknown strategy "${s}"; the scenario has: ${all.join(', ')}`);
  strategies = [args.baseline, ...strategies.filter((s) => s !== args.baseline)];
  let variations: Variation[];
  try {
    variations = args.vary.map((v) => parseVariation(String(v)));
  } catch (err) {
    if (err instanceof VariationError) throw new UserError(err.message);
    throw err;
  }
  checkRunCount(args.runs);
  checkSeed(args.seed);
  const workers = workersOption(args.workers);
  const formats = formatsOption(args.format);
  const slug = basename(args.scenario).replace(/\.ya?ml$/i, '');
  const out = args.out ?? `results/${slug}-sweep`;
  const result = await runSweep({
    scenarioText: text, scenarioPath: args.scenario, catalogue, variations, strategies, baseline: args.baseline,
    runs: args.runs, seed: args.seed, workers, out, formats, resume: args.resume, onProgress: progressLine(), argv: commandLine(),
  });
  if (result.interrupted) {
    process.stderr.write(`\ninterrupted: finished runs are kept in ${out}; add --resume to finish the sweep\n`);
    process.exitCode = 130;
    return;
  }
  const paths = variations.map((v) => v.path);
  const where = result.points.length === 1 ? 'at its one point' : `at each of ${result.points.length} points`;
  process.stdout.write(`${scenario.name}: ${countOf(args.runs, 'paired run')} ${where}, seed ${args.seed}; 95% intervals in brackets\n\n`);
  process.stdout.write(`${sweepTable(result.points, paths, strategies, args.baseline)}\n\nresults in ${out}/ (${SWEEP_FILE}, sweep.json, manifest.json, points/NNN/ batch folders)\n`);
  for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
  if (args.report) process.stdout.write(`report: ${await sweepReportCommand(out)}\n`);
}
