/**
 * `firebreak run <scenario>`: one world, month by month, then its outcome.
 */
import { resolve } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { runChart, worldChartData } from '../../analysis/charts/run-trajectory.js';
import { themed } from '../../analysis/charts/theme.js';
import { renderSvg } from '../../analysis/report/render-svg.js';
import { createWorld, outcome, start, step, STAGES, STANCES, type World } from '../../sim/index.js';
import { dollars, people } from '../../analysis/format/quantities.js';
import { formatTable } from '../format-table.js';
import { loadScenarioFile } from '../load-scenario.js';
import { traceFormat, traceText } from '../trace.js';
import { checkOutputFile } from '../../analysis/files/output-paths.js';
import { asGiven, checkSeed } from '../batch-options.js';
import { UserError } from '../user-error.js';
import { writeFilesAtomic, type FileToWrite } from '../../analysis/files/write-atomic.js';

interface RunArgs {
  scenario: string;
  strategy: string;
  seed: number;
  ticks?: number;
  trace?: string;
  json: boolean;
  every?: number;
  chart?: string;
}

export const command = 'run <scenario>';
export const describe = 'Run one world of a scenario and show what happened, month by month';

export function builder(yargs: Argv): Argv<RunArgs> {
  return yargs
    .positional('scenario', { type: 'string', describe: 'scenario file (YAML)', demandOption: true })
    .option('strategy', { alias: 's', type: 'string', default: 'none', describe: 'strategy of the scenario to play' })
    .option('seed', { type: 'number', default: 1, describe: 'run seed: the same seed gives the same run' })
    .option('ticks', { type: 'number', describe: 'stop after this many ticks (default: the horizon)' })
    .option('trace', { type: 'string', describe: 'write every per-tick series to FILE (.csv or .jsonl)' })
    .option('json', { type: 'boolean', default: false, describe: 'print the outcome as JSON instead of the table' })
    .option('every', { type: 'number', describe: 'show one row every N ticks (rows with an event or a change of stage or elite stance always show)' })
    .option('chart', { type: 'string', describe: 'draw the run\'s trajectory to FILE.svg (its vega-lite JSON beside it, FILE.vl.json)' }) as unknown as Argv<RunArgs>;
}

export async function handler(args: ArgumentsCamelCase<RunArgs>): Promise<void> {
  const scenario = loadScenarioFile(args.scenario);
  // An own key only: `in` takes "constructor", "toString" or "__proto__" from Object.prototype.
  if (!Object.hasOwn(scenario.strategies, args.strategy)) {
    throw new UserError(`${args.scenario}: unknown strategy "${args.strategy}"; the scenario has: ${Object.keys(scenario.strategies).join(', ')}`);
  }
  checkSeed(args.seed);
  const horizon = ticksOption(args.ticks, scenario.horizon);
  if (args.every !== undefined && (!Number.isInteger(args.every) || args.every < 1)) throw new UserError(`--every must be a whole number of at least 1, got ${asGiven(args.every)}`);
  const format = args.trace !== undefined ? traceFormat(args.trace) : undefined;
  if (args.chart !== undefined && !/\.svg$/i.test(args.chart)) throw new UserError(`--chart ${args.chart}: expected a file name ending in .svg`);
  // Every output path is checked before the world runs: a path that cannot be written is told at
  // once, not after the run, and not after another of the files has been written.
  const chartJson = args.chart?.replace(/\.svg$/i, '.vl.json');
  if (args.trace !== undefined) checkOutputFile(args.trace, '--trace');
  if (args.chart !== undefined) checkOutputFile(args.chart, '--chart');
  if (chartJson !== undefined) checkOutputFile(chartJson, '--chart');
  if (chartJson !== undefined && args.trace !== undefined && resolve(chartJson) === resolve(args.trace)) throw new UserError(`--trace ${args.trace}: the chart's vega-lite JSON goes to the same file; name another`);

  const world = createWorld(scenario, args.strategy, args.seed);
  start(world);
  while (world.tick < horizon) step(world);
  const result = outcome(world);

  // Everything rendered first, then written as one: a failure leaves none of the files.
  const files: FileToWrite[] = [];
  if (args.trace !== undefined && format) files.push({ path: args.trace, data: traceText(world, format) });
  if (args.chart !== undefined && chartJson !== undefined) {
    const spec = themed(runChart(worldChartData(world)));
    files.push({ path: chartJson, data: JSON.stringify(spec, null, 2) + '\n' });
    files.push({ path: args.chart, data: await renderSvg(spec) });
  }
  writeFilesAtomic(files);
  if (args.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const every = args.every ?? Math.max(1, Math.ceil(horizon / 120));
  process.stdout.write(`${scenario.name} — strategy "${args.strategy}", seed ${args.seed}\n\n`);
  process.stdout.write(monthTable(world, every) + '\n\n');
  process.stdout.write(outcomeText(result) + '\n');
  if (args.trace !== undefined) process.stdout.write(`\nper-tick series written to ${args.trace}\n`);
  if (args.chart !== undefined) process.stdout.write(`${args.trace !== undefined ? '' : '\n'}trajectory drawn to ${args.chart}\n`);
}

/**
 * The tick to stop at: the horizon, or --ticks. A --ticks beyond the horizon is refused rather
 * than cut to it: the world has no months past its horizon, and a run that silently stopped
 * sooner than asked would print (and --json would report) an outcome at another month than the
 * user believes; a note on stderr is easy to miss when the output goes to a file or a script.
 */
function ticksOption(ticks: number | undefined, horizon: number): number {
  if (ticks === undefined) return horizon;
  if (!Number.isInteger(ticks) || ticks < 0) throw new UserError(`--ticks must be a whole number from 0 to the horizon (${horizon}), got ${asGiven(ticks)}`);
  if (ticks > horizon) throw new UserError(`--ticks ${ticks}: the scenario's horizon is ${horizon} ticks, and a run cannot go past it; give at most ${horizon}, or leave --ticks out`);
  return ticks;
}

function monthTable(world: World, every: number): string {
  const v = world.series.values;
  const eventsAt = new Map<number, string[]>();
  for (const e of world.events) {
    if (e.kind === 'stance-change') continue;
    const list = eventsAt.get(e.tick) ?? [];
    list.push(e.detail ? `${e.kind} (${e.detail})` : e.kind);
    eventsAt.set(e.tick, list);
  }
  const rows: string[][] = [];
  for (let t = 0; t < world.series.length; t++) {
    const events = eventsAt.get(t);
    const changed = t > 0 && (v.stage[t] !== v.stage[t - 1] || v.stance[t] !== v.stance[t - 1]);
    if (t % every !== 0 && !events && !changed && t !== world.series.length - 1) continue;
    rows.push([
      String(t),
      STAGES[v.stage[t]],
      STANCES[v.stance[t]],
      v.mobilisation[t].toFixed(3),
      v.hostility[t].toFixed(2),
      people(v['civilian-deaths'][t]),
      people(v['battle-deaths'][t]),
      people(v['civilian-deaths-cumulative'][t]),
      (events ?? []).join('; '),
    ]);
  }
  return formatTable(['tick', 'stage', 'elite', 'mobilised', 'hostility', 'killed', 'battle', 'killed total', 'events'], rows, ['r', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l']);
}

function outcomeText(o: ReturnType<typeof outcome>): string {
  const lines = [
    ['mass atrocity', o.atrocity ? `yes, from tick ${o.atrocityOnset}` : 'no'],
    ['armed conflict', o.armedConflict ? `yes, from tick ${o.armedConflictOnset}, ${o.armedConflictDuration} ticks` : 'no'],
    ['civilians killed', people(o.civilianDeaths)],
    ['battle deaths', people(o.battleDeaths)],
    ['displaced', people(o.displaced)],
    ['peak stage', o.peakStage],
    ['ceasefire / settlement / relapse', `${o.ceasefire ? 'yes' : 'no'} / ${o.settlement ? 'yes' : 'no'} / ${o.relapse ? 'yes' : 'no'}`],
    ['coups', String(o.coups)],
    ['elite stance at the end', o.finalStance],
    ['final hostility, mobilisation', `${o.finalHostility.toFixed(2)}, ${o.finalMobilisation.toFixed(3)}`],
    ['cost of instruments', dollars(o.cost)],
  ];
  const width = Math.max(...lines.map((l) => l[0].length));
  return ['Outcome', ...lines.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}
