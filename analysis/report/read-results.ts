/** Reads a batch folder (docs/batches.md) into the rows the charts and the report use. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { JOURNAL } from '../batch/journal.js';
import { readManifest } from '../batch/manifest.js';
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

/** The runs table in whichever format the batch wrote (`--format`), as text cells like the CSV's. */
function runsTable(dir: string): Record<string, string>[] {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  if (existsSync(join(dir, 'runs.csv'))) return csvRows(join(dir, 'runs.csv'));
  if (existsSync(join(dir, 'runs.jsonl'))) {
    return readFileSync(join(dir, 'runs.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '')
      .map((l) => Object.fromEntries(Object.entries(JSON.parse(l) as Record<string, unknown>).map(([k, v]) => [k, cell(v)])));
  }
  const table = tableFromIPC(readFileSync(join(dir, 'runs.arrow')));
  return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, cell(v)])));
}

/** Why `dir` cannot be read as a finished batch, in words that say what to do, or null. */
function missingResults(dir: string): string | null {
  const has = (f: string) => existsSync(join(dir, f));
  if (!has('manifest.json')) return `${dir} is not a batch folder (no manifest.json): give the --out folder of firebreak batch`;
  if (!has('summary.json') && has(JOURNAL)) return `${dir} holds an unfinished batch: run the same firebreak batch command with --resume to finish it, then the report`;
  for (const f of ['summary.json', 'series.csv', 'stages.csv']) if (!has(f)) return `${dir} is not a finished batch folder: ${f} is missing`;
  if (!['runs.csv', 'runs.jsonl', 'runs.arrow'].some(has)) return `${dir} is not a finished batch folder: it has no runs table (runs.csv, runs.jsonl or runs.arrow)`;
  return null;
}

export function readBatchFolder(dir: string): BatchFolder {
  const missing = missingResults(dir);
  if (missing) throw new MissingResultsError(missing);
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as BatchSummary;
  // Guarded: a manifest.json that is broken or not firebreak's is named, not a SyntaxError.
  const manifest = readManifest(dir) as BatchFolder['manifest'];
  const num = (r: Record<string, string>, k: string) => Number(r[k]);
  const bands: BandRow[] = csvRows(join(dir, 'series.csv')).map((r) => ({ strategy: r.strategy, series: r.series, tick: num(r, 'tick'), p10: num(r, 'p10'), p25: num(r, 'p25'), p50: num(r, 'p50'), p75: num(r, 'p75'), p90: num(r, 'p90') }));
  const stages: StageRow[] = csvRows(join(dir, 'stages.csv')).map((r) => ({ strategy: r.strategy, tick: num(r, 'tick'), stage: r.stage, share: num(r, 'share') }));
  const runs = runsTable(dir).map((r) => ({ ...r, run: num(r, 'run'), civilian_deaths: num(r, 'civilian_deaths'), cost: num(r, 'cost') }));
  return { summary, manifest, strategies: manifest.strategies, bands, stages, runs, tickUnit: manifest.scenario.tick ?? 'month' };
}
