/**
 * The command line's side of scenario files: reading them with the real instrument catalogue,
 * `firebreak validate` (files and folders) and how user errors end the process.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handler as validateHandler, scenarioFiles, validateFiles } from '../../cli/commands/validate.js';
import { catalogue, loadScenarioFile, readScenarioText } from '../../cli/load-scenario.js';
import { parseScenario } from '../../scenarios/parse.js';
import { reportAndExit, UserError } from '../../cli/user-error.js';
import { ScenarioError } from '../../scenarios/scenario-error.js';
import { INSTRUMENTS } from '../../sim/instruments/catalogue.js';

describe('loadScenarioFile', () => {
  it('loads the bundled scenarios with the real catalogue', () => {
    const s = loadScenarioFile('scenarios/fragile-state.yaml');
    expect(Object.keys(s.strategies)).toEqual(expect.arrayContaining(['none', 'early', 'late']));
    expect(loadScenarioFile('scenarios/classic/epstein-1.yaml').elite.enabled).toBe(false);
  });

  it("parses the README's example scenario, a shortened fragile state with the same strategy names", () => {
    const yaml = /## Scenario files[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
    expect(yaml).toBeDefined();
    const s = parseScenario(yaml!, 'README.md', catalogue);
    expect(Object.keys(s.strategies)).toEqual(Object.keys(loadScenarioFile('scenarios/fragile-state.yaml').strategies));
  });

  it('passes the catalogue of sim/instruments to the parser', () => {
    expect(catalogue.instrumentIds).toEqual(INSTRUMENTS.map((d) => d.id));
    expect(catalogue.deliverersOf(INSTRUMENTS[0].id)).toEqual(INSTRUMENTS[0].deliverers);
    expect(catalogue.deliverersOf('no-such-instrument')).toBeUndefined();
  });

  it('a missing file or a folder is a UserError, a bad file a ScenarioError', () => {
    expect(() => loadScenarioFile('scenarios/nope.yaml')).toThrow(new UserError('cannot read scenario scenarios/nope.yaml: no such file'));
    expect(() => loadScenarioFile('scenarios')).toThrow(/cannot read scenario scenarios: it is a folder/);
    expect(() => loadScenarioFile('test/fixtures/bad/unknown-instrument.yaml')).toThrow(ScenarioError);
  });
});

describe('readScenarioText: UTF-8 only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-encoding-'));
  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const scenario = 'name: Cafe\ngroups: [{ id: a, share: 1 }]\n';

  it('names a Latin-1 file and the line and column of its first bad byte', () => {
    const path = file('latin1.yaml', Buffer.from('name: Caf\xe9\ngroups: [{ id: a, share: 1 }]\ndescription: na\xefve\n', 'latin1'));
    expect(() => readScenarioText(path)).toThrow(new UserError(`${path} is not UTF-8 text (line 1, column 10: byte 0xE9 is not UTF-8; perhaps the file was saved as Latin-1 or Windows-1252): save it as UTF-8`));
    // Columns count characters, as an editor does, not bytes.
    const later = file('later.yaml', Buffer.concat([Buffer.from('name: Café\ndescription: é '), Buffer.from([0x80, 0x0a])]));
    expect(() => readScenarioText(later)).toThrow(/\(line 2, column 16: byte 0x80 is not UTF-8/);
    // A character cut short by the end of the file.
    expect(() => readScenarioText(file('cut.yaml', Buffer.from([...Buffer.from('name: x'), 0xe2, 0x82])))).toThrow(/\(line 1, column 8: byte 0xE2 is not UTF-8/);
  });

  it('names UTF-16, with or without its byte-order mark', () => {
    const le = file('le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(scenario, 'utf16le')]));
    expect(() => readScenarioText(le)).toThrow(new UserError(`${le} is not UTF-8 text (it starts with the byte-order mark of UTF-16, little-endian): save it as UTF-8`));
    const be = file('be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(scenario, 'utf16le').swap16()]));
    expect(() => readScenarioText(be)).toThrow(/is not UTF-8 text \(it starts with the byte-order mark of UTF-16, big-endian\)/);
    const bare = file('bare.yaml', Buffer.from(scenario, 'utf16le'));
    expect(() => readScenarioText(bare)).toThrow(/is not UTF-8 text \(line 1, column 2: a NUL byte; perhaps UTF-16 without a byte-order mark/);
  });

  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(readScenarioText(file('bom.yaml', Buffer.from(`\ufeff${scenario}`)))).toBe(scenario);
    expect(loadScenarioFile(file('accents.yaml', Buffer.from('name: Café ☕ 𝄞\ngroups: [{ id: a, share: 1 }]\n'))).name).toBe('Café ☕ 𝄞');
  });

  it('firebreak validate reports the file and goes on to the next', () => {
    const bad = file('v-latin1.yaml', Buffer.from('name: Caf\xe9\ngroups: [{ id: a, share: 1 }]\n', 'latin1'));
    const out: string[] = [];
    const err: string[] = [];
    expect(validateFiles([bad, 'scenarios/fragile-state.yaml'], (l) => out.push(l), (l) => err.push(l))).toBe(1);
    expect(err).toEqual([`${bad} is not UTF-8 text (line 1, column 10: byte 0xE9 is not UTF-8; perhaps the file was saved as Latin-1 or Windows-1252): save it as UTF-8`]);
    expect(out).toEqual(['ok scenarios/fragile-state.yaml']);
  });
});

describe('firebreak validate', () => {
  const capture = (paths: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const failed = validateFiles(paths, (l) => out.push(l), (l) => err.push(l));
    return { failed, out, err };
  };

  it('prints ok for good files', () => {
    const r = capture(['scenarios/fragile-state.yaml', 'scenarios/classic/epstein-1.yaml']);
    expect(r).toEqual({ failed: 0, out: ['ok scenarios/fragile-state.yaml', 'ok scenarios/classic/epstein-1.yaml'], err: [] });
  });

  it('expands folders recursively to their .yaml files, sorted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-validate-'));
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.hidden'));
    for (const f of ['b.yaml', 'a.yml', 'notes.txt', 'sub/c.yaml', '.hidden/d.yaml']) writeFileSync(join(dir, f), '');
    expect(scenarioFiles([dir, 'x.yaml'])).toEqual([join(dir, 'a.yml'), join(dir, 'b.yaml'), join(dir, 'sub/c.yaml'), 'x.yaml']);
  });

  it('reports every bad fixture, each problem with its file and line, and counts the failures', () => {
    const fixtures = readdirSync('test/fixtures/bad').filter((f) => f.endsWith('.yaml'));
    const r = capture(['test/fixtures/bad']);
    expect(r.failed).toBe(fixtures.length);
    expect(r.out).toEqual([]);
    for (const f of fixtures) expect(r.err.join('\n')).toMatch(new RegExp(`^test/fixtures/bad/${f.replace('.', '\\.')}:\\d+:\\d+: `, 'm'));
  });

  it('a missing file and an empty folder are failures', () => {
    const empty = mkdtempSync(join(tmpdir(), 'firebreak-empty-'));
    const r = capture(['nope.yaml', empty]);
    expect(r.failed).toBe(2);
    expect(r.err).toEqual([`no scenario files (.yaml) under ${empty}`, 'cannot read scenario nope.yaml: no such file']);
  });

  it('the command sets exit code 2 when a file fails', () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      validateHandler({ files: ['scenarios/fragile-state.yaml'], _: [], $0: 'firebreak' });
      expect(process.exitCode ?? 0).toBe(0);
      validateHandler({ files: ['scenarios/fragile-state.yaml', 'test/fixtures/bad/shares-sum.yaml'], _: [], $0: 'firebreak' });
      expect(process.exitCode).toBe(2);
      expect(stdout).toHaveBeenCalledWith('ok scenarios/fragile-state.yaml\n');
      expect(stderr).toHaveBeenCalledWith('1 file failed validation\n');
    } finally {
      process.exitCode = undefined;
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe('reportAndExit', () => {
  afterEach(() => vi.restoreAllMocks());

  const run = (err: unknown) => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (written.push(String(s)), true));
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => reportAndExit(err)).toThrow(/^exit/);
    return { code: exit.mock.calls[0][0], text: written.join('') };
  };

  it('prints only the message of a user error and exits 2', () => {
    expect(run(new UserError('cannot read scenario x.yaml: no such file'))).toEqual({ code: 2, text: 'cannot read scenario x.yaml: no such file\n' });
    const scenarioError = new ScenarioError([{ file: 'x.yaml', line: 3, column: 5, path: 'horizon', message: 'expected a whole number from 1 to 100000, got 0' }]);
    expect(run(scenarioError)).toEqual({ code: 2, text: 'x.yaml:3:5: horizon: expected a whole number from 1 to 100000, got 0\n' });
  });

  it('prints the stack of anything else and exits 1', () => {
    const r = run(new TypeError('boom'));
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/internal error/);
    expect(r.text).toMatch(/TypeError: boom\n\s+at /);
  });
});
