/**
 * The batch journal (records.jsonl): one line per finished run, appended as runs finish, so a
 * batch killed at any moment loses no finished run. On resume a torn last line (the process
 * died mid-write) is cut off and its run done again. The journal stays beside the results:
 * `firebreak merge` joins shards from their journals.
 */
import { appendFileSync, existsSync, readFileSync, truncateSync } from 'node:fs';
import { BatchInputError } from './input-error.js';
import { fileSystemError } from '../files/output-paths.js';
import type { RunRecord } from './types.js';

export const JOURNAL = 'records.jsonl';

export function appendRecord(path: string, record: RunRecord): void {
  appendFileSync(path, JSON.stringify(record) + '\n');
}

/** Why a line holds nothing: the only damage, with a torn line, that a kill can leave last. */
export const NOT_JSON = 'not valid JSON';

export function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return NOT_JSON;
  }
}

/** The record a journal line holds, or why it holds none. */
function parseRecord(line: string): RunRecord | string {
  const value = parseJson(line);
  if (value === NOT_JSON) return NOT_JSON;
  const r = value as Partial<RunRecord> | null;
  if (r === null || typeof r !== 'object' || Array.isArray(r)) return 'not a JSON object';
  if (!Number.isInteger(r.run) || (r.run as number) < 0) return 'no run index';
  if (!Array.isArray(r.rows) || r.stages === null || typeof r.stages !== 'object') return 'no rows or stages';
  return r as RunRecord;
}

/**
 * Every complete record of the journal at `path`.
 *
 * appendRecord writes a record and its newline in one call, so a batch killed mid-write leaves
 * at most one torn line, the last, with no newline after it (or, after a crash of the machine,
 * a last line of garbage). That line's run is simply not finished: it is left out, and with
 * `repair` (a batch resuming, about to append) cut off the file so the next record starts on a
 * line of its own. Nothing else is ever cut: a bad line with records after it is damage no
 * kill makes, and dropping what follows it would lose finished runs, so it is an error naming
 * the file and the line. Without `repair` (merge reading its shards) the file is never written.
 */
export function readJournal(path: string, repair = false): RunRecord[] {
  // A run may be recorded twice: two processes ran the batch at once (one frozen past the lock's
  // minute, then woken after another took the folder). The results are the same by determinism,
  // so the first is kept; the tables counted every line (a 120-run batch said 220 runs).
  const byRun = new Map<number, { record: RunRecord; text: string }>();
  for (const record of readJsonLines(path, parseRecord, repair)) {
    const text = JSON.stringify(record);
    const first = byRun.get(record.run);
    if (first === undefined) byRun.set(record.run, { record, text });
    else if (first.text !== text) {
      throw new BatchInputError(`${path} records run ${record.run} twice with different results: it holds runs of two different batches; start this batch in a new folder`);
    }
  }
  return [...byRun.values()].map((e) => e.record);
}

/**
 * The entries of any append-only JSON Lines file written one whole line at a time (the batch
 * journal, a sensitivity analysis's evaluations), read as readJournal says: a torn or garbled
 * last line is left out (and cut off with `repair`), a bad line before others is an error.
 * `parse` gives the entry or why the line holds none.
 */
export function readJsonLines<T extends object>(path: string, parse: (line: string) => T | string, repair: boolean): T[] {
  if (!existsSync(path)) return [];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw fileSystemError(err, path, 'read') ?? err;
  }
  const entries: T[] = [];
  let offset = 0;
  for (let line = 1; offset < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, offset);
    const next = newline < 0 ? bytes.length : newline + 1;
    const text = bytes.toString('utf8', offset, newline < 0 ? bytes.length : newline);
    const parsed = newline < 0 ? 'cut short' : text.trim() === '' ? null : parse(text);
    if (typeof parsed !== 'string') {
      // A blank line holds no entry and harms none: skipped.
      if (parsed) entries.push(parsed);
      offset = next;
      continue;
    }
    const last = bytes.toString('utf8', next).trim() === '';
    if (!last || (parsed !== 'cut short' && parsed !== NOT_JSON)) {
      throw new BatchInputError(`${path}, line ${line}: not a finished run's record (${parsed}); nothing was changed: mend or remove that line, or run the work again into another folder`);
    }
    if (repair) {
      try {
        truncateSync(path, offset);
      } catch (err) {
        throw fileSystemError(err, path) ?? err;
      }
    }
    break;
  }
  return entries;
}
