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
 * has died does not block for ever: on the same host a dead process is seen at once; anywhere
 * (a shared file system on a cluster) the holder touches the file every HEARTBEAT_MS, so a lock
 * left untouched for STALE_MS is taken over.
 */
import { linkSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Lock files this process holds now: a lock naming this process but not in here is a former life's. */
const heldHere = new Set<string>();

/**
 * True when the lock's holder is gone: silent for STALE_MS (a live holder touches the file every
 * HEARTBEAT_MS, wherever it runs), or, on this host, a process that has died, or this process's
 * number in a lock this process does not hold. A restarted container (a Kubernetes Job's
 * `restartPolicy: OnFailure`, a Slurm requeue on the same node) has the same host name and, in a
 * fresh process namespace, often the same process number as the one that died; a process number
 * may also have been reused by an unrelated process, which the silence then gives away. (Runs in
 * worker threads leave the heartbeat free; with no workers it beats between runs, so only a single
 * run longer than STALE_MS would look like silence.)
 */
function stale(path: string, holder: Holder | null): boolean {
  if (holder !== null && holder.host === hostname()) {
    if (holder.pid === process.pid ? !heldHere.has(path) : !alive(holder.pid)) return true;
  }
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_MS;
  } catch {
    return true;
  }
}

function canonical(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
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
  // One spelling of the folder, so that this process knows its own lock however it was named.
  const path = join(canonical(dir), LOCK_FILE);
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
  heldHere.add(path);
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
    heldHere.delete(path);
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
