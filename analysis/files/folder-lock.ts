/**
 * One batch, sweep or analysis at a time in an output folder. Two copies of one command started
 * on the same folder (a requeued cluster task while the first is still alive, a command typed
 * twice) would each run every run and append to the same journal: the files come out right, but
 * the work is done twice without a word. The second now stops at once and says who holds the
 * folder.
 *
 * The lock is a file holding the process, host and start, put in place with link(2), which fails
 * if the name exists and gives the file whole: a reader never sees it half-written (an O_EXCL
 * create leaves it empty until the write), and link is atomic on NFS too. A lock whose holder
 * has died does not block for ever: on the same host a dead process is seen at once; on another
 * host (a shared file system on a cluster) the holder touches the file every HEARTBEAT_MS, so a
 * lock left untouched for STALE_MS is taken over.
 */
import { linkSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { BatchInputError } from '../batch/input-error.js';
import { fileSystemError } from './output-paths.js';

export const LOCK_FILE = '.firebreak-lock';
const HEARTBEAT_MS = 10_000;
/** Six missed heartbeats: far longer than any pause of a live process's event loop. */
export const STALE_MS = 60_000;

interface Holder {
  pid: number;
  host: string;
  started: string;
  what: string;
}

export interface FolderLock {
  /** Removes the lock (if it is still this process's); safe to call twice. */
  release(): void;
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? { pid: h.pid, host: h.host, started: String(h.started), what: String(h.what) } : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the lock's holder is gone: dead on this host, or silent for STALE_MS. */
function stale(path: string, holder: Holder | null): boolean {
  if (holder !== null && holder.host === hostname()) return holder.pid !== process.pid && !alive(holder.pid);
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_MS;
  } catch {
    return true;
  }
}

/** Puts `draft` in place as the lock; where the file system has no hard links (FAT), an O_EXCL create. */
function placeLock(draft: string, path: string, content: string): void {
  try {
    linkSync(draft, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw err;
    writeFileSync(path, content, { flag: 'wx' });
  }
}

/** Takes the folder `dir` (which exists) for `what` ("batch", "sweep"...), or refuses with who holds it. */
export function lockFolder(dir: string, what: string): FolderLock {
  const path = join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString(), what });
  const draft = `${path}.${hostname()}.${process.pid}`;
  try {
    writeFileSync(draft, mine);
  } catch (err) {
    throw fileSystemError(err, draft) ?? err;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      placeLock(draft, path, mine);
      rmSync(draft, { force: true });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        rmSync(draft, { force: true });
        throw fileSystemError(err, path) ?? err;
      }
      const holder = readHolder(path);
      // One takeover of a dead holder's lock; two takers racing for it meet at the link.
      if (attempt === 0 && stale(path, holder)) {
        rmSync(path, { force: true });
        continue;
      }
      rmSync(draft, { force: true });
      const who = holder === null ? 'another process' : `another ${holder.what} (process ${holder.pid} on ${holder.host}, started ${holder.started})`;
      throw new BatchInputError(
        `${dir} is in use by ${who}: two at once would each run every run. Wait for it to finish or stop it; if none is running, delete ${path} (a lock whose holder died is taken over after ${STALE_MS / 1000} s, at once on the same machine)`,
      );
    }
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // Gone or unwritable: the run goes on; at worst another process may take the folder over.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    clearInterval(heartbeat);
    process.off('exit', release);
    try {
      if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
    } catch {
      // Already removed.
    }
  };
  // A process that exits without reaching its finally (process.exit on a signal) leaves no lock.
  process.on('exit', release);
  return { release };
}
