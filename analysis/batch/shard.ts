/**
 * Which runs a shard does: run i belongs to shard i mod N. The shard comes from `--shard K/N`
 * or from an array job's environment (Slurm, Kubernetes Indexed Jobs).
 */
import type { Shard } from './types.js';

export function parseShard(text: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return `--shard must look like K/N (e.g. 0/4), got "${text}"`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) return `--shard ${text}: K must be from 0 to N-1 and N at least 1`;
  return { index, count };
}

/** A shard from the environment of an array job, or null when there is none. */
export function shardFromEnvironment(env: Record<string, string | undefined>): Shard | string | null {
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const count = env.SLURM_ARRAY_TASK_COUNT;
    if (count === undefined) return 'SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not: submit with --array=0-(N-1)';
    const min = Number(env.SLURM_ARRAY_TASK_MIN ?? 0);
    return parseShard(`${Number(env.SLURM_ARRAY_TASK_ID) - min}/${count}`);
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const count = env.FIREBREAK_SHARDS;
    if (count === undefined) return 'JOB_COMPLETION_INDEX is set: give the number of shards in FIREBREAK_SHARDS (the Job\'s completions)';
    return parseShard(`${env.JOB_COMPLETION_INDEX}/${count}`);
  }
  return null;
}

export function runsOfShard(runs: number, shard: Shard): number[] {
  const out: number[] = [];
  for (let i = shard.index; i < runs; i += shard.count) out.push(i);
  return out;
}
