/**
 * runs.csv, runs.jsonl and runs.arrow from the same rows and columns. Arrow (apache-arrow's
 * IPC file format) loads directly in pandas, polars and R.
 */
import { Dictionary, Float64, Int32, Table, tableToIPC, Uint32, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { Row } from './types.js';

function csvCell(v: number | string | null): string {
  // An undefined number (a Sobol index of an outcome that does not vary) is an empty cell, as
  // JSON writes it null: the text "NaN" reads as a string in strict loaders and as NaN, not NA, in R.
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
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

/**
 * Arrow types of the runs table's columns. Whole-number columns (run indices, 0/1 flags, onset
 * ticks, tick counts, coups) are 32-bit integers, the seed an unsigned one (run seeds fill 32
 * bits), so pandas, polars and R read them as integers; people and dollars stay float64 (a
 * scenario's `scale` may be fractional). Missing onsets are nulls.
 */
export type ArrowColumnType = 'int32' | 'uint32' | 'float64' | 'string';

/** String columns stay strings (dictionary-encoded); the others take their declared type, float64 by default. */
export function arrowBytes(columns: readonly string[], rows: readonly Row[], types: (column: string) => ArrowColumnType = () => 'float64'): Uint8Array {
  const vectors: Record<string, Vector> = {};
  columns.forEach((c, index) => {
    const values = rows.map((r) => r[c] ?? null);
    const type = values.some((v) => typeof v === 'string') ? 'string' : types(c);
    // Dictionary ids numbered by column here: apache-arrow's own come from a counter global to
    // the process, so a second table built in one process (a notebook's second batch) had other
    // bytes for the same data.
    if (type === 'string') vectors[c] = vectorFromArray(values.map((v) => (v === null ? '' : String(v))), new Dictionary(new Utf8(), new Int32(), index));
    else vectors[c] = vectorFromArray(values as (number | null)[], type === 'int32' ? new Int32() : type === 'uint32' ? new Uint32() : new Float64());
  });
  return tableToIPC(new Table(vectors), 'file');
}
