/**
 * Bad input to a batch, sweep or sensitivity analysis: the command line prints its message and
 * exits with code 2, with nothing written. Output paths are input too: a folder that is a file,
 * a file that is a folder or a folder that does not exist are found here before any run starts,
 * and a file-system error met later on a path the user gave is told the same way, by path.
 */
import { accessSync, constants, mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import type { Scenario } from '../../scenarios/schema.js';

export class BatchInputError extends Error {}

/** Refuses a strategy the scenario does not define, naming the ones it does. */
export function checkStrategies(scenario: Scenario, strategies: readonly string[]): void {
  for (const s of strategies) {
    // Own keys only: `in` would take "constructor" or "toString" from Object.prototype for a strategy.
    if (!Object.hasOwn(scenario.strategies, s)) throw new BatchInputError(`unknown strategy "${s}"; the scenario has: ${Object.keys(scenario.strategies).join(', ')}`);
  }
}

/**
 * Most runs in one batch (or at one point of a sweep or sensitivity analysis): the statistics
 * keep every run's row in memory (about 4.5 KB a run with three strategies, docs/performance.md),
 * so a million runs need about 4.5 GB. A larger study is several batches with other seeds.
 */
export const MAX_RUNS = 1_000_000;

/** Most runs in one sweep or sensitivity analysis (points x runs): weeks of one core's work. */
export const MAX_JOB_RUNS = 10_000_000;

/** Refuses a run count that is not a whole number from 1 to MAX_RUNS. */
export function checkRunCount(runs: number): void {
  if (!Number.isInteger(runs) || runs < 1) throw new BatchInputError(`--runs must be a whole number of at least 1, got ${runs}`);
  if (runs > MAX_RUNS) {
    throw new BatchInputError(`--runs ${runs}: at most ${MAX_RUNS.toLocaleString('en-US')} runs in one batch (its statistics keep every run's row in memory); for more, run several batches with other --seed values`);
  }
}

/** Refuses a sweep or sensitivity analysis of more than MAX_JOB_RUNS runs in all. */
export function checkJobSize(points: number, runs: number, what: string): void {
  if (points * runs > MAX_JOB_RUNS) {
    throw new BatchInputError(`${what}: ${points.toLocaleString('en-US')} points x ${runs.toLocaleString('en-US')} runs is more than the ${MAX_JOB_RUNS.toLocaleString('en-US')} runs one job may hold; use fewer points or runs`);
  }
}

/**
 * File-system error codes that say the path is wrong for what it was asked (the user's to fix),
 * with how to say so. Any other code (EMFILE, EIO...) stays an internal error.
 */
const PATH_PROBLEMS: Record<string, (path: string) => string> = {
  EACCES: () => 'permission denied',
  EPERM: () => 'operation not permitted',
  EROFS: () => 'the file system is read-only',
  ENOSPC: () => 'no space left on the device',
  EDQUOT: () => 'disk quota exceeded',
  EISDIR: (path) => `${path} is a folder, not a file`,
  ENOTDIR: (path) => `a part of ${path} is a file, not a folder`,
  EEXIST: (path) => `${path} already exists`,
  ENOENT: (path) => `${path} does not exist`,
};

/** What a failed system call was doing, for the message (`open` serves reads and writes alike). */
const DOING: Record<string, string> = {
  open: 'open', write: 'write', rename: 'write', copyfile: 'write', mkdir: 'create the folder', rmdir: 'remove', unlink: 'remove',
  read: 'read', scandir: 'read the folder', stat: 'read', lstat: 'read', access: 'use',
};

/**
 * A file-system error as a user error naming the path: `cannot write /x/t.csv: /x does not exist`.
 * `path` is the file the user named (for a write through a temporary file, the target, not the
 * temporary); without it, the error's own path. Undefined for anything that is not such an error.
 */
export function fileSystemError(err: unknown, path?: string, doing?: string): BatchInputError | undefined {
  const e = err as NodeJS.ErrnoException;
  if (!(err instanceof Error) || typeof e.code !== 'string' || !Object.hasOwn(PATH_PROBLEMS, e.code)) return undefined;
  // Without a path given, the error's own; a writer's temporary file (x.tmp-PID) is named as the file it stands for.
  const target = path ?? e.path?.replace(/\.tmp-\d+$/, '');
  if (target === undefined) return undefined;
  const verb = doing ?? (e.syscall !== undefined && Object.hasOwn(DOING, e.syscall) ? DOING[e.syscall] : 'use');
  // A write that finds no folder or a file in its way fails on the folder: name that, not the file.
  const subject = (e.code === 'ENOENT' || e.code === 'ENOTDIR') && verb === 'write' ? dirname(target) : target;
  return new BatchInputError(`cannot ${verb} ${target}: ${PATH_PROBLEMS[e.code](subject)}`);
}

/** The path, or its nearest ancestor that exists, with what it is. */
function nearestExisting(path: string): { path: string; stats: Stats } {
  let p = path;
  for (;;) {
    try {
      return { path: p, stats: statSync(p) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // ENOTDIR: a file stands where a folder of the path should be; it is found further up.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fileSystemError(err, p) ?? err;
      const up = dirname(p);
      if (up === p) throw fileSystemError(err, p) ?? err;
      p = up;
    }
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses an output folder firebreak could not write in, before any work starts: a file, a path
 * through a file, a folder without write permission, or (unless `create`) a folder that does
 * not exist. `option` and `given` name it as the user did (`--out afile/sub`).
 */
export function checkOutputFolder(dir: string, option: string, create = true, given = dir): void {
  const found = nearestExisting(dir);
  if (!found.stats.isDirectory()) throw new BatchInputError(`${option} ${given}: ${found.path} is a file, not a folder`);
  if (found.path !== dir && !create) throw new BatchInputError(`${option} ${given}: the folder ${dir} does not exist`);
  if (!writable(found.path)) throw new BatchInputError(`${option} ${given}: cannot write in ${found.path} (permission denied)`);
}

/**
 * Refuses an output file firebreak could not write: a folder, something that is not a plain
 * file (a device: the temporary file renamed over it would replace it), or a file whose folder
 * it could not write in. `createFolders`: the command makes the missing folders of the path.
 */
export function checkOutputFile(path: string, option: string, createFolders = false): void {
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fileSystemError(err, path) ?? err;
  }
  if (stats?.isDirectory()) throw new BatchInputError(`${option} ${path}: it is a folder; name a file to write`);
  if (stats && !stats.isFile()) throw new BatchInputError(`${option} ${path}: it is not a plain file; name a file to write`);
  checkOutputFolder(dirname(path), option, createFolders, path);
}

/** Makes an output folder (and its parents) already checked by checkOutputFolder; a late failure is told by path. */
export function makeOutputFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw fileSystemError(err, dir, 'create the folder') ?? err;
  }
}
