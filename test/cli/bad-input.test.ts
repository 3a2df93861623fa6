/**
 * Bad input gets one clear message naming the file, the line and the field, exit code 2, no
 * stack trace and no partial output (the engine issue's bad-input checks, and the toolbox
 * issue's unknown instrument, deliverer, indicator and extends cycle).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli/index.js');

function firebreak(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cases: [file: string, field: RegExp, expected: RegExp][] = [
  ['yaml-syntax.yaml', /:1:\d+|:2:\d+/, /YAML syntax error/],
  ['wrong-type.yaml', /:2:\d+: horizon/, /expected a whole number from 1 to 100000, got "soon"/],
  ['missing-field.yaml', /: groups/, /missing required field/],
  ['unknown-field.yaml', /:2:1: horizn/, /unknown field "horizn"; did you mean "horizon"\?/],
  ['out-of-range.yaml', /population\.density/, /expected a number from 0\.01 to 0\.95, got -0\.3/],
  ['unknown-instrument.yaml', /:10:\d+: strategies\.early\[0\]\.instrument/, /unknown instrument "mediaton"; did you mean "mediation"\?/],
  ['unknown-deliverer.yaml', /strategies\.early\[0\]\.by/, /unknown deliverer "nato"/],
  ['extends-cycle.yaml', /strategies\.[ab]\.extends/, /cycle: a -> b -> a/],
  ['unknown-indicator.yaml', /strategies\.early\[0\]\.from\.indicator/, /unknown indicator "mobilization"/],
  ['shock-values.yaml', /:9:\d+: shocks\[0\]\.value/, /a legitimacy shock's value is a legitimacy level: expected a number from 0 to 1, got 80/],
  ['crowded-grid.yaml', /:2:\d+: population\.cop-density/, /population\.density 0\.9 and population\.cop-density 0\.3 do not fit on the grid/],
  ['missing-deliverer.yaml', /:11:\d+: strategies\.early\[0\]\.by/, /missing required field "by": the outside power that delivers mediation; here that may be un or eu/],
  ['strategy-named-all.yaml', /:5:\d+: strategies\.all/, /a strategy cannot be named "all": `--strategies all` means every strategy/],
];

describe('bad scenario files', () => {
  for (const [file, field, expected] of cases) {
    it(`${file}: exit 2, names the file, line and field, no stack trace, no partial output`, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'firebreak-')), 'trace.csv');
      const r = firebreak('run', `test/fixtures/bad/${file}`, '--trace', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`test/fixtures/bad/${file}`);
      expect(r.stderr).toMatch(field);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('tells a broken file the same way in every command: validate, run, batch, compare, sweep and sensitivity', () => {
    const file = 'test/fixtures/bad/wrong-type.yaml';
    const out = () => join(mkdtempSync(join(tmpdir(), 'firebreak-')), 'out');
    const said = [
      firebreak('validate', file),
      firebreak('run', file),
      firebreak('batch', file, '--runs', '2', '--out', out()),
      firebreak('compare', file, '--runs', '2'),
      firebreak('sweep', file, '--vary', 'population.vision=3,5', '--runs', '2', '--out', out()),
      firebreak('sensitivity', file, '--params', 'elite.exclusionary', '--runs', '2', '--out', out()),
    ];
    for (const r of said) expect(r.code).toBe(2);
    expect(new Set(said.map((r) => r.stderr.split('\n')[0])).size).toBe(1);
  });

  it('reports every problem of a file at once', () => {
    const r = firebreak('validate', 'test/fixtures/bad/out-of-range.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/population\.density/);
    expect(r.stderr).toMatch(/population\.grid/);
    expect(r.stderr).toMatch(/horizon/);
  });

  it('a file that is not UTF-8 is named as such, with exit 2 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-'));
    const latin1 = join(dir, 'latin1.yaml');
    const utf16 = join(dir, 'utf16.yaml');
    writeFileSync(latin1, Buffer.from('name: Caf\xe9\ngroups: [{ id: a, share: 1 }]\n', 'latin1'));
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name: T\ngroups: [{ id: a, share: 1 }]\n', 'utf16le')]));
    const r = firebreak('validate', latin1, utf16);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${latin1} is not UTF-8 text (line 1, column 10: byte 0xE9 is not UTF-8; perhaps the file was saved as Latin-1 or Windows-1252): save it as UTF-8`);
    expect(r.stderr).toContain(`${utf16} is not UTF-8 text (it starts with the byte-order mark of UTF-16, little-endian): save it as UTF-8`);
    expect(r.stderr).not.toMatch(/\n\s+at |\uFFFD/);
    const run = firebreak('run', latin1);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('rejects an unknown strategy, a missing file and a bad option with exit 2', () => {
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--strategy', 'nonsense').stderr).toMatch(/unknown strategy "nonsense"; the scenario has: none, early, late/);
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--strategy', 'nonsense').code).toBe(2);
    const missing = firebreak('run', 'scenarios/nope.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read scenario scenarios\/nope\.yaml: no such file/);
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--seed', 'x').code).toBe(2);
  });

  it('validates every bundled scenario', () => {
    const r = firebreak('validate', 'scenarios');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok scenarios\/fragile-state\.yaml/);
  });
});

describe('firebreak run', () => {
  it('prints byte-identical JSON for the same seed, and different JSON for another seed', () => {
    const a = firebreak('run', 'scenarios/fragile-state.yaml', '--seed', '7', '--json');
    const b = firebreak('run', 'scenarios/fragile-state.yaml', '--seed', '7', '--json');
    const c = firebreak('run', 'scenarios/fragile-state.yaml', '--seed', '8', '--json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const outcome = JSON.parse(a.stdout);
    expect(outcome).toHaveProperty('civilianDeaths');
    expect(outcome).toHaveProperty('monthsInStage');
  });

  it('writes the per-tick trace as CSV or JSON Lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-'));
    const csv = join(dir, 't.csv');
    const jsonl = join(dir, 't.jsonl');
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--ticks', '10', '--trace', csv).code).toBe(0);
    expect(firebreak('run', 'scenarios/fragile-state.yaml', '--ticks', '10', '--trace', jsonl).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^tick,stage_name,stage,mobilisation,/);
    expect(lines).toHaveLength(12);
    const rows = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(11);
    expect(rows[10].tick).toBe(10);
  });
});

/**
 * Output paths and results folders (the tester's report): a path that cannot be written, a
 * folder holding other work, a broken manifest or journal, a strategy named like a property of
 * every object, a bad --every or --ticks. Each: exit 2, one line naming the path or the option,
 * no stack trace, and nothing written or changed. Every command runs in a folder of its own
 * under the system's temporary folder, so that a stray file in the current folder would show.
 */
describe('output paths, results folders, manifests and journals', () => {
  const tiny = [
    'name: Bee', 'horizon: 12', 'population: { grid: 10 }', 'groups:', '  - { id: a, share: 0.5 }', '  - { id: b, share: 0.5 }',
    'external: [ { id: un, kind: universal } ]', 'strategies:', '  early: [ { instrument: mediation, by: un } ]', '',
  ].join('\n');

  /** A fresh folder holding b.yaml and afile (a plain file where a folder might be asked for). */
  function workspace(): string {
    const d = mkdtempSync(join(tmpdir(), 'firebreak-out-'));
    writeFileSync(join(d, 'b.yaml'), tiny);
    writeFileSync(join(d, 'afile'), 'hi\n');
    return d;
  }

  /**
   * The CLI run in `cwd`. Asynchronous: a test of many commands that blocked its worker with
   * spawnSync for minutes would make vitest time out talking to it.
   */
  function inDir(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [cli, ...args], { cwd });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += String(d)));
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
  }

  /** Exit 2 with one line matching `message`, and no stack trace or internal error. */
  function refused(r: { code: number | null; stderr: string }, message: RegExp): void {
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at |NaN/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
  }

  /** Every file under `dir` with its content, to show that a refused command changed nothing. */
  function snapshot(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else files[relative(dir, p)] = readFileSync(p, 'utf8');
      }
    };
    walk(dir);
    return files;
  }

  const batchArgs = ['--runs', '2', '--workers', '0'];

  it('run: checks --trace and --chart before running, and writes none of them when one cannot be written', async () => {
    const d = workspace();
    mkdirSync(join(d, 'dd.csv'));
    const before = snapshot(d);
    refused(await inDir(d, 'run', 'b.yaml', '--trace', '/nonexistent/dir/t.csv'), /^--trace \/nonexistent\/dir\/t\.csv: the folder \/nonexistent\/dir does not exist/);
    refused(await inDir(d, 'run', 'b.yaml', '--trace', 'dd.csv'), /^--trace dd\.csv: it is a folder/);
    refused(await inDir(d, 'run', 'b.yaml', '--trace', 'ok.csv', '--chart', '/nonexistent/c.svg'), /^--chart \/nonexistent\/c\.svg: the folder \/nonexistent does not exist/);
    refused(await inDir(d, 'run', 'b.yaml', '--chart', 'afile/c.svg'), /^--chart afile\/c\.svg: afile is a file, not a folder/);
    expect(snapshot(d)).toEqual(before);
    expect(readdirSync(join(d, 'dd.csv'))).toEqual([]);
  });

  it('batch, compare, sweep, sensitivity and merge refuse an --out that is a file or goes through one', async () => {
    const d = workspace();
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--shard', '0/2', '--out', 's0')).code).toBe(0);
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--shard', '1/2', '--out', 's1')).code).toBe(0);
    const before = snapshot(d);
    for (const out of ['afile', 'afile/sub']) {
      const why = new RegExp(`^--out ${out}: afile is a file, not a folder`);
      refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', out), why);
      if (out === 'afile') refused(await inDir(d, 'compare', 'b.yaml', ...batchArgs, '--out', out), why);
      if (out === 'afile') refused(await inDir(d, 'sweep', 'b.yaml', '--vary', 'population.grid=10', ...batchArgs, '--out', out), why);
      refused(await inDir(d, 'sensitivity', 'b.yaml', '--params', 'population.vision=3:4', '--levels', '2', ...batchArgs, '--out', out), why);
      refused(await inDir(d, 'merge', 's0', 's1', '--out', out), why);
    }
    expect(snapshot(d)).toEqual(before);
  });

  it('report: refuses a folder or a path through a file as --out, and puts charts/ beside the report file', async () => {
    const d = workspace();
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'r')).code).toBe(0);
    mkdirSync(join(d, 'y'));
    const before = snapshot(d);
    refused(await inDir(d, 'report', 'r', '--out', 'y'), /^--out y: it is a folder; name a file/);
    refused(await inDir(d, 'report', 'r', '--out', 'afile/r.html'), /^--out afile\/r\.html: afile is a file, not a folder/);
    expect(snapshot(d)).toEqual(before);
    expect(readdirSync(join(d, 'y'))).toEqual([]);
    expect(existsSync(join(d, 'charts'))).toBe(false);
    // A report elsewhere: its charts/ beside it, none in the current folder or the results folder.
    const ok = await inDir(d, 'report', 'r', '--out', 'else/where/r.html');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/charts as vega-lite JSON in else\/where\/charts\//);
    expect(readdirSync(join(d, 'else/where/charts')).length).toBeGreaterThan(0);
    expect(existsSync(join(d, 'charts'))).toBe(false);
    expect(existsSync(join(d, 'r', 'charts'))).toBe(false);
    expect(readdirSync(join(d, 'else/where')).sort()).toEqual(['charts', 'r.html']);
  });

  it('batch and compare refuse a folder holding a sweep, a sensitivity analysis or results without a journal; an empty folder is fine', async () => {
    const d = workspace();
    expect((await inDir(d, 'sweep', 'b.yaml', '--vary', 'population.grid=10', ...batchArgs, '--out', 'sw')).code).toBe(0);
    expect((await inDir(d, 'sensitivity', 'b.yaml', '--params', 'population.vision=3:4', '--levels', '2', ...batchArgs, '--out', 'se')).code).toBe(0);
    mkdirSync(join(d, 'other'));
    writeFileSync(join(d, 'other', 'runs.csv'), 'a,b\n');
    const before = snapshot(d);
    for (const resume of [[], ['--resume']]) {
      refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'sw', ...resume), /^sw holds a sweep \(manifest\.json\), which a batch would overwrite; choose another --out/);
      refused(await inDir(d, 'compare', 'b.yaml', ...batchArgs, '--out', 'se', ...resume), /^se holds a sensitivity analysis \(manifest\.json\)/);
      refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'other', ...resume), /^other already holds runs\.csv, which a batch would overwrite .*choose another --out/);
    }
    // And the other way round: a sweep does not take a batch's folder.
    mkdirSync(join(d, 'empty'));
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'empty')).code).toBe(0);
    refused(await inDir(d, 'sweep', 'b.yaml', '--vary', 'population.grid=10', ...batchArgs, '--out', 'empty', '--resume'), /^empty holds a batch \(manifest\.json\), not a sweep/);
    expect(snapshot(d)).toEqual({ ...before, ...Object.fromEntries(Object.entries(snapshot(d)).filter(([f]) => f.startsWith('empty/'))) });
    // A finished batch: refused without --resume, completed (to the same files) with it.
    const runs = readFileSync(join(d, 'empty', 'runs.csv'), 'utf8');
    refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'empty'), /^empty already holds a batch \(records\.jsonl\); add --resume/);
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'empty', '--resume')).code).toBe(0);
    expect(readFileSync(join(d, 'empty', 'runs.csv'), 'utf8')).toBe(runs);
  });

  it('merge: refuses an --out that is an input or holds results, a folder given twice, a missing folder, another version; never changes its inputs', async () => {
    const d = workspace();
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--shard', '0/2', '--out', 's0')).code).toBe(0);
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--shard', '1/2', '--out', 's1')).code).toBe(0);
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'whole')).code).toBe(0);
    mkdirSync(join(d, 'old'));
    for (const f of ['manifest.json', 'records.jsonl']) writeFileSync(join(d, 'old', f), readFileSync(join(d, 's1', f), 'utf8').replace(/"version": "[^"]*"/g, '"version": "0.0.1"'));
    const before = snapshot(d);
    refused(await inDir(d, 'merge', 's0', 's1', '--out', 's0'), /^--out s0 is one of the shards being merged/);
    refused(await inDir(d, 'merge', 's0', 's1', '--out', 'whole'), /^--out whole already holds manifest\.json, records\.jsonl, runs\.csv/);
    refused(await inDir(d, 'merge', 's0', 's0', '--out', 'm'), /^s0 is given twice$/m);
    refused(await inDir(d, 'merge', 's0', './s0/', '--out', 'm'), /^s0 and \.\/s0\/ are the same folder/);
    refused(await inDir(d, 'merge', 's0', 'nothere', '--out', 'm'), /^nothere: no such folder$/m);
    refused(await inDir(d, 'merge', 's0', 'old', '--out', 'm'), /^old is from a different batch than s0: the firebreak version \(s0: \d+\.\d+\.\d+; old: 0\.0\.1\)/);
    expect(snapshot(d)).toEqual(before);
    expect((await inDir(d, 'merge', 's0', 's1', '--out', 'm')).code).toBe(0);
    expect(readFileSync(join(d, 'm', 'runs.csv'), 'utf8')).toBe(readFileSync(join(d, 'whole', 'runs.csv'), 'utf8'));
    for (const [f, text] of Object.entries(before)) if (f.startsWith('s0/') || f.startsWith('s1/')) expect(readFileSync(join(d, f), 'utf8'), f).toBe(text);
  });

  it('a broken or foreign manifest.json is named, not a crash, in batch, sweep, merge and report', async () => {
    const d = workspace();
    expect((await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--shard', '0/2', '--out', 's0')).code).toBe(0);
    for (const [dir, text] of [['cm', '{broken'], ['fm', '{"tool":"firebreak"}'], ['wm', '{"name":"a web app"}']]) {
      mkdirSync(join(d, dir));
      writeFileSync(join(d, dir, 'manifest.json'), `${text}\n`);
      writeFileSync(join(d, dir, 'records.jsonl'), '');
    }
    const before = snapshot(d);
    const broken = /^cm\/manifest\.json is not a firebreak manifest \(not valid JSON/;
    refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'cm', '--resume'), broken);
    refused(await inDir(d, 'sweep', 'b.yaml', '--vary', 'population.grid=10', ...batchArgs, '--out', 'cm', '--resume'), broken);
    refused(await inDir(d, 'sensitivity', 'b.yaml', '--params', 'population.vision=3:4', '--levels', '2', ...batchArgs, '--out', 'cm', '--resume'), broken);
    refused(await inDir(d, 'merge', 's0', 'cm', '--out', 'm'), broken);
    refused(await inDir(d, 'report', 'cm'), broken);
    refused(await inDir(d, 'merge', 's0', 'fm', '--out', 'm'), /^fm\/manifest\.json is not a firebreak manifest \(it lacks the batch's identity/);
    refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'fm', '--resume'), /^fm\/manifest\.json is not a firebreak manifest \(it has no "batch" identity/);
    refused(await inDir(d, 'report', 'fm'), /^fm\/manifest\.json is not a firebreak manifest/);
    refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--out', 'wm'), /^wm\/manifest\.json is not a firebreak manifest \(it does not say "tool": "firebreak"\)/);
    expect(snapshot(d)).toEqual(before);
  });

  it('a journal line damaged in the middle is named with its line, and neither merge nor resume changes the file; a torn last line is resumed', async () => {
    const d = workspace();
    const args = ['b.yaml', '--runs', '6', '--workers', '0', '--shard', '0/2'];
    expect((await inDir(d, 'batch', ...args, '--out', 's0')).code).toBe(0);
    expect((await inDir(d, 'batch', 'b.yaml', '--runs', '6', '--workers', '0', '--shard', '1/2', '--out', 's1')).code).toBe(0);
    const lines = readFileSync(join(d, 's0', 'records.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    mkdirSync(join(d, 'bad'));
    writeFileSync(join(d, 'bad', 'manifest.json'), readFileSync(join(d, 's0', 'manifest.json')));
    writeFileSync(join(d, 'bad', 'records.jsonl'), `${lines[0]}\n${lines[1].slice(0, 40)}\n${lines[2]}\n`);
    const before = snapshot(d);
    const damaged = /^bad\/records\.jsonl, line 2: not a finished run's record \(not valid JSON\)/;
    refused(await inDir(d, 'merge', 'bad', 's1', '--out', 'm'), damaged);
    refused(await inDir(d, 'batch', ...args, '--out', 'bad', '--resume'), damaged);
    expect(snapshot(d)).toEqual(before);
    // A batch killed mid-write: its last line torn. Merge reads around it without writing; resume cuts it and finishes.
    mkdirSync(join(d, 'torn'));
    writeFileSync(join(d, 'torn', 'manifest.json'), readFileSync(join(d, 's0', 'manifest.json')));
    const torn = `${lines[0]}\n${lines[1]}\n${lines[2].slice(0, 40)}`;
    writeFileSync(join(d, 'torn', 'records.jsonl'), torn);
    refused(await inDir(d, 'merge', 'torn', 's1', '--out', 'm'), /^the shards lack 1 of 6 runs/);
    expect(readFileSync(join(d, 'torn', 'records.jsonl'), 'utf8')).toBe(torn);
    expect(existsSync(join(d, 'm'))).toBe(false);
    expect((await inDir(d, 'batch', ...args, '--out', 'torn', '--resume')).code).toBe(0);
    expect(readFileSync(join(d, 'torn', 'runs.csv'), 'utf8')).toBe(readFileSync(join(d, 's0', 'runs.csv'), 'utf8'));
  });

  it('strategy names from Object.prototype are unknown strategies, refused before any folder is made', async () => {
    const d = workspace();
    for (const s of ['constructor', '__proto__', 'toString']) {
      refused(await inDir(d, 'run', 'b.yaml', '-s', s), new RegExp(`^b\\.yaml: unknown strategy "${s}"; the scenario has: early, none`));
    }
    const sensitivity = ['sensitivity', 'b.yaml', '--params', 'population.vision=3:4', '--levels', '2', ...batchArgs, '--out', 'sx'];
    refused(await inDir(d, ...sensitivity, '--strategy', 'toString'), /^unknown strategy "toString"; the scenario has: early, none/);
    refused(await inDir(d, ...sensitivity, '--outcome', 'deaths-averted', '--strategy', 'early', '--baseline', 'constructor'), /unknown strategy "constructor"/);
    refused(await inDir(d, 'batch', 'b.yaml', ...batchArgs, '--strategies', 'hasOwnProperty', '--out', 'bx'), /unknown strategy "hasOwnProperty"/);
    expect(existsSync(join(d, 'sx'))).toBe(false);
    expect(existsSync(join(d, 'bx'))).toBe(false);
    // Nothing left to refuse a corrected rerun.
    expect((await inDir(d, ...sensitivity, '--strategy', 'early')).code).toBe(0);
  });

  it('run: --every, --ticks and --seed must be whole numbers in range, said without NaN', async () => {
    const d = workspace();
    refused(await inDir(d, 'run', 'b.yaml', '--every', '0'), /^--every must be a whole number of at least 1, got 0$/m);
    refused(await inDir(d, 'run', 'b.yaml', '--every', '-2'), /^--every must be a whole number of at least 1, got -2$/m);
    refused(await inDir(d, 'run', 'b.yaml', '--every', 'abc'), /^--every must be a whole number of at least 1, got something that is not a number$/m);
    refused(await inDir(d, 'run', 'b.yaml', '--ticks', 'abc'), /^--ticks must be a whole number from 0 to the horizon \(12\), got something that is not a number/);
    refused(await inDir(d, 'run', 'b.yaml', '--ticks', '-1'), /^--ticks must be a whole number/);
    refused(await inDir(d, 'run', 'b.yaml', '--ticks', '1000', '--trace', 't.csv'), /^--ticks 1000: the scenario's horizon is 12 ticks.*give at most 12/);
    refused(await inDir(d, 'run', 'b.yaml', '--seed', 'abc'), /^--seed must be a whole number, got something that is not a number/);
    
    expect(existsSync(join(d, 't.csv'))).toBe(false);
    const ok = await inDir(d, 'run', 'b.yaml', '--ticks', '12', '--every', '6', '--trace', 't.csv');
    expect(ok.code).toBe(0);
    expect(readFileSync(join(d, 't.csv'), 'utf8').trim().split('\n')).toHaveLength(14);
  });
});
