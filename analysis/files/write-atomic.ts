/**
 * Writes files all at once: each to a temporary name beside it, then renamed over the target,
 * so an interrupted command never leaves a half-written result. A failure removes the
 * temporary files (a leftover `x.tmp-PID` is clutter the user would have to clean) and, when it
 * is the path's fault (a folder in the way, no such folder, no permission, a full disk), says
 * so as a user error naming the path rather than as an internal error.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileSystemError } from './output-paths.js';

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Several files as one: every temporary file is written before any is renamed, so a full disk
 * or a bad path found while writing leaves none of them (a `run` that cannot write its chart
 * leaves no trace file either). Only a rename failing after others succeeded leaves those.
 */
export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  const temporaries: string[] = [];
  let current = files[0]?.path;
  try {
    for (const f of files) {
      current = f.path;
      const tmp = `${f.path}.tmp-${process.pid}`;
      // Listed before the write: a write cut short by a full disk leaves a partial file to remove.
      temporaries.push(tmp);
      writeFileSync(tmp, f.data);
    }
    files.forEach((f, i) => {
      current = f.path;
      renameSync(temporaries[i], f.path);
    });
  } catch (err) {
    for (const tmp of temporaries) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing more to do: the error that matters is the one thrown below.
      }
    }
    throw fileSystemError(err, current, 'write') ?? err;
  }
}
