/**
 * The Monte Carlo issue's acceptance checks 1 to 3: byte-identical results for any number of
 * workers and any sharding, a batch killed with SIGKILL (or stopped with Ctrl-C) and resumed
 * equals an uninterrupted one, and runs.arrow matches runs.csv.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeBatches } from '../../../analysis/batch/merge.js';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import { arrowBytes } from '../../../analysis/batch/tables.js';
import { arrowColumnType } from '../../../analysis/batch/columns.js';
import { FEW_RUNS, fewRunsWarning } from '../../../analysis/batch/small-batch.js';
import type { BatchOptions } from '../../../analysis/batch/types.js';
import { loadScenarioFile } from '../../../cli/load-scenario.js';

const cli = join(process.cwd(), 'dist/cli/index.js');
const dir = () => mkdtempSync(join(tmpdir(), 'firebreak-batch-'));
const read = (d: string, f: string) => readFileSync(join(d, f), 'utf8');

/** A small, fast version of the default scenario, written to a file for the CLI tests. */
let smallScenario = '';
beforeAll(() => {
  const text = readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('grid: 50', 'grid: 20').replace('horizon: 120', 'horizon: 48');
  smallScenario = join(dir(), 'small.yaml');
  writeFileSync(smallScenario, text);
});

function options(out: string, patch: Partial<BatchOptions> = {}): BatchOptions {
  const scenario = loadScenarioFile(smallScenario);
  return {
    scenario,
    scenarioPath: smallScenario,
    strategies: ['none', 'early', 'late'],
    runs: 24,
    seed: 5,
    workers: 1,
    out,
    formats: ['csv', 'jsonl', 'arrow'],
    resume: false,
    shard: { index: 0, count: 1 },
    baseline: 'none',
    ...patch,
  };
}

/** Sends `signal` to a running batch once its journal holds at least `lines` finished runs. */
function signalOnceJournalHas(child: ChildProcess, journal: string, lines: number, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const kept = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 1 : 0;
      if (kept >= lines) {
        clearInterval(timer);
        child.kill(signal);
        resolve();
      }
    }, 5);
  });
}

const FILES = ['runs.csv', 'runs.jsonl', 'series.csv', 'stages.csv', 'summary.json'];

describe('batches', () => {
  it('gives byte-identical files with 1 and 2 workers, and with 3 shards merged', async () => {
    const one = dir();
    const two = dir();
    await runBatch(options(one, { workers: 1 }));
    await runBatch(options(two, { workers: 2 }));
    const shards = [0, 1, 2].map(() => dir());
    for (let k = 0; k < 3; k++) await runBatch(options(shards[k], { workers: 2, shard: { index: k, count: 3 } }));
    const merged = dir();
    mergeBatches(shards, merged);
    for (const f of FILES) {
      expect(read(two, f), f).toBe(read(one, f));
      expect(read(merged, f), f).toBe(read(one, f));
    }
    expect(read(one, 'runs.csv').trim().split('\n')).toHaveLength(1 + 24 * 3);
    // Every strategy of a run starts from the same seed (common random numbers).
    const rows = read(one, 'runs.csv').trim().split('\n').slice(1).map((l) => l.split(','));
    for (let i = 0; i < rows.length; i += 3) expect(new Set(rows.slice(i, i + 3).map((r) => r[1])).size).toBe(1);
  });

  it('warns that the intervals of a batch of a few runs are too narrow to read, in the table and in the report', () => {
    const out = dir();
    const r = spawnSync(process.execPath, [cli, 'batch', smallScenario, '--runs', '2', '--seed', '3', '--workers', '1', '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/warning: only 2 paired runs: the bootstrap intervals .* too narrow below about 30 runs/);
    const report = spawnSync(process.execPath, [cli, 'report', out], { encoding: 'utf8' });
    expect(report.status, report.stderr).toBe(0);
    expect(read(out, 'report.html')).toMatch(/<strong>Warning:<\/strong> Only 2 paired runs/);
    expect(fewRunsWarning(1)).toMatch(/^only 1 paired run:/);
    expect(fewRunsWarning(FEW_RUNS)).toBeNull();
  });

  it('refuses to merge an incomplete set of shards', async () => {
    const a = dir();
    await runBatch(options(a, { shard: { index: 0, count: 2 }, runs: 4 }));
    expect(() => mergeBatches([a], dir())).toThrow(/lack 2 of 4 runs/);
  });

  it('refuses to resume or merge runs of another build, naming what differs; the merged manifest keeps each shard', async () => {
    const a = dir();
    const b = dir();
    await runBatch(options(a, { shard: { index: 0, count: 2 }, runs: 4 }));
    await runBatch(options(b, { shard: { index: 1, count: 2 }, runs: 4 }));
    const merged = dir();
    mergeBatches([a, b], merged, ['merge', a, b]);
    const m = JSON.parse(read(merged, 'manifest.json'));
    expect(m.shards.map((x: { folder: string }) => x.folder)).toEqual([a, b]);
    expect(m.commandLine).toEqual(['merge', a, b]);
    expect(m.shardComputeSeconds).toBeGreaterThan(0);
    // The same options from the library and from a file: one identity (the scenario as parsed).
    expect(JSON.parse(read(a, 'manifest.json')).batch.scenarioHash).toBe(JSON.parse(read(b, 'manifest.json')).batch.scenarioHash);
    // Shard b as if run by another build.
    const manifest = JSON.parse(read(b, 'manifest.json'));
    manifest.batch.engine = '0000000000000000000000000000000000000000';
    writeFileSync(join(b, 'manifest.json'), JSON.stringify(manifest));
    expect(() => mergeBatches([a, b], dir())).toThrow(/from a different batch than .*: the engine \(the commit it was built from.*: 0{40}\)/);
    await expect(runBatch(options(b, { shard: { index: 1, count: 2 }, runs: 4, resume: true }))).rejects.toThrow(/holds a different batch: the engine .*recorded: 0{40}; now: /);
    await expect(runBatch(options(a, { shard: { index: 0, count: 2 }, runs: 4, resume: true, seed: 6 }))).rejects.toThrow(/holds a different batch: the seed \(recorded: 5; now: 6\)/);
  });

  it('refuses to resume a journal without a manifest (whose batch is unknown), and counts a run journalled twice once', async () => {
    const a = dir();
    await runBatch(options(a, { runs: 4 }));
    const whole = read(a, 'runs.csv');
    const journal = readFileSync(join(a, 'records.jsonl'), 'utf8');
    // Two processes that both ran the batch (one frozen past the lock's minute) leave every line twice.
    writeFileSync(join(a, 'records.jsonl'), journal + journal);
    await runBatch(options(a, { runs: 4, resume: true }));
    expect(read(a, 'runs.csv')).toBe(whole);
    rmSync(join(a, 'manifest.json'));
    await expect(runBatch(options(a, { runs: 4, resume: true, seed: 6 }))).rejects.toThrow(/holds records\.jsonl but no manifest\.json: which batch its runs belong to is unknown/);
  });

  it('loads runs.arrow with apache-arrow, matching runs.csv row for row', async () => {
    const out = dir();
    await runBatch(options(out, { runs: 6 }));
    const table = tableFromIPC(readFileSync(join(out, 'runs.arrow')));
    const lines = read(out, 'runs.csv').trim().split('\n');
    const header = lines[0].split(',');
    expect(table.numRows).toBe(lines.length - 1);
    expect(table.schema.fields.map((f) => f.name)).toEqual(header);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',');
      const row = table.get(i)!.toJSON() as Record<string, unknown>;
      header.forEach((col, j) => {
        const v = row[col];
        expect(v === null || v === undefined ? '' : String(v), `${col} of row ${i}`).toBe(cells[j]);
      });
    });
    // Whole numbers load as integers, people and dollars as floats, names as strings.
    const type = (name: string) => String(table.schema.fields.find((f) => f.name === name)!.type);
    expect(type('run')).toBe('Int32');
    expect(type('seed')).toBe('Uint32');
    expect(type('atrocity_onset')).toBe('Int32');
    expect(type('months_mass_atrocity')).toBe('Int32');
    expect(type('civilian_deaths')).toBe('Float64');
    expect(type('cost')).toBe('Float64');
    expect(type('strategy')).toMatch(/^Dictionary<.*Utf8>$/);
    // The same rows give the same bytes, however many tables the process built before.
    const cols = header;
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, j) => [cols[j], v === '' ? null : /^[a-z]/.test(v) ? v : Number(v)])));
    expect(Buffer.from(arrowBytes(cols, rows, arrowColumnType)).equals(Buffer.from(arrowBytes(cols, rows, arrowColumnType)))).toBe(true);
    expect(Buffer.from(arrowBytes(cols, rows, arrowColumnType)).equals(readFileSync(join(out, 'runs.arrow')))).toBe(true);
  });

  it('resumes a batch killed with SIGKILL into the same files as an uninterrupted one', async () => {
    const whole = dir();
    const killed = dir();
    const args = ['batch', smallScenario, '--runs', '40', '--seed', '9', '--workers', '2', '--format', 'csv,jsonl'];
    expect(spawnSync(process.execPath, [cli, ...args, '--out', whole]).status).toBe(0);
    // Start the same batch, and kill it once some runs are in the journal.
    const child = spawn(process.execPath, [cli, ...args, '--out', killed], { stdio: 'ignore' });
    const journal = join(killed, 'records.jsonl');
    await signalOnceJournalHas(child, journal, 8, 'SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const kept = readFileSync(journal, 'utf8').split('\n').length - 1;
    expect(kept).toBeGreaterThanOrEqual(8);
    expect(kept).toBeLessThan(40);
    expect(existsSync(join(killed, 'runs.csv'))).toBe(false);
    // Without --resume the folder is refused; with it the batch completes.
    const refused = spawnSync(process.execPath, [cli, ...args, '--out', killed], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--resume/);
    expect(spawnSync(process.execPath, [cli, ...args, '--out', killed, '--resume']).status).toBe(0);
    for (const f of ['runs.csv', 'runs.jsonl', 'series.csv', 'stages.csv', 'summary.json']) expect(read(killed, f), f).toBe(read(whole, f));
    // The command as one types it again, not the path of the script that ran.
    expect(JSON.parse(read(killed, 'manifest.json')).commandLine).toEqual(['firebreak', ...args, '--out', killed, '--resume']);
    const runsInJournal = readFileSync(journal, 'utf8').trim().split('\n').map((l) => JSON.parse(l).run as number);
    expect(new Set(runsInJournal).size).toBe(runsInJournal.length);
    expect(runsInJournal).toHaveLength(40);
  });

  it('stops on Ctrl-C (SIGINT) with exit 130, the finished runs kept, and resumes to the same files', async () => {
    const whole = dir();
    const stopped = dir();
    const args = ['batch', smallScenario, '--runs', '40', '--seed', '4', '--workers', '2'];
    expect(spawnSync(process.execPath, [cli, ...args, '--out', whole]).status).toBe(0);
    const child = spawn(process.execPath, [cli, ...args, '--out', stopped], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const journal = join(stopped, 'records.jsonl');
    await signalOnceJournalHas(child, journal, 4, 'SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted: the finished runs are kept in .*; add --resume/);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
    const kept = readFileSync(journal, 'utf8').split('\n').length - 1;
    expect(kept).toBeLessThan(40);
    expect(existsSync(join(stopped, 'runs.csv'))).toBe(false);
    expect(spawnSync(process.execPath, [cli, ...args, '--out', stopped, '--resume']).status).toBe(0);
    for (const f of ['runs.csv', 'series.csv', 'summary.json']) expect(read(stopped, f), f).toBe(read(whole, f));
  });
});
