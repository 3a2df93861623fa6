/** Reads a batch folder (docs/batches.md) into the rows the charts and the report use. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchSummary } from '../batch/summary.js';
import type { BandRow, ChartData, StageRow } from '../charts/types.js';

export interface BatchFolder extends ChartData {
  manifest: Record<string, unknown> & { scenario: { name: string; description: string; tick: string }; strategies: string[] };
}

function csvRows(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  return lines.slice(1).map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

export class MissingResultsError extends Error {}

export function readBatchFolder(dir: string): BatchFolder {
  for (const f of ['summary.json', 'manifest.json', 'series.csv', 'stages.csv', 'runs.csv']) {
    if (!existsSync(join(dir, f))) throw new MissingResultsError(`${dir} is not a finished batch folder: ${f} is missing (run firebreak batch with --format csv first)`);
  }
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as BatchSummary;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const num = (r: Record<string, string>, k: string) => Number(r[k]);
  const bands: BandRow[] = csvRows(join(dir, 'series.csv')).map((r) => ({ strategy: r.strategy, series: r.series, tick: num(r, 'tick'), p10: num(r, 'p10'), p25: num(r, 'p25'), p50: num(r, 'p50'), p75: num(r, 'p75'), p90: num(r, 'p90') }));
  const stages: StageRow[] = csvRows(join(dir, 'stages.csv')).map((r) => ({ strategy: r.strategy, tick: num(r, 'tick'), stage: r.stage, share: num(r, 'share') }));
  const runs = csvRows(join(dir, 'runs.csv')).map((r) => ({ ...r, run: num(r, 'run'), civilian_deaths: num(r, 'civilian_deaths'), cost: num(r, 'cost') }));
  return { summary, manifest, strategies: manifest.strategies, bands, stages, runs, tickUnit: manifest.scenario.tick ?? 'month' };
}
