/**
 * Output paths are input too: a folder that is a file, a file that is a folder or a folder that
 * does not exist are found here before any run starts, and a file-system error met later on a
 * path the user gave is told the same way, by path, as a BatchInputError (exit 2).
 */
import { accessSync, constants, existsSync, mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BatchInputError } from '../batch/input-error.js';

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
  // One level at a time, from the nearest folder that exists: Node 20's recursive mkdir loops for
  // ever where a file system answers ENOENT for a folder whose parent exists (/proc/x).
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw fileSystemError(err, dir, 'create the folder') ?? err;
    }
  }
}
