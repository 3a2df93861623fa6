/**
 * Writes a batch's final files from its records, sorted by run index and strategy order, so the
 * files are the same whatever the number of workers, the shards, or the interruptions.
 * Each file is written whole (temporary name, then rename).
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';
import { STAGES } from '../../sim/index.js';
import type { Scenario } from '../../scenarios/schema.js';
import { BAND_QUANTILES, quantileBands } from '../stats/index.js';
import { arrowColumnType, columns, round6 } from './columns.js';
import { BAND_RUNS, BAND_SERIES } from './run-task.js';
import { summarise, type BatchSummary } from './summary.js';
import { arrowBytes, csvText, jsonlText } from './tables.js';
import type { Row, RunRecord, TableFormat } from './types.js';

export function sortRecords(records: RunRecord[]): RunRecord[] {
  return [...records].sort((a, b) => a.run - b.run);
}

export function finalize(
  out: string,
  records: RunRecord[],
  scenario: Scenario,
  strategies: string[],
  baseline: string,
  seed: number,
  formats: TableFormat[],
): BatchSummary {
  const sorted = sortRecords(records);
  const cols = columns(scenario);
  const order = new Map(strategies.map((s, i) => [s, i]));
  const rows: Row[] = sorted.flatMap((r) => [...r.rows].sort((a, b) => order.get(String(a.strategy))! - order.get(String(b.strategy))!));
  if (formats.includes('csv')) writeFileAtomic(join(out, 'runs.csv'), csvText(cols, rows));
  if (formats.includes('jsonl')) writeFileAtomic(join(out, 'runs.jsonl'), jsonlText(cols, rows));
  if (formats.includes('arrow')) writeFileAtomic(join(out, 'runs.arrow'), arrowBytes(cols, rows, arrowColumnType));
  writeFileAtomic(join(out, 'series.csv'), seriesCsv(sorted, strategies));
  writeFileAtomic(join(out, 'stages.csv'), stagesCsv(sorted, strategies));
  const summary = summarise(sorted, strategies, baseline, { scenario: scenario.name, seed, horizon: scenario.horizon });
  writeFileAtomic(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

/** Quantile bands per strategy, series and tick: strategy,series,tick,p10,p25,p50,p75,p90. */
function seriesCsv(records: RunRecord[], strategies: string[]): string {
  const lines = ['strategy,series,tick,p10,p25,p50,p75,p90'];
  for (const s of strategies) {
    for (const name of BAND_SERIES) {
      // By run index too: a journal begun by a version that kept more band runs gives the same bands.
      const runs = records.filter((r) => r.series && r.run < BAND_RUNS).map((r) => r.series![s][name]);
      if (runs.length === 0) continue;
      const ticks = Math.max(...runs.map((x) => x.length));
      const bands = quantileBands(runs, ticks);
      for (let t = 0; t < ticks; t++) lines.push([s, name, t, ...BAND_QUANTILES.map((_, k) => round6(bands[k][t]))].join(','));
    }
  }
  return lines.join('\n') + '\n';
}

/** Share of runs in each stage at each tick, per strategy: strategy,tick,stage,share. */
function stagesCsv(records: RunRecord[], strategies: string[]): string {
  const lines = ['strategy,tick,stage,share'];
  for (const s of strategies) {
    const paths = records.map((r) => r.stages[s]);
    const ticks = Math.max(0, ...paths.map((p) => p.length));
    for (let t = 0; t < ticks; t++) {
      const counts = new Array(STAGES.length).fill(0);
      let n = 0;
      for (const p of paths) if (t < p.length) {
        counts[Number(p[t])]++;
        n++;
      }
      STAGES.forEach((stage, k) => lines.push([s, t, stage, round6(n ? counts[k] / n : 0)].join(',')));
    }
  }
  return lines.join('\n') + '\n';
}
