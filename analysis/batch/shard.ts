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
  if (!Number.isSafeInteger(count)) return `--shard ${text}: N must be a whole number up to ${Number.MAX_SAFE_INTEGER}`;
  if (count < 1 || index >= count) return `--shard ${text}: K must be from 0 to N-1 and N at least 1`;
  return { index, count };
}

/** A shard from the environment of an array job, or null when there is none. */
export function shardFromEnvironment(env: Record<string, string | undefined>): Shard | string | null {
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const count = env.SLURM_ARRAY_TASK_COUNT;
    if (count === undefined) return 'SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not: submit with --array=0-(N-1)';
    const bad = notWhole(env, ['SLURM_ARRAY_TASK_ID', 'SLURM_ARRAY_TASK_COUNT', 'SLURM_ARRAY_TASK_MIN', 'SLURM_ARRAY_TASK_MAX', 'SLURM_ARRAY_TASK_STEP']);
    if (bad) return bad;
    const min = Number(env.SLURM_ARRAY_TASK_MIN ?? 0);
    // A step (--array=0-20:2) or a list (--array=0,5,9) leaves gaps: task ids minus the first
    // are not the shards 0 to N-1, so some shards would run twice and others never. Every task
    // sees it in its environment and stops at once, rather than half of them after their work.
    const max = env.SLURM_ARRAY_TASK_MAX === undefined ? undefined : Number(env.SLURM_ARRAY_TASK_MAX);
    const step = env.SLURM_ARRAY_TASK_STEP === undefined ? 1 : Number(env.SLURM_ARRAY_TASK_STEP);
    if (step !== 1 || (max !== undefined && max - min + 1 !== Number(count))) {
      return `the Slurm array is not one run of consecutive task ids (${count} tasks from ${min} to ${max ?? '?'}${step !== 1 ? `, step ${step}` : ''}): each task's shard is its id minus the first, so submit with --array=0-${Number(count) - 1} (a % limit is fine)`;
    }
    const index = Number(env.SLURM_ARRAY_TASK_ID) - min;
    if (index < 0 || index >= Number(count)) return `SLURM_ARRAY_TASK_ID ${env.SLURM_ARRAY_TASK_ID} is outside the array of ${count} tasks from ${min}: submit with --array=0-(N-1)`;
    return parseShard(`${index}/${count}`);
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const count = env.FIREBREAK_SHARDS;
    if (count === undefined) return 'JOB_COMPLETION_INDEX is set: give the number of shards in FIREBREAK_SHARDS (the Job\'s completions)';
    const bad = notWhole(env, ['JOB_COMPLETION_INDEX', 'FIREBREAK_SHARDS']);
    if (bad) return bad;
    if (Number(env.JOB_COMPLETION_INDEX) >= Number(count)) return `JOB_COMPLETION_INDEX ${env.JOB_COMPLETION_INDEX} is not below FIREBREAK_SHARDS ${count}: set FIREBREAK_SHARDS to the Job's completions`;
    return parseShard(`${env.JOB_COMPLETION_INDEX}/${count}`);
  }
  // Set alone, it would be ignored: every copy of the job would run the whole batch.
  if (env.FIREBREAK_SHARDS !== undefined) {
    return `FIREBREAK_SHARDS is set (${env.FIREBREAK_SHARDS}) but JOB_COMPLETION_INDEX is not: FIREBREAK_SHARDS counts the shards of a Kubernetes Indexed Job, whose index comes in JOB_COMPLETION_INDEX; to run one shard by hand give --shard K/N, or else unset FIREBREAK_SHARDS`;
  }
  return null;
}

/** The first of the named variables that is set but not a whole number, as a message. */
function notWhole(env: Record<string, string | undefined>, names: string[]): string | null {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && !/^\d+$/.test(value.trim())) return `${name} must be a whole number, got "${value}"`;
  }
  return null;
}

/**
 * Why a shard would have no runs, or null. An array job with more tasks than runs would write
 * folders with nothing in them; better to say so at once than to merge empty statistics.
 */
export function emptyShard(shard: Shard, runs: number): string | null {
  if (shard.index < runs) return null;
  return `shard ${shard.index}/${shard.count} has no runs: with --runs ${runs}, runs go to shards 0 to ${Math.min(runs, shard.count) - 1}; use at most ${runs} shards`;
}

export function runsOfShard(runs: number, shard: Shard): number[] {
  const out: number[] = [];
  for (let i = shard.index; i < runs; i += shard.count) out.push(i);
  return out;
}
