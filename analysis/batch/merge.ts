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
import { kindName, MANIFEST, manifestKind, notAManifest, readManifest, resultFiles, type Manifest } from './manifest.js';
import type { BatchSummary } from './summary.js';
import type { RunRecord } from './types.js';

/** A shard's manifest, with the fields merge uses checked (a manifest from elsewhere may lack them). */
interface ShardManifest extends Manifest {
  batch: { scenarioHash: string; version?: string };
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

/** The version of firebreak that ran a shard's runs (the batch identity's, else the manifest's). */
const versionOf = (m: ShardManifest) => m.batch.version ?? m.version ?? 'unknown';

export function mergeBatches(dirs: string[], out: string): BatchSummary {
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
  const key = (m: ShardManifest) => JSON.stringify({ h: m.batch.scenarioHash, s: m.seed, r: m.runs, st: m.strategies, b: m.baseline });
  manifests.forEach((m, i) => {
    if (key(m) !== key(first)) throw new BatchInputError(`${dirs[i]} is from a different batch than ${dirs[0]} (scenario, seed, runs or strategies differ)`);
    // As batch --resume does: runs of another engine version are not the same runs, even from the same seed.
    if (versionOf(m) !== versionOf(first)) {
      throw new BatchInputError(`${dirs[i]} was run by firebreak ${versionOf(m)} and ${dirs[0]} by ${versionOf(first)}: runs of different versions are not the same runs; run every shard with one version`);
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
  const manifest = { ...first, shard: { index: 0, count: 1 }, mergedFrom: dirs, batch: { ...first.batch, shard: { index: 0, count: 1 } }, finished: new Date().toISOString() };
  writeFileAtomic(join(out, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return summary;
}
