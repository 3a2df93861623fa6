/**
 * The batch journal (records.jsonl): one line per finished run, appended as runs finish, so a
 * batch killed at any moment loses no finished run. On resume a torn last line (the process
 * died mid-write) is cut off and its run done again. The journal stays beside the results:
 * `firebreak merge` joins shards from their journals.
 */
import { appendFileSync, existsSync, readFileSync, truncateSync } from 'node:fs';
import type { RunRecord } from './types.js';

export const JOURNAL = 'records.jsonl';

export function appendRecord(path: string, record: RunRecord): void {
  appendFileSync(path, JSON.stringify(record) + '\n');
}

/** Reads every complete record; cuts a torn last line off the file. */
export function readJournal(path: string): RunRecord[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const records: RunRecord[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end < 0) break;
    const line = text.slice(offset, end);
    try {
      records.push(JSON.parse(line) as RunRecord);
    } catch {
      break;
    }
    offset = end + 1;
  }
  if (offset < Buffer.byteLength(text)) truncateSync(path, Buffer.byteLength(text.slice(0, offset)));
  return records;
}
