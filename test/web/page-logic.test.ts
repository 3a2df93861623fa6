/**
 * The classroom page's pure parts, in Node: the bundled scenarios and their teaching notes,
 * the start-month change against `firebreak sweep`'s own variant, the page's batch numbers
 * against the files `firebreak batch` writes, and its sweep rows against `firebreak sweep`'s.
 */
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../analysis/batch/run-batch.js';
import { BAND_SERIES, runTask } from '../../analysis/batch/run-task.js';
import type { RunRecord } from '../../analysis/batch/types.js';
import { sweepChart } from '../../analysis/charts/sweep.js';
import { runSweep, sweepRows } from '../../analysis/sweep/run-sweep.js';
import { parseVariation, scenarioVariant } from '../../analysis/sweep/variation.js';
import { catalogue } from '../../scenarios/catalogue.js';
import { parseScenario } from '../../scenarios/parse.js';
import { createWorld } from '../../sim/world.js';
import { start, step } from '../../sim/engine.js';
import { batchChartData, bandRows, joinRecords, runRows, sortRecords } from '../../web/src/many-worlds/aggregate.js';
import { BaselineCache } from '../../web/src/many-worlds/baseline-cache.js';
import { labelledEvents, REPEAT_MONTHS, timelineLayout, timelineSpec } from '../../web/src/one-world/timeline.js';
import { bundledScenarios, openedScenario } from '../../web/src/scenarios.js';
import { defaultStrategy } from '../../web/src/setup.js';
import { fixedStartMonth, withStartMonth } from '../../web/src/start-month.js';
import { groupPalette } from '../../web/src/one-world/glyphs.js';
import { roughPeople, wholePercents } from '../../web/src/format.js';
import { readableSources } from '../../web/src/teaching/source-names.js';
import { commentSections } from '../../web/src/teaching/teaching-note.js';
import { WATCH } from '../../web/src/teaching/watch.js';
import { atSweepMonths, pairRecords, summarisePoint, sweepChartRows, sweepData, sweepMonths, startPath } from '../../web/src/waiting/sweep-data.js';
import { fillTickWords, tickWords } from '../../web/src/tick-words.js';

/** The files the page bundles (web/src/main.ts globs the same two folders). */
function scenarioTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const dir of ['scenarios', 'scenarios/classic']) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) texts[`../../${dir}/${f}`] = readFileSync(join(dir, f), 'utf8');
  }
  return texts;
}

/** A small default scenario: a 16x16 grid for 36 months (a batch of a dozen runs in about a second). */
const SMALL = readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('grid: 50', 'grid: 16').replace('horizon: 120', 'horizon: 36');
const small = () => parseScenario(SMALL, 'small.yaml', catalogue);

describe('the bundled scenarios and their teaching notes', () => {
  const list = bundledScenarios(scenarioTexts());

  it('offers every scenario file, the default first, each named as the command line names it', () => {
    expect(list[0].id).toBe('fragile-state');
    expect(list[0].file).toBe('scenarios/fragile-state.yaml');
    expect(list.map((s) => s.file)).toContain('scenarios/classic/epstein-2.yaml');
    expect(list).toHaveLength(Object.keys(scenarioTexts()).length);
    for (const s of list) expect(s.scenario.strategies[defaultStrategy(s.scenario)]).toBeDefined();
  });

  it('gives each a description and what to watch, and the library files what they stylise, leave out and cite', () => {
    for (const s of list) {
      expect(s.note.description.length, s.file).toBeGreaterThan(40);
      expect(s.note.watch, s.file).not.toBeNull();
      const headings = s.note.sections.map((x) => x.heading);
      expect(headings, s.file).toContain('Sources');
      if (!s.file.includes('classic/')) expect(headings, s.file).toEqual(expect.arrayContaining(['What it stylises', 'What it leaves out']));
    }
    // No note for a file that is gone.
    for (const id of Object.keys(WATCH)) expect(list.map((s) => s.id), id).toContain(id);
  });

  it('names the source texts by their titles: no file names, no "seed 003" a student would take for the Seed control', () => {
    expect(readableSources('Sources: 003_da26653d370e6e3b.txt, Epstein 2002. Seed 002 warns; all three at once (seed 003).')).toBe(
      "Sources: the discussion of the Genocide Prevention Task Force's report, Epstein 2002. The UN compilation on preventive diplomacy warns; all three at once (the discussion of the Genocide Prevention Task Force's report).",
    );
    for (const s of list) {
      const shown = [s.note.description, s.note.watch ?? '', ...s.note.sections.map((x) => x.text)].join('\n');
      expect(shown, s.file).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bseeds? \d{3}\b/i);
    }
  });

  it('splits the opening comment at its labels, joining wrapped lines and leaving out the editor hint', () => {
    const text = '# yaml-language-server: $schema=./x.json\n#\n# Stylises: a state\n# in trouble.\n# Peacekeepers are agents: on a grid.\n# Sources: Epstein 2002,\n# b.txt.\nname: x\n# not part of the header\n';
    expect(commentSections(text)).toEqual([
      { heading: 'What it stylises', text: 'A state in trouble. Peacekeepers are agents: on a grid.' },
      { heading: 'Sources', text: 'Epstein 2002, b.txt.' },
    ]);
    expect(commentSections('# Epstein (2002) Model I: rebellion.\nname: y\n')).toEqual([{ heading: 'About this model', text: 'Epstein (2002) Model I: rebellion.' }]);
  });
});

describe('the cost of waiting: moving the start month', () => {
  const text = readFileSync('scenarios/fragile-state.yaml', 'utf8');
  const scenario = parseScenario(text, 'scenarios/fragile-state.yaml', catalogue);

  it('is the scenario `firebreak sweep --vary strategies.late.*.from.tick=M` plays', () => {
    for (const month of [0, 7, 30]) {
      const cli = scenarioVariant(text, 'scenarios/fragile-state.yaml', [{ path: 'strategies.late.*.from.tick', value: month }], catalogue);
      expect(withStartMonth(scenario, 'late', month)).toEqual(cli);
    }
    // The file's scenario is left as it was.
    expect(scenario.strategies.late[0].from).toEqual({ indicator: 'civilian-deaths:1', above: 0 });
  });

  it('moves inherited applications of a strategy that extends another, keeping delays', () => {
    const yaml = `${SMALL}\n  slow:\n    extends: early\n    add:\n      - { instrument: aid, from: { stage: crisis }, delay: 2, by: un }\n`;
    const s = parseScenario(yaml, 'x.yaml', catalogue);
    const moved = withStartMonth(s, 'slow', 10);
    expect(moved.strategies.slow.map((a) => a.from)).toEqual(s.strategies.slow.map(() => ({ tick: 10 })));
    expect(moved.strategies.slow.map((a) => a.delay)).toEqual(s.strategies.slow.map((a) => a.delay));
    expect(moved.strategies.early).toBe(s.strategies.early);
    expect(fixedStartMonth(s, 'early')).toBe(1);
    expect(fixedStartMonth(s, 'slow')).toBeNull();
    expect(fixedStartMonth(moved, 'slow')).toBe(10);
    expect(() => withStartMonth(s, 'slow', -1)).toThrow(/whole number/);
  });

  it('sweeps whole months within the run', () => {
    expect(sweepMonths(0, 48, 12, 120)).toEqual([0, 12, 24, 36, 48]);
    expect(sweepMonths(3, 4, 6, 120)).toEqual([3]);
    expect(sweepMonths(0, 120, 6, 120)).toMatch(/before the end of the run/);
    expect(sweepMonths(10, 5, 1, 120)).toMatch(/at least the first/);
    expect(sweepMonths(0, 100, 1, 120)).toMatch(/at most 40/);
    expect(sweepMonths(0, 10, 0, 120)).toMatch(/step/);
    expect(sweepMonths(0, 52, 4, 52, 'week')).toBe('The last week must be before the end of the run (week 52).');
  });
});

describe('a scenario file the user opens', () => {
  it('is parsed as the command line parses it, with a new id at each opening and no note to watch', () => {
    const text = readFileSync('scenarios/fragile-state.yaml', 'utf8');
    const a = openedScenario('mine.yaml', text, 1);
    const b = openedScenario('mine.yaml', text, 2);
    expect([a.id, b.id]).toEqual(['opened-1', 'opened-2']);
    expect(a).toMatchObject({ file: 'mine.yaml', opened: true });
    expect(a.scenario).toEqual(parseScenario(text, 'mine.yaml', catalogue));
    expect(a.note.watch).toBeNull();
    expect(a.note.sections.map((s) => s.heading)).toContain('Sources');
  });

  it('that is not a scenario throws the command line\'s error: file, line, field', () => {
    expect(() => openedScenario('mine.yaml', 'name: x\nhorizon: soon\ngroups: [ { id: a } ]\n', 1)).toThrow(/mine\.yaml:2:\d+: horizon: expected a whole number/);
  });

  it('counting weeks is described in weeks', () => {
    const words = tickWords('week');
    expect(words).toEqual({ one: 'week', many: 'weeks', One: 'Week', Many: 'Weeks' });
    expect(fillTickWords('{One} by {one}; every {many}', words)).toBe('Week by week; every weeks');
    expect(fillTickWords('Start at {one}', tickWords('month'))).toBe('Start at month');
  });
});

describe('the page\'s batch numbers are `firebreak batch`\'s', () => {
  let out = '';
  const strategies = ['none', 'early', 'late'];
  const runs = 10;
  const seed = 5;
  let records: RunRecord[] = [];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'firebreak-web-'));
    await runBatch({ scenario: small(), strategies, runs, seed, workers: 0, out, formats: ['jsonl'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
    // As the page's workers return them: in any order.
    records = Array.from({ length: runs }, (_, i) => runTask(small(), strategies, seed, i)).reverse();
  });

  it('summary, rows and quantile bands equal summary.json, runs.jsonl and series.csv', () => {
    const data = batchChartData(records, { scenario: small(), strategies, baseline: 'none', masterSeed: seed });
    expect(data.summary).toEqual(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    const jsonl = readFileSync(join(out, 'runs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(runRows(sortRecords(records), strategies)).toEqual(jsonl);
    const [header, ...lines] = readFileSync(join(out, 'series.csv'), 'utf8').trim().split('\n');
    const csv = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [header.split(',')[i], /^[a-z]/.test(v) ? v : Number(v)])));
    expect(bandRows(sortRecords(records), strategies, BAND_SERIES)).toEqual(csv);
    // The page draws the fan chart's three series only.
    expect(new Set(data.bands.map((b) => b.series))).toEqual(new Set(['hostility', 'mobilisation', 'civilian-deaths-cumulative']));
    expect(data.runs).toHaveLength(runs * strategies.length);
  });

  it('a run played one strategy at a time, the baseline from the file and the strategy moved, joins into runTask\'s record', () => {
    const moved = withStartMonth(small(), 'late', 4);
    for (const i of [0, 3]) {
      const joined = joinRecords([runTask(small(), ['none'], seed, i), runTask(moved, ['late'], seed, i)]);
      expect(joined).toEqual(runTask(moved, ['none', 'late'], seed, i));
    }
    expect(() => joinRecords([records[0], records[1]])).toThrow(/different runs/);
  });

  it('keeps the baseline\'s twins by scenario file, seed and run, preferring those with series', () => {
    const cache = new BaselineCache();
    const withSeries = runTask(small(), ['none'], seed, 2);
    const bare = runTask(small(), ['none'], seed, 2, false);
    cache.put('a.yaml', seed, bare);
    expect(cache.get('a.yaml', seed, 2, false)).toBe(bare);
    expect(cache.get('a.yaml', seed, 2, true)).toBeUndefined();
    cache.put('a.yaml', seed, withSeries);
    cache.put('a.yaml', seed, bare);
    expect(cache.get('a.yaml', seed, 2, true)).toBe(withSeries);
    expect(cache.get('a.yaml', seed + 1, 2, false)).toBeUndefined();
    expect(cache.get('b.yaml', seed, 2, false)).toBeUndefined();
  });
});

describe('the page\'s sweep rows are `firebreak sweep`\'s', () => {
  it('pairs one baseline with every month and gives sweep.csv\'s numbers', async () => {
    const out = mkdtempSync(join(tmpdir(), 'firebreak-web-sweep-'));
    const file = join(out, 'small.yaml');
    writeFileSync(file, SMALL);
    const runs = 8;
    const seed = 2;
    const months = [0, 12];
    const cli = await runSweep({
      scenarioText: SMALL, scenarioPath: file, catalogue, variations: [parseVariation(`${startPath('late')}=0:12:12`)],
      strategies: ['none', 'late'], baseline: 'none', runs, seed, workers: 0, out: join(out, 'sweep'), formats: ['csv'], resume: false,
    });
    const base = small();
    const baseline = Array.from({ length: runs }, (_, i) => runTask(base, ['none'], seed, i, false));
    const points = months.map((m) => {
      const moved = Array.from({ length: runs }, (_, i) => runTask(withStartMonth(base, 'late', m), ['late'], seed, i, false));
      return summarisePoint(m, pairRecords(baseline, moved), base, ['none', 'late'], 'none', seed);
    });
    const path = startPath('late');
    const expected = sweepRows(cli.points, [path], ['none', 'late']).rows;
    const page = sweepChartRows(points, path, ['none', 'late']);
    expect(page).toEqual(expected.map((r) => Object.fromEntries(Object.keys(page[0]).map((k) => [k, r[k]]))));
    // The chart: ticks at the months tried, the axis spanning them.
    const spec = atSweepMonths(sweepChart(sweepData(points, base, ['none', 'late'], 'none', runs)), path, months);
    const text = JSON.stringify(spec);
    expect(text).toContain('"axis":{"values":[0,12],"format":"d"}');
    expect(text).toContain('"scale":{"domain":[0,12],"nice":false}');
  });
});

describe('the grid\'s colours', () => {
  it('gives a group named after a colour that colour, and the others distinct colour-blind-safe ones', () => {
    expect(groupPalette(['blue', 'green'])).toEqual(['#56B4E9', '#009E73']);
    expect(groupPalette(['majority', 'minority'])).toEqual(['#E69F00', '#009E73']);
    expect(groupPalette(['green', 'settlers', 'orange', 'herders'])).toEqual(['#009E73', '#CC79A7', '#E69F00', '#999999']);
    // Up to five groups, never orange beside vermilion (one colour to deuteranopes and protanopes).
    expect(groupPalette(['a', 'b', 'c', 'd', 'e'])).not.toContain('#D55E00');
  });
});

describe('the many-worlds sentences', () => {
  it('give shares of all the worlds as whole percentages that add up to 100', () => {
    expect(wholePercents([0.585, 0.41, 0.005])).toEqual(['58%', '41%', '1%']);
    expect(wholePercents([1 / 3, 1 / 3, 1 / 3])).toEqual(['34%', '33%', '33%']);
    expect(wholePercents([1, 0, 0])).toEqual(['100%', '0%', '0%']);
    for (const shares of [[0.125, 0.375, 0.5], [0.995, 0.005, 0], [0.2, 0.7, 0.1]]) {
      expect(wholePercents(shares).reduce((s, p) => s + parseInt(p, 10), 0)).toBe(100);
    }
  });
});

describe('counts the model does not know to the person', () => {
  it('are rounded to three significant figures, and say so', () => {
    expect(roughPeople(38006)).toBe('about 38,000');
    expect(roughPeople(1234.4)).toBe('about 1,230');
    expect(roughPeople(38000)).toBe('38,000');
    expect(roughPeople(999.6)).toBe('1,000');
    expect(roughPeople(412)).toBe('412');
    expect(roughPeople(0)).toBe('0');
  });
});

describe('the one-world timeline', () => {
  it('labels a repeating truce once a year, and minor events only where their label has room', () => {
    const e = (tick: number, kind: string, detail = '') => ({ tick, kind, detail });
    const events = [e(3, 'instrument-start', 'mediation'), e(10, 'ceasefire'), e(12, 'relapse'), e(14, 'ceasefire'), e(10 + REPEAT_MONTHS, 'ceasefire'), e(30, 'mass-atrocity-onset'), e(31, 'stance-change', 'incite')];
    expect(labelledEvents(events, 120).map((x) => `${x.tick} ${x.kind}`)).toEqual(['3 instrument-start', '10 ceasefire', '12 relapse', '22 ceasefire', '30 mass-atrocity-onset']);
    // Six labels in six months fill the five rows (the instrument, a major event, is kept
    // anyway). A ceasefire at month 15 fits in the row of the relapse at month 3, whose label
    // (about 12 months wide on a 120-month axis) has ended; one at month 13 fits in none.
    const crowded = [e(1, 'rebel-formed'), e(2, 'ceasefire'), e(3, 'relapse'), e(4, 'settlement'), e(5, 'armed-conflict-onset'), e(6, 'instrument-start', 'mediation'), e(15, 'ceasefire'), e(16, 'mass-atrocity-onset')];
    expect(labelledEvents(crowded, 120).map((x) => x.tick)).toEqual([1, 2, 3, 4, 5, 6, 15, 16]);
    const earlier = crowded.map((x) => (x.tick === 15 ? { ...x, tick: 13 } : x));
    expect(labelledEvents(earlier, 120).map((x) => x.tick)).toEqual([1, 2, 3, 4, 5, 6, 16]);
    // On a 10-month axis the same labels take a fraction of a month each, and all fit.
    expect(labelledEvents(crowded, 10).map((x) => x.tick)).toEqual([1, 2, 3, 4, 5, 6, 15, 16]);
  });

  it('holds the month axis at the horizon while the world runs', () => {
    const world = createWorld(small(), 'early', 1);
    start(world);
    for (let t = 0; t < 5; t++) step(world);
    const text = JSON.stringify(timelineSpec(world));
    expect(text).toContain('"domain":[0,36]');
    expect(text).not.toContain('"domain":[0,5]');
    expect(text).toContain(`"text":"${world.scenario.name}: one run under \\"early\\", seed 1"`);
    // Text marks in projector type: 13 px at least.
    const sizes = [...text.matchAll(/"type":"text"[^}]*"fontSize":(\d+)/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(13);
  });

  it('fits its panels to the column: legends beside them where there is room, under them where not', () => {
    // A hidden column (width 0) and a wide one: the report's 600-pixel panels, legends beside.
    expect(timelineLayout(0)).toEqual({ panelWidth: 600, legendBelow: false });
    expect(timelineLayout(1000)).toEqual({ panelWidth: 600, legendBelow: false });
    // Beside a grid on a 1280-pixel screen, and on a 1024-pixel projector: narrower panels.
    const mid = timelineLayout(800);
    expect(mid.legendBelow).toBe(false);
    expect(mid.panelWidth).toBeLessThan(600);
    const narrow = timelineLayout(520);
    expect(narrow.legendBelow).toBe(true);
    expect(narrow.panelWidth).toBeLessThanOrEqual(520 - 60);
    expect(timelineLayout(100).panelWidth).toBeGreaterThanOrEqual(240);
    for (let w = 200; w <= 1200; w += 10) expect(timelineLayout(w).panelWidth, String(w)).toBeLessThanOrEqual(600);

    const world = createWorld(small(), 'early', 1);
    start(world);
    const spec = timelineSpec(world, 520) as { title: { text: string | string[]; subtitle: string[] }; vconcat: { width: number }[] };
    for (const panel of spec.vconcat) expect(panel.width).toBe(narrow.panelWidth);
    // The title and its subtitle wrap to the chart's width rather than widen it (20 and 15 px
    // type, about 0.57 of its size a character).
    for (const line of [spec.title.text].flat()) expect(line.length * 0.565 * 20).toBeLessThanOrEqual(narrow.panelWidth + 60);
    for (const line of spec.title.subtitle) expect(line.length * 0.565 * 15).toBeLessThanOrEqual(narrow.panelWidth + 60);
    expect(spec.title.subtitle.join(' ')).toBe('dashed lines: onsets of armed conflict and mass atrocity, and instruments starting');
    const text = JSON.stringify(spec);
    expect(text).toContain('"orient":"bottom"');
  });
});
