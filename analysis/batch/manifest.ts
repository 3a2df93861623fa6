/**
 * The manifest.json of a results folder (a batch, a sweep, a sensitivity analysis): written
 * when the work starts, with what makes the work what it is, and again when it finishes, with
 * the time it finished and the wall time it took.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeAtomic } from './finalize.js';
import { BatchInputError } from './input-error.js';

export interface OpenManifest {
  /** Writes the manifest again with its finishing time and wall time. */
  finish(): void;
}

/** Writes `fields` to `path`, followed by `started`, `finished` and `wallSeconds`. */
export function writeManifest(path: string, fields: Record<string, unknown>): OpenManifest {
  const started = new Date();
  const manifest = { ...fields, started: started.toISOString(), finished: null as string | null, wallSeconds: null as number | null };
  writeAtomic(path, JSON.stringify(manifest, null, 2) + '\n');
  return {
    finish() {
      manifest.finished = new Date().toISOString();
      manifest.wallSeconds = (Date.now() - started.getTime()) / 1000;
      writeAtomic(path, JSON.stringify(manifest, null, 2) + '\n');
    },
  };
}

/**
 * Refuses a folder whose manifest holds other work: any work without `resume`, or, with it,
 * work whose `key` (its identity) differs from `identity`.
 */
export function refuseOtherWork(path: string, key: string, identity: unknown, resume: boolean, messages: { occupied: string; different: string }): void {
  if (!existsSync(path)) return;
  if (!resume) throw new BatchInputError(messages.occupied);
  const previous = JSON.parse(readFileSync(path, 'utf8'));
  if (JSON.stringify(previous[key]) !== JSON.stringify(identity)) throw new BatchInputError(messages.different);
}
