import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whereTheyDiffer } from '../../analysis/batch/manifest.js';
import { parseShard, shardFromEnvironment } from '../../analysis/batch/shard.js';
import { batchOptions, checkSeed, folderName, formatsOption, type BatchArgs } from '../../cli/batch-options.js';
import { repeatedOption } from '../../cli/repeated-option.js';
import { UserError } from '../../cli/user-error.js';

describe('--format', () => {
  it('takes a comma-separated list in any case, each format once', () => {
    expect(formatsOption('csv,arrow')).toEqual(['csv', 'arrow']);
    expect(formatsOption(' CSV , csv,JSONL ')).toEqual(['csv', 'jsonl']);
  });
  it('refuses an empty list and an unknown format with a message naming what it accepts', () => {
    expect(() => formatsOption('')).toThrow(UserError);
    expect(() => formatsOption(' , ')).toThrow(/name at least one of csv, jsonl, arrow/);
    expect(() => formatsOption('csv,parquet')).toThrow(/--format parquet: expected csv, jsonl or arrow/);
  });
});

const args = (over: Partial<BatchArgs>): BatchArgs => ({
  scenario: 'scenarios/fragile-state.yaml', strategies: 'all', runs: 10, seed: 1, workers: 0, format: 'csv', resume: false, baseline: 'none', report: false, out: '/tmp/not-written', ...over,
});

describe('batch options', () => {
  it('counts a strategy named twice once', () => {
    expect(batchOptions(args({ strategies: 'early,early,none' }), () => 'x').strategies).toEqual(['early', 'none']);
  });
  it('refuses a shard that would have no runs, before anything is written', () => {
    expect(() => batchOptions(args({ runs: 2, shard: '3/4' }), () => 'x')).toThrow(/shard 3\/4 has no runs: with --runs 2.*use at most 2 shards/);
    expect(batchOptions(args({ runs: 2, shard: '1/4' }), () => 'x').shard).toEqual({ index: 1, count: 4 });
  });
  it('refuses seeds a double cannot hold exactly', () => {
    expect(() => checkSeed(2 ** 53 + 2)).toThrow(/at most 9007199254740991/);
    expect(() => checkSeed(2 ** 53 - 1)).not.toThrow();
  });
});

describe('shards from an array job', () => {
  it('names the variable that is not a whole number', () => {
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: 'abc', SLURM_ARRAY_TASK_COUNT: '4' })).toBe('SLURM_ARRAY_TASK_ID must be a whole number, got "abc"');
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: '2', FIREBREAK_SHARDS: 'four' })).toBe('FIREBREAK_SHARDS must be a whole number, got "four"');
    // Alone it would be ignored, and every copy of the job would run the whole batch.
    expect(shardFromEnvironment({ FIREBREAK_SHARDS: '4' })).toMatch(/^FIREBREAK_SHARDS is set \(4\) but JOB_COMPLETION_INDEX is not: .* give --shard K\/N, or else unset FIREBREAK_SHARDS$/);
    expect(shardFromEnvironment({})).toBeNull();
  });
  it('takes Slurm task ids from the array minimum and refuses ids outside the array', () => {
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '3' })).toEqual({ index: 2, count: 4 });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '9', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '3' })).toMatch(/outside the array of 4 tasks from 3/);
    // --array=3-6 sets MAX too; a step (--array=0-20:2) or a list (--array=0,5,9) is refused by every task at once.
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '3', SLURM_ARRAY_TASK_MAX: '6', SLURM_ARRAY_TASK_STEP: '1' })).toEqual({ index: 2, count: 4 });
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '11', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '20', SLURM_ARRAY_TASK_STEP: '2' })).toBe(
      'the Slurm array is not one run of consecutive task ids (11 tasks from 0 to 20, step 2): each task\'s shard is its id minus the first, so submit with --array=0-10 (a % limit is fine)',
    );
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '9' })).toMatch(/^the Slurm array is not one run of consecutive task ids \(3 tasks from 0 to 9\)/);
  });
});

describe('options given twice', () => {
  it('names the repeated option, long or short, and stops at --', () => {
    expect(repeatedOption(['run', 'a.yaml', '--seed', '7', '--seed', '1'])).toBe('--seed is given twice; give it once');
    expect(repeatedOption(['run', 'a.yaml', '--seed=7', '--seed', '1'])).toBe('--seed is given twice; give it once');
    expect(repeatedOption(['run', 'a.yaml', '-s', 'early', '-s', 'late'])).toBe('-s is given twice; give it once');
    expect(repeatedOption(['run', 'a.yaml', '--strategy', 'early', '-s', 'late'])).toBe('--strategy and -s are the same option; give it once');
    expect(repeatedOption(['batch', 'a.yaml', '--runs', '5', '--seed', '-3', '--', '--runs'])).toBeNull();
  });
  it('lets a sweep name several --vary', () => {
    expect(repeatedOption(['sweep', 'a.yaml', '--vary', 'population.density=0.5,0.6', '--vary', 'elite.exclusionary=0.4,0.8'])).toBeNull();
  });
});

describe('the default output folder', () => {
  it('keeps accented letters without their accents, and is empty for a name in another script', () => {
    expect(folderName('Fragile state')).toBe('fragile-state');
    expect(folderName('../../escape me: Ünï/cöde')).toBe('escape-me-uni-code');
    expect(folderName('Côte d’Ivoire 2002')).toBe('cote-d-ivoire-2002');
    expect(folderName('Руанда')).toBe('');
  });
  it('falls back to the file\'s name, never to results/ itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-name-'));
    const file = join(dir, 'rwanda-ru.yaml');
    writeFileSync(file, readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('name: Fragile state', 'name: Руанда'));
    expect(batchOptions(args({ scenario: file, out: undefined }), (slug) => `results/${slug}`).out).toBe('results/rwanda-ru');
    rmSync(dir, { recursive: true });
  });
});

describe('--shard', () => {
  it('takes K/N with K below N, and numbers as written', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard('4/4')).toMatch(/K must be from 0 to N-1/);
    // Past 2^53 a number is not itself any more: refused rather than reprinted as 1e+21.
    expect(parseShard('99999999999999999999/999999999999999999999')).toBe('--shard 99999999999999999999/999999999999999999999: N must be a whole number up to 9007199254740991');
  });
});

describe('a refused resume says what differs', () => {
  it('shows short values whole, and long ones around their first difference', () => {
    expect(whereTheyDiffer('12', '13')).toEqual(['12', '13']);
    const recorded = JSON.stringify([{ path: 'elite.exclusionary', lower: 0.2, upper: 0.6 }, { path: 'population.vision', lower: 3, upper: 9 }]);
    const now = recorded.replace('"upper":9', '"upper":12');
    const [a, b] = whereTheyDiffer(recorded, now);
    expect(a).toContain('"upper":9');
    expect(b).toContain('"upper":12');
    expect(a.startsWith('...')).toBe(true);
  });
});
