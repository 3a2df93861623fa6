/**
 * The full per-tick series of one run, as CSV or JSON Lines (chosen by the file extension).
 */
import type { World } from '../sim/index.js';
import { STAGES } from '../sim/index.js';
import { UserError } from './user-error.js';

export type TraceFormat = 'csv' | 'jsonl';

export function traceFormat(path: string): TraceFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  throw new UserError(`--trace ${path}: expected a file ending in .csv or .jsonl`);
}

/** Numbers printed the same way everywhere: integers as integers, others to 6 decimals. */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toFixed(6)));
}

export function traceText(world: World, format: TraceFormat): string {
  const { series } = world;
  const names = series.names;
  const lines: string[] = [];
  if (format === 'csv') lines.push(['tick', 'stage_name', ...names].join(','));
  for (let t = 0; t < series.length; t++) {
    const stage = STAGES[series.values.stage[t]];
    if (format === 'csv') {
      lines.push([String(t), stage, ...names.map((n) => formatNumber(series.values[n][t]))].join(','));
    } else {
      const row: Record<string, number | string> = { tick: t, stage_name: stage };
      for (const n of names) row[n] = Number(formatNumber(series.values[n][t]));
      lines.push(JSON.stringify(row));
    }
  }
  return lines.join('\n') + '\n';
}
