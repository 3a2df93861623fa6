/** The comparison table `firebreak compare` and `firebreak batch` print. */
import type { BatchSummary } from '../analysis/batch/summary.js';
import type { Shard } from '../analysis/batch/types.js';
import { costPerDeathAvertedText } from '../analysis/batch/cost-effectiveness.js';
import { medianOnsetText } from '../analysis/batch/median-onset.js';
import { fewRunsWarning } from '../analysis/batch/small-batch.js';
import { dollars, people } from '../analysis/format/quantities.js';
import { formatTable } from './format-table.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** `unit`: the scenario's tick (`month`, `week`), as the report names the onset column. */
export function summaryTable(summary: BatchSummary, shard?: Shard, unit = 'tick'): string {
  const rows = Object.entries(summary.strategies).map(([name, s]) => {
    const c = summary.comparisons[name];
    return [
      name,
      `${pct(s.atrocity.rate)} [${pct(s.atrocity.lower)}, ${pct(s.atrocity.upper)}]`,
      medianOnsetText(s.atrocityOnset),
      `${people(s.civilianDeaths.mean.estimate)} [${people(s.civilianDeaths.mean.lower)}, ${people(s.civilianDeaths.mean.upper)}]`,
      c ? `${people(c.deathsAverted.estimate)} [${people(c.deathsAverted.lower)}, ${people(c.deathsAverted.upper)}]` : 'baseline',
      c ? `${pct(c.better)} / ${pct(c.worse)}` : '',
      dollars(s.cost.mean.estimate),
      costPerDeathAvertedText(c, dollars),
    ];
  });
  return [
    `${summary.scenario}: ${summary.runs} paired runs, seed ${summary.seed}; 95% intervals in brackets; each run compared with its own twin under "${summary.baseline}"`,
    'intervals: Wilson for rates, bootstrap for means, paired bootstrap for deaths averted; civilians killed include those killed by outside force',
    ...[fewRunsWarning(summary.runs)].filter((w) => w !== null).map((w) => `warning: ${w}`),
    ...(shard && shard.count > 1 ? [`shard ${shard.index}/${shard.count}: these ${summary.runs} runs only, a share of the batch; merge every shard (firebreak merge) before reading the table`] : []),
    '',
    formatTable(['strategy', 'mass atrocity', `median onset (${unit})`, 'civilians killed (mean)', 'deaths averted per run', 'better / worse', 'mean cost', 'cost per death averted'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
  ].join('\n');
}
