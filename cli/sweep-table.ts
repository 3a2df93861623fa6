/** The table `firebreak sweep` prints: each point's strategies against the baseline. */
import type { SweepPoint } from '../analysis/sweep/run-sweep.js';
import { dollars, people } from '../analysis/format/quantities.js';
import { formatTable } from './format-table.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * When the values swept leave the baseline alone (a strategy's start month, say), its rows are
 * the same at every point: it is said once above the table instead of repeated at each point.
 */
export function sweepTable(points: readonly SweepPoint[], paths: readonly string[], strategies: readonly string[], baseline: string): string {
  const baselineOf = (p: SweepPoint) => JSON.stringify(p.summary.strategies[baseline]);
  const others = strategies.filter((s) => s !== baseline);
  const first = points.length > 0 ? baselineOf(points[0]) : '';
  const once = points.length > 1 && others.length > 0 && points.every((p) => baselineOf(p) === first);
  const rows: string[][] = [];
  for (const p of points) {
    for (const s of once ? others : strategies) {
      const st = p.summary.strategies[s];
      const c = p.summary.comparisons[s];
      rows.push([
        ...paths.map((path) => String(p.values[path])),
        s,
        `${pct(st.atrocity.rate)} [${pct(st.atrocity.lower)}, ${pct(st.atrocity.upper)}]`,
        people(st.civilianDeaths.mean.estimate),
        c ? `${people(c.deathsAverted.estimate)} [${people(c.deathsAverted.lower)}, ${people(c.deathsAverted.upper)}]` : 'baseline',
        dollars(st.cost.mean.estimate),
      ]);
    }
  }
  const table = formatTable([...paths, 'strategy', 'mass atrocity', 'civilians killed (mean)', 'deaths averted per run', 'mean cost'], rows, [...paths.map(() => 'r' as const), 'l', 'r', 'r', 'r', 'r']);
  if (!once) return table;
  const b = points[0].summary.strategies[baseline];
  const head = `baseline "${baseline}", the same at every point (the values swept do not touch it): mass atrocity ${pct(b.atrocity.rate)} [${pct(b.atrocity.lower)}, ${pct(b.atrocity.upper)}], civilians killed ${people(b.civilianDeaths.mean.estimate)} (mean), cost ${dollars(b.cost.mean.estimate)}`;
  return `${head}\n\n${table}`;
}
