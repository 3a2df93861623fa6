/**
 * Sweeps and sensitivity analyses on a small version of the default scenario: every point is
 * the batch of its variant, the files do not depend on the number of workers, an interrupted
 * run resumes to the same files, and bad input fails before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import { runSensitivity, valueInScenario, type SensitivityOptions } from '../../../analysis/sensitivity/run-sensitivity.js';
import { runSweep, type SweepOptions } from '../../../analysis/sweep/run-sweep.js';
import { parseVariation, scenarioVariant } from '../../../analysis/sweep/variation.js';
import { catalogue } from '../../../scenarios/catalogue.js';
import { sweepTable } from '../../../cli/sweep-table.js';

const cli = join(process.cwd(), 'dist/cli/index.js');
const dir = () => mkdtempSync(join(tmpdir(), 'firebreak-sweep-'));
const read = (d: string, f: string) => readFileSync(join(d, f), 'utf8');

let file = '';
let text = '';
beforeAll(() => {
  text = readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('grid: 50', 'grid: 16').replace('horizon: 120', 'horizon: 36');
  file = join(dir(), 'small.yaml');
  writeFileSync(file, text);
});

function sweepOptions(out: string, patch: Partial<SweepOptions> = {}): SweepOptions {
  return {
    scenarioText: text, scenarioPath: file, catalogue, variations: [parseVariation('strategies.late.*.from.tick=0:20:10')],
    strategies: ['none', 'late'], baseline: 'none', runs: 12, seed: 3, workers: 0, out, formats: ['csv'], resume: false, ...patch,
  };
}

describe('firebreak sweep', () => {
  it('runs each point as the paired batch of its variant, the same with any number of workers', async () => {
    const a = dir();
    const b = dir();
    const result = await runSweep(sweepOptions(a));
    await runSweep(sweepOptions(b, { workers: 2 }));
    expect(read(b, 'sweep.csv')).toBe(read(a, 'sweep.csv'));
    const lines = read(a, 'sweep.csv').trim().split('\n');
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[0]).toMatch(/^point,strategies\.late\.\*\.from\.tick,strategy,runs,atrocity_rate/);
    // The point at month 10 equals a batch of the scenario with late starting at month 10.
    const direct = dir();
    const variant = scenarioVariant(text, file, [{ path: 'strategies.late.*.from.tick', value: 10 }], catalogue);
    await runBatch({ scenario: variant, strategies: ['none', 'late'], runs: 12, seed: 3, workers: 0, out: direct, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
    expect(read(join(a, 'points', '001'), 'runs.csv')).toBe(read(direct, 'runs.csv'));
    expect(result.points[1].values).toEqual({ 'strategies.late.*.from.tick': 10 });
    // Every point shares its seeds: the baseline is the same at every point.
    const none = result.points.map((p) => p.summary.strategies.none.civilianDeaths.mean.estimate);
    expect(new Set(none).size).toBe(1);
    // So the printed table says it once, above the rows of the strategy swept, each with its cost.
    const table = sweepTable(result.points, ['strategies.late.*.from.tick'], ['none', 'late'], 'none');
    expect(table).toMatch(/^baseline "none", the same at every point .*: mass atrocity [\d.]+% \[.*\], civilians killed [\d,]+ \(mean\), cost \$0\n\n/);
    const rows = table.split('\n').filter((l) => /^\s+\d+\s+\S+\s/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([['0', 'late'], ['10', 'late'], ['20', 'late']]);
    for (const row of rows) expect(row).toMatch(/\$[\d.]+ (bn|M|k)?$/);
  });

  it('runs points that differ outside their strategies one batch at a time, each the batch of its variant', async () => {
    const out = dir();
    const vary = [parseVariation('elite.exclusionary=0.4,0.8')];
    const result = await runSweep(sweepOptions(out, { variations: vary, runs: 6, workers: 2 }));
    expect(result.points.map((p) => p.values)).toEqual([{ 'elite.exclusionary': 0.4 }, { 'elite.exclusionary': 0.8 }]);
    const direct = dir();
    const variant = scenarioVariant(text, file, [{ path: 'elite.exclusionary', value: 0.4 }], catalogue);
    await runBatch({ scenario: variant, strategies: ['none', 'late'], runs: 6, seed: 3, workers: 0, out: direct, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
    expect(read(join(out, 'points', '000'), 'runs.csv')).toBe(read(direct, 'runs.csv'));
    expect(read(join(out, 'points', '001'), 'runs.csv')).not.toBe(read(direct, 'runs.csv'));
    // The baseline moves with the elite: its row stays at each point.
    const table = sweepTable(result.points, ['elite.exclusionary'], ['none', 'late'], 'none');
    expect(table).not.toMatch(/^baseline/);
    expect(table.split('\n').filter((l) => /\bnone\b/.test(l))).toHaveLength(2);
  });

  it('resumes an interrupted sweep to the same files, and refuses to overwrite one without --resume', async () => {
    const whole = dir();
    await runSweep(sweepOptions(whole));
    const cut = dir();
    await runSweep(sweepOptions(cut));
    // As if killed during point 1: half its journal, no later point, no sweep.csv.
    const journal = join(cut, 'points', '001', 'records.jsonl');
    const lines = readFileSync(journal, 'utf8').split('\n');
    writeFileSync(journal, lines.slice(0, 6).join('\n') + '\n' + lines[6].slice(0, 40));
    rmSync(join(cut, 'points', '002'), { recursive: true });
    rmSync(join(cut, 'sweep.csv'));
    await expect(runSweep(sweepOptions(cut))).rejects.toThrow(/--resume/);
    // A comment added to the file in between changes no point of the sweep; another seed does.
    await expect(runSweep(sweepOptions(cut, { resume: true, seed: 4 }))).rejects.toThrow(/the seed/);
    await runSweep(sweepOptions(cut, { resume: true, scenarioText: `# checked on Monday\n${text}` }));
    expect(read(cut, 'sweep.csv')).toBe(read(whole, 'sweep.csv'));
    expect(read(join(cut, 'points', '001'), 'runs.csv')).toBe(read(join(whole, 'points', '001'), 'runs.csv'));
  });

  it('fails on a bad --vary with a clear message, exit 2, no stack, nothing written', () => {
    const out = join(dir(), 'never');
    for (const [vary, message] of [
      ['strategies.lat.*.from.tick=0:10:5', /no item named "lat"|strategies\.lat/],
      ['elite.exclusionary=0:2:1', /elite\.exclusionary/],
      ['elite.exclusionary', /PATH=FROM:TO:STEP/],
    ] as const) {
      const r = spawnSync(process.execPath, [cli, 'sweep', file, '--vary', vary, '--runs', '2', '--out', out], { encoding: 'utf8' });
      expect(r.status, vary).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });
});

function sensitivityOptions(out: string, patch: Partial<SensitivityOptions> = {}): SensitivityOptions {
  return {
    scenarioText: text, scenarioPath: file, catalogue, params: ['elite.exclusionary', 'population.cop-density=0.01:0.08'],
    method: 'oat', outcome: 'civilian-deaths', strategy: 'none', baseline: 'none', runs: 4, samples: 8, levels: 3,
    seed: 2, workers: 0, out, resume: false, ...patch,
  };
}

describe('firebreak sensitivity', () => {
  it('one at a time: each parameter at its levels, the base point as written, the same with any workers', async () => {
    const a = dir();
    const b = dir();
    const r = await runSensitivity(sensitivityOptions(a));
    await runSensitivity(sensitivityOptions(b, { workers: 2 }));
    expect(read(b, 'sensitivity.csv')).toBe(read(a, 'sensitivity.csv'));
    expect(r.oat!.map((x) => x.levels.map((l) => l.value))).toEqual([[0, 0.5, 1], [0.01, 0.045, 0.08]]);
    for (const x of r.oat!) expect(x.swing).toBeCloseTo(Math.max(...x.levels.map((l) => l.mean.estimate)) - Math.min(...x.levels.map((l) => l.mean.estimate)), 3);
    // The exclusionary level the file has (0.8) is not a level, but the base point is the file as written.
    const asWritten = dir();
    const batch = await runBatch({ scenario: scenarioVariant(text, file, [], catalogue), strategies: ['none'], runs: 4, seed: 2, workers: 0, out: asWritten, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
    expect(r.base!.estimate).toBeCloseTo(batch.summary!.strategies.none.civilianDeaths.mean.estimate, 3);
    // The design in evaluations.csv is complete: a parameter left as written shows the file's value.
    const design = read(a, 'evaluations.csv').trim().split('\n').map((l) => l.split(','));
    expect(design[0]).toEqual(['point', 'elite.exclusionary', 'population.cop-density', 'civilian-deaths']);
    expect(design.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['0', '0.8', '0.04'], ['1', '0', '0.04'], ['2', '0.5', '0.04'], ['3', '1', '0.04'],
      ['4', '0.8', '0.01'], ['5', '0.8', '0.045'], ['6', '0.8', '0.08'],
    ]);
    expect(valueInScenario(scenarioVariant(text, file, [], catalogue), 'strategies.*.0.intensity')).toBeNull();
  });

  it('sobol: n (k + 2) points, indices with intervals, resumable from a cut journal, and deaths averted as a paired outcome', async () => {
    const whole = dir();
    const options = { method: 'sobol' as const, outcome: 'deaths-averted', strategy: 'early', runs: 2 };
    const r = await runSensitivity(sensitivityOptions(whole, options));
    expect(read(whole, 'evaluations.csv').trim().split('\n')).toHaveLength(1 + 8 * 4);
    expect(r.sobol).toHaveLength(2);
    for (const x of r.sobol!) expect(x.total.lower).toBeLessThanOrEqual(x.total.upper);
    const cut = dir();
    await runSensitivity(sensitivityOptions(cut, options));
    const journal = join(cut, 'evaluations.jsonl');
    const lines = readFileSync(journal, 'utf8').trim().split('\n');
    writeFileSync(journal, lines.slice(0, 20).join('\n') + '\n{"id":');
    rmSync(join(cut, 'sensitivity.csv'));
    await runSensitivity(sensitivityOptions(cut, { ...options, resume: true }));
    expect(read(cut, 'sensitivity.csv')).toBe(read(whole, 'sensitivity.csv'));
    expect(read(cut, 'evaluations.csv')).toBe(read(whole, 'evaluations.csv'));
    // The torn line was cut off, not glued to the next run's: one whole line per run.
    const resumed = readFileSync(journal, 'utf8').trim().split('\n');
    expect(resumed).toHaveLength(8 * 4 * 2);
    expect(resumed.every((l) => /^\{"id":\d+,"value":/.test(l))).toBe(true);
    // A bad line with finished runs after it is damage no kill makes: named, nothing changed.
    resumed[3] = '{"id":3,"value":"many"}';
    writeFileSync(journal, resumed.join('\n') + '\n');
    await expect(runSensitivity(sensitivityOptions(cut, { ...options, resume: true }))).rejects.toThrow(/evaluations\.jsonl, line 4: .*no value/);
    expect(readFileSync(journal, 'utf8')).toBe(resumed.join('\n') + '\n');
  });

  it('the command line checks its input and writes a report with the sorted bars', () => {
    const out = join(dir(), 'sens');
    const bad = spawnSync(process.execPath, [cli, 'sensitivity', file, '--params', 'population.neighbourhood', '--out', out], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a number/);
    expect(existsSync(out)).toBe(false);
    const paired = spawnSync(process.execPath, [cli, 'sensitivity', file, '--params', 'elite.exclusionary', '--outcome', 'deaths-averted', '--out', out], { encoding: 'utf8' });
    expect(paired.status).toBe(2);
    expect(paired.stderr).toMatch(/choose another --strategy/);
    const ok = spawnSync(process.execPath, [cli, 'sensitivity', file, '--params', 'elite.exclusionary', '--runs', '2', '--levels', '2', '--workers', '1', '--out', out, '--report'], { encoding: 'utf8' });
    // Nothing but notes (at 36 months no civilian may die at any point, which a note says).
    expect(ok.stderr.split('\n').filter(Boolean).every((l) => l.startsWith('note: '))).toBe(true);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/elite\.exclusionary\s+0: [\d.,]+\s+1: [\d.,]+/);
    expect(readdirSync(join(out, 'charts'))).toEqual(['sensitivity.vl.json']);
    const html = read(out, 'report.html');
    expect(html).toMatch(/<svg/);
    expect(html).toContain('Which assumptions drive the outcome');
  });
});

describe('sweep and sensitivity: what the command line refuses and notes', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('refuses one field named twice, before anything is written', () => {
    const out = join(dir(), 'never');
    for (const [args, message] of [
      [['sweep', file, '--vary', 'groups.0.hardship=0.3,0.6', '--vary', 'groups.majority.hardship=0.5'], /groups\.0\.hardship and groups\.majority\.hardship both set groups\[0\]\.hardship/],
      [['sweep', file, '--vary', 'population.density=0.6,0.7', '--vary', 'population.density=0.5'], /population\.density is named twice/],
      [['sensitivity', file, '--params', 'groups.0.hostility,groups.majority.hostility', '--method', 'sobol'], /both set groups\[0\]\.hostility/],
      [['sensitivity', file, '--params', 'elite.exclusionary, elite . exclusionary=0:1'], /elite\.exclusionary is named twice/],
    ] as const) {
      const r = run(...args, '--runs', '1', '--out', out);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('sweeps a strategy that is a YAML alias of another, changing only it', async () => {
    const anchored = text.replace(/ {2}late:\n(?: {4}- .*\n)+/, '  late: &late\n    - { instrument: mediation, from: { indicator: civilian-deaths:1, above: 0 }, by: [un, region] }\n  copy: *late\n');
    const path = join(dir(), 'anchored.yaml');
    writeFileSync(path, anchored);
    const out = join(dir(), 'alias');
    const r = run('sweep', path, '--vary', 'strategies.copy.*.from.tick=5,10', '--strategy', 'copy', '--runs', '1', '--workers', '0', '--out', out);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    const manifest = JSON.parse(read(join(out, 'points', '001'), 'manifest.json')) as { scenario: { strategies: Record<string, { from: unknown }[]> } };
    expect(manifest.scenario.strategies.copy[0].from).toEqual({ tick: 10 });
    expect(manifest.scenario.strategies.late[0].from).toEqual({ indicator: 'civilian-deaths:1', above: 0 });
  });

  it('names the user\'s line and the point of a bad value', () => {
    const r = run('sweep', file, '--vary', 'elite.exclusionary=-0.2:0.2:0.2', '--runs', '1', '--out', join(dir(), 'never'));
    expect(r.status).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('exclusionary: 0.8')) + 1;
    expect(r.stderr).toContain(`--vary: point 0 of 3 is not a valid scenario:\n${file}:${line}:`);
    expect(r.stderr).toMatch(/got -0\.2 \(at the point elite\.exclusionary=-0\.2\)/);
  });

  it('notes a strategy field the sweep does not run, and a STEP that stops short of TO', () => {
    const out = join(dir(), 'inert');
    const r = run('sweep', file, '--vary', 'strategies.late.*.from.tick=0:24:20', '--strategy', 'early', '--runs', '1', '--workers', '0', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^note: --vary strategies\.late\.\*\.from\.tick=0:24:20: STEP 20 does not divide/m);
    expect(r.stderr).toMatch(/^note: strategies\.late\.\*\.from\.tick: changes nothing in the runs of strategies "none" and "early", so every point gives the same results \(to sweep late's field, run it: --strategy late\)$/m);
    expect(r.stdout).toMatch(/1 paired run at each of 2 points/);
    expect(JSON.parse(read(out, 'sweep.json')).notes).toHaveLength(2);
  });

  it('notes a Sobol analysis of an outcome that never varies, and prints a zero as 0', () => {
    const out = join(dir(), 'cost');
    const r = run('sensitivity', file, '--params', 'elite.exclusionary', '--outcome', 'cost', '--method', 'sobol', '--samples', '2', '--runs', '1', '--workers', '0', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^note: the outcome, cost of the strategy per run \(US dollars\) under none, is the same at every point \(0 everywhere\), so it has no variance to apportion and its Sobol indices are undefined/m);
    expect(JSON.parse(read(out, 'sensitivity.json')).notes[0]).toMatch(/indices are undefined/);
    expect(r.stdout).toMatch(/1 run per point/);
    const oat = run('sensitivity', file, '--params', 'elite.exclusionary', '--outcome', 'cost', '--levels', '2', '--runs', '1', '--workers', '0', '--out', join(dir(), 'oat'));
    expect(oat.stdout).toMatch(/elite\.exclusionary\s+0: 0\s+1: 0\s+0\n/);
  });

  it('suggests the parameter meant, and reads a list where a range was meant as one parameter', () => {
    const typo = run('sensitivity', file, '--params', 'elite.exclusionry', '--out', join(dir(), 'never'));
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/did you mean "exclusionary"\?/);
    const list = run('sensitivity', file, '--params', 'elite.exclusionary=0.2,0.6', '--out', join(dir(), 'never'));
    expect(list.status).toBe(2);
    expect(list.stderr).toMatch(/--params elite\.exclusionary=0\.2,0\.6: a parameter's range is written LO:HI \(FROM:TO\), as in elite\.exclusionary=0\.2:0\.6/);
    const grid = run('sensitivity', file, '--params', 'population.grid', '--out', join(dir(), 'never'));
    expect(grid.status).toBe(2);
    expect(grid.stderr).toMatch(/population\.grid: sets the size of a run/);
  });
});
