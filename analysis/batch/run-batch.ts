/**
 * A Monte Carlo batch: runs 0..N-1 of a scenario (this shard's share), each under every chosen
 * strategy from the same run seed, spread over worker threads; finished runs are appended to
 * the journal as they arrive; the final tables, summary and manifest are written from the
 * journal at the end. Killed and restarted with `resume`, it finishes with the same files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFields, engineId, packageVersion } from './engine-version.js';
import { finalize } from './finalize.js';
import { BatchInputError, checkRunCount, checkStrategies } from './input-error.js';
import { checkOutputFolder, makeOutputFolder } from '../files/output-paths.js';
import { lockFolder } from '../files/folder-lock.js';
import { appendRecord, JOURNAL, readJournal } from './journal.js';
import { identityDifferences, kindName, MANIFEST, manifestKind, notAManifest, readManifest, resultFiles, writeManifest } from './manifest.js';
import { finishUnlessInterrupted, runPool, type PoolHandle } from './pool.js';
import { runsOfShard } from './shard.js';
import type { BatchSummary } from './summary.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { BatchOptions, RunRecord } from './types.js';
import { checkBatchOptions } from './batch-options-check.js';

export { BatchInputError } from './input-error.js';
export { packageVersion } from './engine-version.js';

/**
 * What a batch gives back. Ctrl-C (or SIGTERM) while it runs stops it cleanly: the promise then
 * resolves with `interrupted: true` and no summary, the finished runs kept in `out` for a call
 * with `resume: true` to finish. Check `interrupted` before reading `summary`.
 */
export type BatchResult =
  | { interrupted: false; summary: BatchSummary; out: string; /** Runs done by this call (not counting those found in the journal). */ ran: number }
  | { interrupted: true; summary: null; out: string; ran: number };

/** A batch that ran to its end. */
export type FinishedBatch = Extract<BatchResult, { interrupted: false }>;

/**
 * What makes two batches the same batch (a resume must match it, and merged shards share it).
 * The engine is part of it: runs of another build are not the same runs, even from the same
 * seed, and the package version does not change with every build that changes results.
 */
function identity(o: BatchOptions, scenarioHash: string) {
  return { scenarioHash, seed: o.seed, runs: o.runs, strategies: o.strategies, shard: o.shard, baseline: o.baseline, version: packageVersion().version, engine: engineId() };
}

/**
 * A scenario as the engine sees it (parsed, defaults filled in), or the scenarios of a sweep's or
 * an analysis's points, hashed: the same from the command line and from a library call, and
 * unchanged by an edit of the file's comments.
 */
export function scenarioHash(scenario: Scenario | readonly Scenario[]): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
}

/** The SHA-256 of the scenario file's bytes, when the batch was given one, for the record. */
function scenarioFileHash(path: string | undefined): string | null {
  return path && existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}

/**
 * A batch opened for its runs: the records of its journal, the runs still to do, and `add` for
 * each new record (appended to the journal at once). `finish` writes the tables, summary and
 * manifest. `runBatch` opens one and feeds it from a pool of workers; a sweep whose points share
 * their past opens one per point and feeds them all from one pool (analysis/sweep/run-sweep.ts).
 */
export interface BatchSession {
  /** The scenario the runs play (the options', with any field it left out filled in). */
  scenario: Scenario;
  /** This shard's runs not yet in the journal, in order. */
  todo: number[];
  /** This shard's runs. */
  total: number;
  has(run: number): boolean;
  add(record: RunRecord): void;
  /** Runs added since the batch was opened. */
  ran(): number;
  finish(): FinishedBatch;
  /** Gives the folder up (its lock, if this session took one); safe to call twice. */
  release(): void;
}

/**
 * `holdRecords`: keep the records in memory for `finish` (a batch); with false they are only
 * appended to the journal, which `finish` reads back, so that the many batches of a sweep run
 * at once hold no more than one of them at a time.
 */
export function openBatch(options: BatchOptions, holdRecords = true, lock = true): BatchSession {
  // Everything that can refuse the batch comes before the folder is made or anything written in it.
  const o = { ...options, scenario: checkBatchOptions(options) };
  checkStrategies(o.scenario, o.strategies);
  checkRunCount(o.runs);
  checkOutputFolder(o.out, '--out');
  const journal = join(o.out, JOURNAL);
  const hash = scenarioHash(o.scenario);
  const id = identity(o, hash);
  const manifestPath = join(o.out, MANIFEST);
  const previous = readManifest(o.out);
  const kind = previous && manifestKind(previous);
  if (kind && kind !== 'batch') {
    throw new BatchInputError(`${o.out} holds ${kindName(kind)} (${MANIFEST}), which a batch would overwrite; choose another --out (to finish it, run firebreak ${kind} again with --resume)`);
  }
  let journalled: RunRecord[] = [];
  if (existsSync(journal)) {
    if (!o.resume) throw new BatchInputError(`${o.out} already holds a batch (${JOURNAL}); add --resume to finish it, or choose another --out`);
    // A batch writes its manifest before its first run: a journal without one (a merge stopped
    // between its two files, a manifest deleted) belongs to a batch nobody can name, and would
    // be resumed under any seed or scenario.
    if (!previous) throw new BatchInputError(`${o.out} holds ${JOURNAL} but no ${MANIFEST}: which batch its runs belong to is unknown, so they cannot be resumed; choose another --out (or, for a merge's folder, merge again)`);
    if (previous.batch === null || typeof previous.batch !== 'object') throw notAManifest(manifestPath, 'it has no "batch" identity');
    if (JSON.stringify(previous.batch) !== JSON.stringify(id)) {
      throw new BatchInputError(`${o.out} holds a different batch: ${identityDifferences(previous.batch as Record<string, unknown>, id)}; give the options it was run with (its ${MANIFEST}), or choose another --out`);
    }
    journalled = readJournal(journal, true);
  } else {
    // No journal: no finished run to keep. A batch manifest alone is a batch stopped before its
    // first run, free to start again; any other file firebreak writes (runs.csv, summary.json...)
    // is someone else's result, which the batch would overwrite.
    const found = resultFiles(o.out).filter((f) => !(f === MANIFEST && kind === 'batch'));
    if (found.length) {
      throw new BatchInputError(`${o.out} already holds ${found.join(', ')}, which a batch would overwrite (with no ${JOURNAL}, it is no batch --resume could finish); choose another --out`);
    }
  }
  makeOutputFolder(o.out);
  // A sweep holds its own folder, around its points' (`lock` false for them).
  const folderLock = lock ? lockFolder(o.out, 'batch') : null;
  const release = () => folderLock?.release();
  try {
    return startBatch(o, holdRecords, journal, manifestPath, id, journalled, release);
  } catch (err) {
    release();
    throw err;
  }
}

function startBatch(o: BatchOptions, holdRecords: boolean, journal: string, manifestPath: string, id: ReturnType<typeof identity>, journalled: RunRecord[], release: () => void): BatchSession {
  const manifest = writeManifest(manifestPath, {
    tool: 'firebreak',
    ...buildFields(),
    batch: id,
    scenarioFile: o.scenarioPath ?? null,
    scenarioFileHash: scenarioFileHash(o.scenarioPath),
    workingDirectory: process.cwd(),
    scenario: o.scenario,
    seed: o.seed,
    runs: o.runs,
    strategies: o.strategies,
    baseline: o.baseline,
    formats: o.formats,
    workers: o.workers,
    shard: o.shard,
    commandLine: o.argv ?? null,
    node: process.version,
  });

  const done = new Set(journalled.map((r) => r.run));
  const records = holdRecords ? journalled : [];
  const already = done.size;
  const ofShard = runsOfShard(o.runs, o.shard);
  return {
    scenario: o.scenario,
    todo: ofShard.filter((i) => !done.has(i)),
    total: ofShard.length,
    has: (run) => done.has(run),
    add(record) {
      if (done.has(record.run)) return;
      appendRecord(journal, record);
      if (holdRecords) records.push(record);
      done.add(record.run);
      o.onProgress?.(done.size, ofShard.length);
    },
    ran: () => done.size - already,
    finish() {
      // A full disk while writing the tables leaves no temporary file (writeFileAtomic) and the
      // journal keeps every run: --resume writes the tables again.
      const all = holdRecords ? records : readJournal(journal);
      const summary = finalize(o.out, all, o.scenario, o.strategies, o.baseline, o.seed, o.formats);
      manifest.finish();
      release();
      return { summary, out: o.out, ran: done.size - already, interrupted: false };
    },
    release,
  };
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const o = options;
  const batch = openBatch(o);
  try {
    const pool: PoolHandle = runPool(batch.scenario, o.strategies, o.seed, batch.todo, o.workers, (record) => batch.add(record));
    const interrupted = await finishUnlessInterrupted(pool);
    if (interrupted) return { summary: null, out: o.out, ran: batch.ran(), interrupted: true };
    return batch.finish();
  } finally {
    batch.release();
  }
}
