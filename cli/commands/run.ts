/**
 * `firebreak run <scenario>`: one world, month by month, then its outcome.
 */
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { runChart, worldChartData } from '../../analysis/charts/run-trajectory.js';
import { themed } from '../../analysis/charts/theme.js';
import { renderSvg } from '../../analysis/report/render-svg.js';
import { createWorld, outcome, start, step, STAGES, STANCES, type World } from '../../sim/index.js';
import { dollars, people } from '../../analysis/format/quantities.js';
import { formatTable } from '../format-table.js';
import { loadScenarioFile } from '../load-scenario.js';
import { traceFormat, traceText } from '../trace.js';
import { UserError } from '../user-error.js';
import { writeFileAtomic } from '../write-atomic.js';

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
    .option('every', { type: 'number', describe: 'show one row every N ticks (rows with events always show)' })
    .option('chart', { type: 'string', describe: 'draw the run\'s trajectory to FILE.svg (its vega-lite JSON beside it, FILE.vl.json)' }) as unknown as Argv<RunArgs>;
}

export async function handler(args: ArgumentsCamelCase<RunArgs>): Promise<void> {
  const scenario = loadScenarioFile(args.scenario);
  if (!(args.strategy in scenario.strategies)) {
    throw new UserError(`${args.scenario}: unknown strategy "${args.strategy}"; the scenario has: ${Object.keys(scenario.strategies).join(', ')}`);
  }
  if (!Number.isInteger(args.seed)) throw new UserError(`--seed must be a whole number, got ${args.seed}`);
  if (args.ticks !== undefined && (!Number.isInteger(args.ticks) || args.ticks < 0)) throw new UserError(`--ticks must be a whole number >= 0, got ${args.ticks}`);
  const format = args.trace ? traceFormat(args.trace) : undefined;
  if (args.chart !== undefined && !/\.svg$/i.test(args.chart)) throw new UserError(`--chart ${args.chart}: expected a file name ending in .svg`);

  const world = createWorld(scenario, args.strategy, args.seed);
  start(world);
  const horizon = Math.min(args.ticks ?? scenario.horizon, scenario.horizon);
  while (world.tick < horizon) step(world);
  const result = outcome(world);

  if (args.trace && format) writeFileAtomic(args.trace, traceText(world, format));
  if (args.chart) {
    const spec = themed(runChart(worldChartData(world)));
    writeFileAtomic(args.chart.replace(/\.svg$/i, '.vl.json'), JSON.stringify(spec, null, 2) + '\n');
    writeFileAtomic(args.chart, await renderSvg(spec));
  }
  if (args.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const every = args.every ?? Math.max(1, Math.ceil(horizon / 120));
  process.stdout.write(`${scenario.name} — strategy "${args.strategy}", seed ${args.seed}\n\n`);
  process.stdout.write(monthTable(world, every) + '\n\n');
  process.stdout.write(outcomeText(result) + '\n');
  if (args.trace) process.stdout.write(`\nper-tick series written to ${args.trace}\n`);
  if (args.chart) process.stdout.write(`${args.trace ? '' : '\n'}trajectory drawn to ${args.chart}\n`);
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
    if (t % every !== 0 && !events && t !== world.series.length - 1) continue;
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
