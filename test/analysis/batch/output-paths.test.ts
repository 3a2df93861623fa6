/**
 * The pieces under the command line's promise for bad output paths and damaged results
 * folders: the journal reader (a torn last line is the only thing ever cut, and only when asked),
 * the atomic writer (no temporary file left, errors told by path), file-system errors as user
 * errors, and strategy names checked as the scenario's own keys.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchInputError, checkStrategies } from '../../../analysis/batch/input-error.js';
import { checkOutputFile, checkOutputFolder, fileSystemError, makeOutputFolder } from '../../../analysis/files/output-paths.js';
import { readJournal } from '../../../analysis/batch/journal.js';
import { readManifest, refuseOtherWork } from '../../../analysis/batch/manifest.js';
import type { Scenario } from '../../../scenarios/schema.js';
import { writeFileAtomic, writeFilesAtomic } from '../../../analysis/files/write-atomic.js';

const dir = () => mkdtempSync(join(tmpdir(), 'firebreak-paths-'));
const record = (run: number) => JSON.stringify({ run, seed: run, rows: [], stages: {} });

describe('readJournal', () => {
  it('reads every record and never writes without repair, even around a torn last line', () => {
    const path = join(dir(), 'records.jsonl');
    const text = `${record(0)}\n${record(1)}\n${record(2).slice(0, 12)}`;
    writeFileSync(path, text);
    expect(readJournal(path).map((r) => r.run)).toEqual([0, 1]);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('with repair, cuts a torn last line (no newline, or garbage after a crash) and nothing else', () => {
    const d = dir();
    for (const tail of [record(2).slice(0, 12), '\0\0\0\0', '{"run": 2, "ro\n']) {
      const path = join(d, 'records.jsonl');
      writeFileSync(path, `${record(0)}\n${record(1)}\n${tail}`);
      expect(readJournal(path, true).map((r) => r.run)).toEqual([0, 1]);
      expect(readFileSync(path, 'utf8')).toBe(`${record(0)}\n${record(1)}\n`);
    }
  });

  it('refuses a bad line with records after it, naming the file and the line, and leaves the file whole', () => {
    const path = join(dir(), 'records.jsonl');
    const text = `${record(0)}\n${record(1).slice(0, 20)}\n${record(2)}\n${record(3)}\n`;
    writeFileSync(path, text);
    for (const repair of [false, true]) {
      expect(() => readJournal(path, repair)).toThrow(BatchInputError);
      expect(() => readJournal(path, repair)).toThrow(new RegExp(`^${path}, line 2: not a finished run's record \\(not valid JSON\\)`));
    }
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('keeps a run recorded twice (two processes ran the batch) once, and refuses one recorded twice with different results', () => {
    const path = join(dir(), 'records.jsonl');
    writeFileSync(path, `${record(0)}\n${record(1)}\n${record(0)}\n${record(2)}\n${record(1)}\n`);
    expect(readJournal(path).map((r) => r.run)).toEqual([0, 1, 2]);
    writeFileSync(path, `${record(0)}\n${record(1)}\n${JSON.stringify({ run: 1, seed: 99, rows: [], stages: {} })}\n`);
    expect(() => readJournal(path)).toThrow(new RegExp(`^${path} records run 1 twice with different results`));
  });

  it('refuses a complete line that is JSON but not a run record, even the last', () => {
    const path = join(dir(), 'records.jsonl');
    writeFileSync(path, `${record(0)}\n{"tool":"firebreak"}\n`);
    expect(() => readJournal(path, true)).toThrow(/line 2: not a finished run's record \(no run index\)/);
    expect(readFileSync(path, 'utf8')).toBe(`${record(0)}\n{"tool":"firebreak"}\n`);
  });
});

describe('makeOutputFolder', () => {
  it('makes every missing level, and refuses at once where the file system will not (Node 20 looped for ever under /proc)', () => {
    const d = join(dir(), 'a', 'b', 'c');
    makeOutputFolder(d);
    makeOutputFolder(d);
    expect(existsSync(d)).toBe(true);
    if (existsSync('/proc/self')) expect(() => makeOutputFolder('/proc/firebreak-out/x')).toThrow(BatchInputError);
  });
});

describe('writeFilesAtomic', () => {
  it('names the path and leaves no temporary file when the target is a folder', () => {
    const d = dir();
    mkdirSync(join(d, 'dd.csv'));
    expect(() => writeFileAtomic(join(d, 'dd.csv'), 'x')).toThrow(BatchInputError);
    expect(() => writeFileAtomic(join(d, 'dd.csv'), 'x')).toThrow(`cannot write ${join(d, 'dd.csv')}: ${join(d, 'dd.csv')} is a folder, not a file`);
    expect(readdirSync(d)).toEqual(['dd.csv']);
  });

  it('writes none of several files when one of them cannot be written', () => {
    const d = dir();
    expect(() => writeFilesAtomic([{ path: join(d, 'ok.csv'), data: 'a' }, { path: join(d, 'no', 'c.svg'), data: 'b' }])).toThrow(`cannot write ${join(d, 'no', 'c.svg')}: ${join(d, 'no')} does not exist`);
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('file-system errors and output paths', () => {
  it('tells a path error by the file it stands for, and leaves other errors alone', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', syscall: 'write', path: 'out/runs.csv.tmp-123' });
    expect(fileSystemError(full)?.message).toBe('cannot write out/runs.csv: no space left on the device');
    const folder = Object.assign(new Error('EEXIST'), { code: 'EEXIST', syscall: 'mkdir', path: 'afile' });
    expect(fileSystemError(folder)?.message).toBe('cannot create the folder afile: afile already exists');
    expect(fileSystemError(Object.assign(new Error('EMFILE'), { code: 'EMFILE', path: 'x' }))).toBeUndefined();
    expect(fileSystemError(new TypeError('not a file-system error'))).toBeUndefined();
  });

  it('checks output files and folders without creating anything', () => {
    const d = dir();
    writeFileSync(join(d, 'afile'), 'hi');
    expect(() => checkOutputFolder(join(d, 'afile', 'sub'), '--out')).toThrow(`--out ${join(d, 'afile', 'sub')}: ${join(d, 'afile')} is a file, not a folder`);
    expect(() => checkOutputFolder(join(d, 'new', 'deep'), '--out')).not.toThrow();
    expect(() => checkOutputFile(join(d, 'new', 't.csv'), '--trace')).toThrow(/the folder .*new does not exist/);
    expect(() => checkOutputFile(join(d, 'new', 'r.html'), '--out', true)).not.toThrow();
    expect(() => checkOutputFile(d, '--out', true)).toThrow(/it is a folder; name a file/);
    expect(() => checkOutputFile('/dev/null', '--trace')).toThrow(/not a plain file/);
    expect(readdirSync(d)).toEqual(['afile']);
  });

  it('refuses strategy names that every object inherits', () => {
    const scenario = { strategies: { none: [], early: [] } } as unknown as Scenario;
    for (const s of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(() => checkStrategies(scenario, [s])).toThrow(`unknown strategy "${s}"`);
    expect(() => checkStrategies(scenario, ['none', 'early'])).not.toThrow();
  });
});

describe('manifests', () => {
  it('names a broken or foreign manifest.json', () => {
    const d = dir();
    expect(readManifest(d)).toBeNull();
    writeFileSync(join(d, 'manifest.json'), '{broken');
    expect(() => readManifest(d)).toThrow(new RegExp(`^${join(d, 'manifest.json')} is not a firebreak manifest \\(not valid JSON`));
    writeFileSync(join(d, 'manifest.json'), '[1, 2]');
    expect(() => readManifest(d)).toThrow(/is not a firebreak manifest \(not a JSON object\)/);
    writeFileSync(join(d, 'manifest.json'), '{"tool":"firebreak","kind":"sweep"}');
    expect(() => refuseOtherWork(join(d, 'manifest.json'), 'sweep', {}, true, { occupied: 'occupied', different: 'different' })).toThrow(/it has no "sweep" identity/);
    expect(() => refuseOtherWork(join(d, 'manifest.json'), 'sensitivity', {}, true, { occupied: 'occupied', different: 'different' })).toThrow(/holds a sweep \(manifest\.json\), not a sensitivity analysis/);
  });

  it('lets a sweep or sensitivity analysis refuse firebreak files without a manifest, and take an empty folder', () => {
    const d = dir();
    const messages = { occupied: 'occupied', different: 'different' };
    expect(() => refuseOtherWork(join(d, 'manifest.json'), 'sweep', {}, false, messages)).not.toThrow();
    writeFileSync(join(d, 'summary.json'), '{}');
    expect(() => refuseOtherWork(join(d, 'manifest.json'), 'sweep', {}, true, messages)).toThrow(/already holds summary\.json but no manifest\.json/);
    expect(existsSync(join(d, 'manifest.json'))).toBe(false);
  });
});
