import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder, STALE_MS } from '../../../analysis/files/folder-lock.js';

const dir = () => mkdtempSync(join(tmpdir(), 'firebreak-lock-'));
const cli = join(process.cwd(), 'dist/cli/index.js');

describe('one batch at a time in a folder', () => {
  it('refuses a second holder, naming the first, and is free again once released', () => {
    const d = dir();
    const first = lockFolder(d, 'batch');
    expect(JSON.parse(readFileSync(join(d, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), what: 'batch' });
    expect(() => lockFolder(d, 'sweep')).toThrow(new RegExp(`is in use by another batch \\(process ${process.pid} on ${hostname()}, started .*\\): two at once would each run every run`));
    expect(readdirSync(d)).toEqual([LOCK_FILE]);
    first.release();
    expect(readdirSync(d)).toEqual([]);
    lockFolder(d, 'batch').release();
    first.release();
  });

  it('takes over the lock of a process that died on this machine, or one silent for a minute on another', () => {
    const d = dir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), started: 'then', what: 'batch' }));
    lockFolder(d, 'batch').release();

    writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: 1, host: 'node-17.cluster', started: 'then', what: 'batch' }));
    expect(() => lockFolder(d, 'batch')).toThrow(/in use by another batch \(process 1 on node-17\.cluster/);
    const old = new Date(Date.now() - STALE_MS - 5_000);
    utimesSync(join(d, LOCK_FILE), old, old);
    lockFolder(d, 'batch').release();
  });

  it("takes over a restarted container's lock: same host and process number, not held by this process", () => {
    const d = dir();
    // A container restarted in its pod gets the host name and, in a new process namespace, often the number of the one that died.
    writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), started: 'before the restart', what: 'batch' }));
    const lock = lockFolder(d, 'batch');
    expect(JSON.parse(readFileSync(join(d, LOCK_FILE), 'utf8')).started).not.toBe('before the restart');
    // This process's own lock, however the folder is spelt, is not taken over.
    expect(() => lockFolder(join(d, '.', '..', d.split('/').pop()!), 'sweep')).toThrow(/is in use by another batch/);
    lock.release();
    // A process number now used by another live process on this host: the silence gives the dead holder away.
    writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: 1, host: hostname(), started: 'then', what: 'batch' }));
    expect(() => lockFolder(d, 'batch')).toThrow(/in use by another batch \(process 1 on /);
    const old = new Date(Date.now() - STALE_MS - 5_000);
    utimesSync(join(d, LOCK_FILE), old, old);
    lockFolder(d, 'batch').release();
  });

  it('stops a second copy of a running batch at once, and the first finishes every run once', async () => {
    const d = dir();
    const scenario = join(d, 'small.yaml');
    writeFileSync(scenario, readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('grid: 50', 'grid: 20').replace('horizon: 120', 'horizon: 48'));
    const out = join(d, 'out');
    const args = [cli, 'batch', scenario, '--runs', '40', '--seed', '2', '--workers', '1', '--out', out, '--resume'];
    const first = spawn(process.execPath, args, { stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => first.on('exit', resolve));
    while (!existsSync(join(out, LOCK_FILE))) await new Promise((r) => setTimeout(r, 5));
    // Frozen while the second copy starts: on a busy machine the first could otherwise finish
    // its 40 small runs before the second has loaded, and the second would rightly find a free folder.
    first.kill('SIGSTOP');
    const second = spawnSync(process.execPath, args, { encoding: 'utf8' });
    first.kill('SIGCONT');
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`is in use by another batch \\(process ${first.pid} on `));
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(await done).toBe(0);
    const runs = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).run as number);
    expect(runs).toHaveLength(40);
    expect(new Set(runs).size).toBe(40);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });
});
