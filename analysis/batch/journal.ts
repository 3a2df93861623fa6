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

/** The record a journal line holds, or why it holds none. */
function parseRecord(line: string): RunRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
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
  if (!existsSync(path)) return [];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw fileSystemError(err, path, 'read') ?? err;
  }
  const records: RunRecord[] = [];
  let offset = 0;
  for (let line = 1; offset < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, offset);
    const next = newline < 0 ? bytes.length : newline + 1;
    const text = bytes.toString('utf8', offset, newline < 0 ? bytes.length : newline);
    const parsed = newline < 0 ? 'cut short' : text.trim() === '' ? null : parseRecord(text);
    if (typeof parsed === 'object') {
      // A blank line holds no record and harms none: skipped.
      if (parsed) records.push(parsed);
      offset = next;
      continue;
    }
    const last = bytes.toString('utf8', next).trim() === '';
    if (!last || (parsed !== 'cut short' && parsed !== 'not valid JSON')) {
      throw new BatchInputError(`${path}, line ${line}: not a finished run's record (${parsed}); nothing was changed: mend or remove that line, or run the batch again into another folder`);
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
  return records;
}
