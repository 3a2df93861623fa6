/**
 * runs.csv, runs.jsonl and runs.arrow from the same rows and columns. Arrow (apache-arrow's
 * IPC file format) loads directly in pandas, polars and R.
 */
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { Row } from './types.js';

function csvCell(v: number | string | null): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return lines.join('\n') + '\n';
}

export function jsonlText(columns: readonly string[], rows: readonly Row[]): string {
  return rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))).join('\n') + (rows.length ? '\n' : '');
}

/** String columns stay strings; the others are float64 with nulls for missing onsets. */
export function arrowBytes(columns: readonly string[], rows: readonly Row[]): Uint8Array {
  const arrays: Record<string, string[] | Float64Array | (number | null)[]> = {};
  for (const c of columns) {
    const values = rows.map((r) => r[c] ?? null);
    if (values.some((v) => typeof v === 'string')) arrays[c] = values.map((v) => (v === null ? '' : String(v)));
    else if (values.some((v) => v === null)) arrays[c] = values as (number | null)[];
    else arrays[c] = Float64Array.from(values as number[]);
  }
  const table = tableFromArrays(arrays as Parameters<typeof tableFromArrays>[0]);
  return tableToIPC(table, 'file');
}
