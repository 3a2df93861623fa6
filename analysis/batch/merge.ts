/**
 * Joins the shards of one batch into the files the unsharded batch would have written: the
 * shards' journals are read (never written: a shard is someone's finished work), checked to be
 * of the same batch and complete, and finalised into a folder of its own.
 */
import { realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';
import { finalize } from './finalize.js';
import { BatchInputError } from './input-error.js';
import { checkOutputFolder, fileSystemError, makeOutputFolder } from '../files/output-paths.js';
import { JOURNAL, readJournal } from './journal.js';
import { identityDifferences, kindName, MANIFEST, manifestKind, notAManifest, readManifest, resultFiles, type Manifest } from './manifest.js';
import type { BatchSummary } from './summary.js';
import type { RunRecord } from './types.js';

/** A shard's manifest, with the fields merge uses checked (a manifest from elsewhere may lack them). */
interface ShardManifest extends Manifest {
  batch: { scenarioHash: string; version?: string; engine?: string };
  version?: string;
  scenario: Parameters<typeof finalize>[2];
  seed: number;
  runs: number;
  strategies: string[];
  baseline: string;
  formats: Parameters<typeof finalize>[6];
}

/** The real path of a folder of the merge, or a user error saying why it is none. */
function shardFolder(dir: string): string {
  try {
    if (!statSync(dir).isDirectory()) throw new BatchInputError(`${dir} is a file, not a batch folder`);
    return realpathSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new BatchInputError(`${dir}: no such folder`);
    throw fileSystemError(err, dir, 'read') ?? err;
  }
}

function shardManifest(dir: string): ShardManifest {
  const m = readManifest(dir);
  const kind = m && manifestKind(m);
  if (kind && kind !== 'batch') throw new BatchInputError(`${dir} holds ${kindName(kind)}, not a batch shard; merge joins the folders of firebreak batch --shard K/N`);
  if (!m || !resultFiles(dir).includes(JOURNAL)) throw new BatchInputError(`${dir} is not a batch folder (no ${MANIFEST} or ${JOURNAL})`);
  const ok = m.batch !== null && typeof m.batch === 'object' && typeof (m.batch as Manifest).scenarioHash === 'string'
    && m.scenario !== null && typeof m.scenario === 'object' && Number.isInteger(m.seed) && Number.isInteger(m.runs)
    && Array.isArray(m.strategies) && typeof m.baseline === 'string' && Array.isArray(m.formats);
  if (!ok) throw notAManifest(join(dir, MANIFEST), 'it lacks the batch\'s identity, scenario, seed, runs, strategies, baseline or formats');
  return m as ShardManifest;
}

/** What shards of one batch share: their identity, but for the shard itself. */
const sharedIdentity = (m: ShardManifest) => ({ ...m.batch, shard: undefined, version: m.batch.version ?? m.version ?? 'unknown' });

/** What the merged manifest keeps of each shard: where and how it ran. */
const shardRecord = (dir: string, m: ShardManifest) => ({
  folder: dir, shard: m.shard, commit: m.commit, changesSinceCommit: m.changesSinceCommit ?? null, commandLine: m.commandLine ?? null,
  workers: m.workers ?? null, node: m.node ?? null, started: m.started ?? null, finished: m.finished ?? null, wallSeconds: m.wallSeconds ?? null,
});

export function mergeBatches(dirs: string[], out: string, argv?: string[]): BatchSummary {
  if (dirs.length === 0) throw new BatchInputError('name the shard folders to merge');
  // Every check before the output folder is made: a refused merge leaves nothing behind.
  const real = new Map<string, string>();
  for (const d of dirs) {
    const r = shardFolder(d);
    const twin = real.get(r);
    if (twin !== undefined) throw new BatchInputError(twin === d ? `${d} is given twice` : `${twin} and ${d} are the same folder, given twice`);
    real.set(r, d);
  }
  const manifests = dirs.map(shardManifest);
  const first = manifests[0];
  // As batch --resume does: runs of another engine (another build) are not the same runs, even from the same seed.
  const shared = sharedIdentity(first);
  manifests.forEach((m, i) => {
    const own = sharedIdentity(m);
    if (JSON.stringify(shared) !== JSON.stringify(own)) {
      throw new BatchInputError(`${dirs[i]} is from a different batch than ${dirs[0]}: ${identityDifferences(shared, own, [dirs[0], dirs[i]])}; run every shard of one batch with the same options and the same build`);
    }
  });

  checkOutputFolder(out, '--out');
  let outReal: string | undefined;
  try {
    outReal = realpathSync(out);
  } catch {
    // It does not exist yet: it cannot be a shard, and holds nothing.
  }
  if (outReal !== undefined && real.has(outReal)) throw new BatchInputError(`--out ${out} is one of the shards being merged; merge into a new folder`);
  const occupied = resultFiles(out);
  if (occupied.length) throw new BatchInputError(`--out ${out} already holds ${occupied.join(', ')}; merge into a new or empty folder`);

  const byRun = new Map<number, RunRecord>();
  for (const d of dirs) for (const r of readJournal(join(d, JOURNAL))) byRun.set(r.run, r);
  const missing: number[] = [];
  for (let i = 0; i < first.runs; i++) if (!byRun.has(i)) missing.push(i);
  if (missing.length) throw new BatchInputError(`the shards lack ${missing.length} of ${first.runs} runs (first missing: ${missing.slice(0, 5).join(', ')}); finish or add the missing shards`);
  const records = [...byRun.values()].sort((a, b) => a.run - b.run);
  const extra = records.find((r) => r.run >= first.runs);
  if (extra) throw new BatchInputError(`${dirs.find((d) => readJournal(join(d, JOURNAL)).some((r) => r.run === extra.run))}/${JOURNAL} holds run ${extra.run}, beyond the batch's ${first.runs} runs; it is not a shard of this batch`);

  makeOutputFolder(out);
  // Every file goes through writeFileAtomic, which removes its temporary and names the path on failure.
  writeFileAtomic(join(out, JOURNAL), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const summary = finalize(out, records, first.scenario, first.strategies, first.baseline, first.seed, first.formats);
  // The batch's identity and settings are the shards' own; how each shard ran is kept per shard,
  // and the times and command line are the merge's.
  const times = manifests.map((m) => Date.parse(String(m.started))).filter(Number.isFinite);
  const { commandLine: _c, workers: _w, started: _s, finished: _f, wallSeconds: _t, node: _n, workingDirectory: _d, ...settings } = first;
  const manifest = {
    ...settings,
    shard: { index: 0, count: 1 },
    batch: { ...first.batch, shard: { index: 0, count: 1 } },
    mergedFrom: dirs,
    shards: dirs.map((d, i) => shardRecord(d, manifests[i])),
    shardComputeSeconds: manifests.reduce((s, m) => s + (typeof m.wallSeconds === 'number' ? m.wallSeconds : 0), 0),
    commandLine: argv ?? null,
    workingDirectory: process.cwd(),
    node: process.version,
    started: times.length ? new Date(Math.min(...times)).toISOString() : null,
    finished: new Date().toISOString(),
  };
  writeFileAtomic(join(out, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return summary;
}
