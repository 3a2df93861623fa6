/**
 * Writes a file all at once: to a temporary name beside it, then renamed over the target,
 * so an interrupted command never leaves a half-written result.
 */
import { renameSync, writeFileSync } from 'node:fs';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
