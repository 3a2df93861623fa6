/**
 * Joins the shards of one batch into the files the unsharded batch would have written: the
 * shards' journals are read, checked to be of the same batch and complete, and finalised.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finalize, writeAtomic } from './finalize.js';
import { JOURNAL, readJournal } from './journal.js';
import { BatchInputError } from './run-batch.js';
import type { BatchSummary } from './summary.js';
import type { RunRecord } from './types.js';

export function mergeBatches(dirs: string[], out: string): BatchSummary {
  if (dirs.length === 0) throw new BatchInputError('name the shard folders to merge');
  const manifests = dirs.map((d) => {
    const path = join(d, 'manifest.json');
    if (!existsSync(path) || !existsSync(join(d, JOURNAL))) throw new BatchInputError(`${d} is not a batch folder (no manifest.json or ${JOURNAL})`);
    return JSON.parse(readFileSync(path, 'utf8'));
  });
  const first = manifests[0];
  const key = (m: typeof first) => JSON.stringify({ h: m.batch.scenarioHash, s: m.seed, r: m.runs, st: m.strategies, b: m.baseline });
  manifests.forEach((m, i) => {
    if (key(m) !== key(first)) throw new BatchInputError(`${dirs[i]} is from a different batch than ${dirs[0]} (scenario, seed, runs or strategies differ)`);
  });
  const byRun = new Map<number, RunRecord>();
  for (const d of dirs) for (const r of readJournal(join(d, JOURNAL))) byRun.set(r.run, r);
  const missing: number[] = [];
  for (let i = 0; i < first.runs; i++) if (!byRun.has(i)) missing.push(i);
  if (missing.length) throw new BatchInputError(`the shards lack ${missing.length} of ${first.runs} runs (first missing: ${missing.slice(0, 5).join(', ')}); finish or add the missing shards`);
  mkdirSync(out, { recursive: true });
  const records = [...byRun.values()];
  writeAtomic(join(out, JOURNAL), records.sort((a, b) => a.run - b.run).map((r) => JSON.stringify(r)).join('\n') + '\n');
  const summary = finalize(out, records, first.scenario, first.strategies, first.baseline, first.seed, first.formats);
  const manifest = { ...first, shard: { index: 0, count: 1 }, mergedFrom: dirs, batch: { ...first.batch, shard: { index: 0, count: 1 } }, finished: new Date().toISOString() };
  writeAtomic(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return summary;
}
