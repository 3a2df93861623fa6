/**
 * Every chart of the report renders to SVG from a small batch, with the marks a reader expects
 * (the charts issue's first check), and the report is one self-contained file.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import { batchCharts, fanChart, runChart, sensitivityChart, strategyScale, sweepChart } from '../../../analysis/charts/index.js';
import { MAX_LINE_POINTS, placeLabels, stageSpells } from '../../../analysis/charts/run-trajectory.js';
import { spawnSync } from 'node:child_process';
import type { SensitivityResult } from '../../../analysis/sensitivity/run-sensitivity.js';
import { runSweep, sweepRows } from '../../../analysis/sweep/run-sweep.js';
import { parseVariation } from '../../../analysis/sweep/variation.js';
import { catalogue } from '../../../scenarios/catalogue.js';
import { readBatchFolder } from '../../../analysis/report/read-results.js';
import { renderSvg } from '../../../analysis/report/render-svg.js';
import { writeReport } from '../../../analysis/report/write-report.js';
import { loadScenarioFile } from '../../../cli/load-scenario.js';

let out = '';
let file = '';
const svgs = new Map<string, string>();
const strategies = ['none', 'early', 'late'];

beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'firebreak-charts-')), 'small.yaml');
  writeFileSync(file, readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('grid: 50', 'grid: 20').replace('horizon: 120', 'horizon: 48'));
  out = mkdtempSync(join(tmpdir(), 'firebreak-charts-'));
  await runBatch({ scenario: loadScenarioFile(file), scenarioPath: file, strategies, runs: 16, seed: 3, workers: 0, out, formats: ['csv', 'jsonl', 'arrow'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
  for (const c of batchCharts(readBatchFolder(out))) svgs.set(c.name, await renderSvg(c.spec));
});

const count = (svg: string, mark: string) => (svg.match(new RegExp(`class="mark-${mark} role-mark`, 'g')) ?? []).length;

describe('charts', () => {
  it('renders all six charts', () => {
    expect([...svgs.keys()].sort()).toEqual(['atrocity-rate', 'cost-effectiveness', 'deaths-averted', 'stages', 'time-to-atrocity', 'trajectories']);
    for (const svg of svgs.values()) expect(svg.startsWith('<svg')).toBe(true);
  });

  it('draws the fan chart as a panel per strategy, the baseline behind each: a median line and a band for both', () => {
    const svg = svgs.get('trajectories')!;
    const others = strategies.length - 1;
    // Three measures, each a panel per strategy, with two series in each (the strategy and "none").
    expect(count(svg, 'line')).toBe(3 * others * 2);
    expect(count(svg, 'area')).toBe(3 * others * 2);
    expect(svg).toMatch(/Hostility between groups/);
    expect(svg).toMatch(/months since the start/);
    expect(svg).toMatch(/"none" in grey behind it/);
    for (const s of strategies.slice(1)) expect(svg).toContain(`>${s}</text>`);
  });

  it('keeps one panel per measure when one strategy is compared with the baseline (the classroom page)', async () => {
    const data = readBatchFolder(out);
    const two = { ...data, strategies: ['none', 'early'], bands: data.bands.filter((b) => b.strategy !== 'late'), runs: data.runs.filter((r) => r.strategy !== 'late') };
    const svg = await renderSvg(fanChart(two));
    expect(count(svg, 'line')).toBe(3 * 2);
    expect(count(svg, 'area')).toBe(3 * 2);
    expect(svg).not.toMatch(/grey behind it/);
  });

  it('draws a Kaplan-Meier curve per strategy and a stacked stage area per strategy and stage', () => {
    expect(count(svgs.get('time-to-atrocity')!, 'line')).toBe(strategies.length);
    expect(count(svgs.get('stages')!, 'area')).toBe(strategies.length * 6);
    // The legend writes the stages as a reader would, not as codes.
    expect(svgs.get('stages')!).toContain('>armed conflict<');
    expect(svgs.get('stages')!).not.toContain('>armed-conflict<');
  });

  it('keeps the same colour for the same strategy in every chart', () => {
    const { range } = strategyScale(strategies);
    for (const name of ['atrocity-rate', 'trajectories', 'time-to-atrocity']) {
      for (const colour of range) expect(svgs.get(name)!.toLowerCase(), `${name} ${colour}`).toContain(colour.toLowerCase());
    }
    // Interval rules and points on the rate chart; a box per compared strategy.
    expect(count(svgs.get('atrocity-rate')!, 'rule')).toBe(1);
    expect(count(svgs.get('deaths-averted')!, 'rect')).toBeGreaterThanOrEqual(1);
  });

  it('reads the runs from runs.jsonl or runs.arrow when the batch wrote no runs.csv, and sends an unfinished batch to --resume', () => {
    const fromCsv = readBatchFolder(out).runs;
    for (const keep of ['runs.jsonl', 'runs.arrow']) {
      const dir = join(mkdtempSync(join(tmpdir(), 'firebreak-charts-')), 'b');
      cpSync(out, dir, { recursive: true });
      for (const f of ['runs.csv', 'runs.jsonl', 'runs.arrow']) if (f !== keep) rmSync(join(dir, f));
      expect(readBatchFolder(dir).runs).toEqual(fromCsv);
    }
    const unfinished = join(mkdtempSync(join(tmpdir(), 'firebreak-charts-')), 'u');
    cpSync(out, unfinished, { recursive: true });
    rmSync(join(unfinished, 'summary.json'));
    expect(() => readBatchFolder(unfinished)).toThrow(/unfinished batch: run the same firebreak batch command with --resume/);
  });

  it('writes one self-contained HTML report and the vega-lite JSON of every chart', async () => {
    const { html, charts } = await writeReport(out);
    const text = readFileSync(html, 'utf8');
    expect(text).toMatch(/<table>/);
    expect((text.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(6);
    // Nothing to fetch: no scripts, stylesheets or images from elsewhere.
    expect(text).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src="http|url\(http/i);
    expect(text).toMatch(/not a forecast/);
    for (const c of charts) expect(existsSync(c)).toBe(true);
    expect(JSON.parse(readFileSync(charts[0], 'utf8')).$schema).toMatch(/vega-lite/);
  });

  it('draws the cost-of-waiting curve of a sweep: a line with points and a band per strategy in both panels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-charts-sweep-'));
    const path = 'strategies.late.*.from.tick';
    const result = await runSweep({
      scenarioText: readFileSync(file, 'utf8'), scenarioPath: file, catalogue, variations: [parseVariation(`${path}=0:24:12`)],
      strategies: ['none', 'late'], baseline: 'none', runs: 8, seed: 1, workers: 0, out: dir, formats: ['csv'], resume: false,
    });
    const { rows } = sweepRows(result.points, [path], ['none', 'late']);
    const svg = await renderSvg(sweepChart({ scenario: 'small', baseline: 'none', strategies: ['none', 'late'], paths: [path], rows, runs: 8, tickUnit: 'month' }));
    expect(count(svg, 'line')).toBe(2 * 2);
    expect(count(svg, 'area')).toBe(2 * 2);
    // One point mark per panel, with a point per strategy and start month: 2 x 3 in each.
    expect(count(svg, 'symbol')).toBe(2);
    const symbols = svg.split('class="mark-symbol role-mark').slice(1).map((part) => (part.split('</g>')[0].match(/<path /g) ?? []).length);
    expect(symbols).toEqual([6, 6]);
    expect(svg).toMatch(/The cost of waiting/);
    expect(svg).toMatch(/month the instruments start/);
    const { html } = await writeReport(dir);
    expect(readFileSync(html, 'utf8')).toMatch(/<svg/);
  });

  it('draws sensitivity results as sorted bars: Sobol first-order and total per parameter, or one-at-a-time swings', async () => {
    const interval = (estimate: number) => ({ estimate, lower: estimate - 0.05, upper: estimate + 0.05 });
    const base = { scenario: 's', outcome: { id: 'civilian-deaths', description: 'civilians killed per run (people)' }, strategy: 'none', baseline: 'none', runs: 4, parameters: [], notes: [], interrupted: false };
    const sobol: SensitivityResult = { ...base, method: 'sobol', samples: 64, variance: 1, sobol: [
      { path: 'elite.exclusionary', first: interval(0.2), total: interval(0.3) },
      { path: 'population.vision', first: interval(0.5), total: interval(0.6) },
      { path: 'population.cop-density', first: interval(0.01), total: interval(0.05) },
    ] };
    const svg = await renderSvg(sensitivityChart(sobol));
    expect(count(svg, 'rect')).toBe(1);
    // One bar per parameter and index; parameters listed most influential first.
    expect((svg.split('class="mark-rect role-mark')[1].split('</g>')[0].match(/<path /g) ?? []).length).toBe(6);
    const order = ['population.vision', 'elite.exclusionary', 'population.cop-density'].map((p) => svg.indexOf(`>${p}<`));
    expect(order.every((at) => at > 0)).toBe(true);
    const oat: SensitivityResult = { ...base, method: 'oat', base: interval(100), oat: [
      { path: 'a', levels: [{ value: 0, mean: interval(50) }, { value: 1, mean: interval(150) }], swing: 100 },
      { path: 'b', levels: [{ value: 0, mean: interval(90) }, { value: 1, mean: interval(120) }], swing: 30 },
    ] };
    const tornado = await renderSvg(sensitivityChart(oat));
    expect(count(tornado, 'rect')).toBe(1);
    expect(count(tornado, 'symbol')).toBe(2);
    expect(count(tornado, 'rule')).toBe(1);
    expect(tornado).toMatch(/its range as each parameter varies alone/);
  });

  it('draws one run\'s trajectory (firebreak run --chart): stage strip, two lines per panel, labelled events', async () => {
    const out = mkdtempSync(join(tmpdir(), 'firebreak-run-chart-'));
    const svgPath = join(out, 'run.svg');
    const cli = join(process.cwd(), 'dist/cli/index.js');
    const r = spawnSync(process.execPath, [cli, 'run', file, '--strategy', 'late', '--seed', '3', '--chart', svgPath], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/trajectory drawn to/);
    const svg = readFileSync(svgPath, 'utf8');
    const spec = JSON.parse(readFileSync(join(out, 'run.vl.json'), 'utf8'));
    expect(spec.title.text).toMatch(/one run under "late", seed 3/);
    expect(count(svg, 'rect')).toBe(1);
    // Two panels of two series each (vega draws a line mark per series).
    expect(count(svg, 'line')).toBe(4);
    expect(svg).toMatch(/hostility \(mean, 0 to 1\)/);
    expect(svg).toMatch(/civilians killed so far/);
    const bad = spawnSync(process.execPath, [cli, 'run', file, '--chart', join(out, 'run.png')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/ending in \.svg/);
    // Events of the same month share a label; instruments starting together are counted.
    const spec2 = runChart({ title: 't', tickUnit: 'month', stages: ['a', 'b'], stage: [0, 0, 1], hostility: [0, 0.1, 0.2], mobilisation: [0, 0, 0], civilianDeathsCumulative: [0, 0, 5], battleDeaths: [0, 1, 1],
      events: [{ tick: 1, kind: 'instrument-start', detail: 'mediation by un' }, { tick: 1, kind: 'instrument-start', detail: 'peacekeeping by un' }, { tick: 1, kind: 'instrument-start', detail: 'aid by un' }, { tick: 2, kind: 'mass-atrocity-onset', detail: '' }, { tick: 2, kind: 'stance-change', detail: '' }] });
    const strip = (spec2.vconcat as { layer: { data: { values: { tick: number; label: string }[] } }[] }[])[0].layer;
    const events = [...strip[1].data.values, ...strip[2].data.values].sort((a, b) => a.tick - b.tick);
    expect(events.map((e) => e.label)).toEqual(['3 instruments start', 'mass atrocity']);
    // The stage strip is one bar per spell in a stage.
    expect(stageSpells([0, 0, 1, 1, 1, 0], ['a', 'b'])).toEqual([{ tick: 0, next: 2, stage: 'a' }, { tick: 2, next: 5, stage: 'b' }, { tick: 5, next: 6, stage: 'a' }]);
  });

  it('places event labels where they do not overprint, and writes those at the right edge to the left of their line', () => {
    // Crowded months, as in a run where a ceasefire follows the instruments starting.
    const labels = [2, 60, 61, 62, 64, 65, 100, 119, 120].map((tick, i) => ({ tick, label: i % 2 ? 'ceasefire' : '4 instruments start', major: false }));
    const { marks, rows } = placeLabels(labels, 120);
    expect(rows).toBeGreaterThanOrEqual(5);
    const extent = (m: (typeof marks)[number]) => {
      const x = (m.tick / 120) * 600;
      const w = m.label.length * 0.565 * 11 + 3;
      return m.side === 'left' ? [x, x + w] : [x - w, x];
    };
    for (const m of marks) {
      const [from, to] = extent(m);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to, m.label).toBeLessThanOrEqual(600);
      for (const o of marks) if (o !== m && o.row === m.row) expect(extent(o)[1] <= from || extent(o)[0] >= to, `${m.tick} and ${o.tick}`).toBe(true);
    }
    expect(marks.find((m) => m.tick === 120)!.side).toBe('right');
    expect(marks.find((m) => m.tick === 2)!.side).toBe('left');
    // More crowded than the rows can hold: every label still gets a row.
    const many = placeLabels(Array.from({ length: 40 }, (_, t) => ({ tick: t, label: 'armed group forms', major: false })), 40);
    expect(many.rows).toBe(8);
    expect(many.marks.every((m) => m.row >= 0 && m.row < 8)).toBe(true);
  });

  it('draws a run of thousands of ticks from at most MAX_LINE_POINTS a line, its last tick and its totals included', () => {
    const n = 5000;
    const ramp = Array.from({ length: n }, (_, t) => t / n);
    const spec = runChart({ title: 't', tickUnit: 'week', stages: ['a', 'b'], stage: ramp.map((v) => (v < 0.5 ? 0 : 1)), hostility: ramp, mobilisation: ramp,
      civilianDeathsCumulative: ramp.map((_, t) => t), battleDeaths: ramp.map(() => 2), events: [] });
    const panels = spec.vconcat as { layer: { data: { values: { tick: number; measure: string; value: number; next?: number }[] } }[] }[];
    expect(panels[1].layer[0].data.values).toEqual([{ tick: 0, next: 2500, stage: 'a' }, { tick: 2500, next: 5000, stage: 'b' }]);
    const battle = panels[3].layer[0].data.values.filter((r) => r.measure === 'battle deaths so far');
    expect(battle.length).toBeLessThanOrEqual(MAX_LINE_POINTS + 1);
    expect(battle[battle.length - 1]).toEqual({ tick: n - 1, measure: 'battle deaths so far', value: 2 * n });
    // Every tick of a run of ordinary length is drawn.
    const short = runChart({ title: 't', tickUnit: 'month', stages: ['a'], stage: [0, 0, 0], hostility: [0, 0, 0], mobilisation: [0, 0, 0], civilianDeathsCumulative: [0, 0, 0], battleDeaths: [0, 0, 0], events: [] });
    expect((short.vconcat as typeof panels)[2].layer[0].data.values.map((r) => r.tick)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('sweep and sensitivity charts, in words a reader follows', () => {
  // Every point of these made-up sweeps shares the batch's summary: the charts' layout is under test, not the numbers.
  const points = (values: Record<string, string | number | boolean>[]) => values.map((v, point) => ({ point, values: v, summary: readBatchFolder(out).summary }));
  const data = (paths: string[], values: Record<string, string | number | boolean>[], tickUnit = 'month') =>
    ({ scenario: 's', baseline: 'none', strategies, paths, rows: sweepRows(points(values), paths, strategies).rows, runs: 16, tickUnit });
  const symbolsPerMark = (svg: string) => svg.split('class="mark-symbol role-mark').slice(1).map((part) => (part.split('</g>')[0].match(/<path /g) ?? []).length);

  it('draws true/false (or names) on an ordinal axis, every point in place', async () => {
    const spec = sweepChart(data(['population.movement'], [{ 'population.movement': true }, { 'population.movement': false }]));
    const x = (spec.vconcat as { layer: { encoding: { x: { type: string; sort: string[] } } }[] }[])[0].layer[1].encoding.x;
    expect(x.type).toBe('ordinal');
    expect(x.sort).toEqual(['true', 'false']);
    const svg = await renderSvg(spec);
    // A point per strategy and value in each panel (a quantitative axis of NaN drew none).
    expect(symbolsPerMark(svg)).toEqual([6, 6]);
    expect(svg).toMatch(/>true</);
    expect(svg).toMatch(/>false</);
    expect(svg).toMatch(/Outcomes as population movement varies/);
  });

  it('says the start of the cost of waiting in the scenario\'s tick and for the instrument the path moves', () => {
    const title = (path: string, tickUnit = 'month') => (sweepChart(data([path], [{ [path]: 0 }, { [path]: 6 }], tickUnit)).title as { text: string }).text;
    expect(title('strategies.late.*.from.tick', 'week')).toBe('The cost of waiting: outcomes by the week the instruments start');
    expect(title('strategies.late.mediation.from.tick')).toBe('The cost of waiting: outcomes by the month late\'s mediation starts');
    expect(title('strategies.late.0.from.tick', 'week')).toBe('The cost of waiting: outcomes by the week late\'s 1st instrument starts');
    expect(title('groups.majority.hardship')).toBe('Outcomes as majority\'s hardship varies');
    expect(title('strategies.early.*.intensity')).toBe('Outcomes as intensity of early\'s instruments varies');
  });

  it('puts the first path that moves on the x axis, and draws a second one\'s values as dashes its legend shows', async () => {
    const values = [0, 12].flatMap((tick) => [0.4, 0.6].map((h) => ({ 'elite.exclusionary': 0.8, 'strategies.late.*.from.tick': tick, 'groups.majority.hardship': h })));
    const spec = sweepChart(data(['elite.exclusionary', 'strategies.late.*.from.tick', 'groups.majority.hardship'], values));
    const line = (spec.vconcat as { layer: { encoding: { x: { field: string }; strokeDash: { field: string; title: string } } }[] }[])[0].layer[1].encoding;
    expect(line.x.field).toBe('strategies\\.late\\.*\\.from\\.tick');
    expect(line.strokeDash).toMatchObject({ field: 'groups\\.majority\\.hardship', title: 'majority\'s hardship' });
    expect((spec.title as { subtitle: string[] }).subtitle.slice(0, -1).join(' ')).toBe('swept: strategies.late.*.from.tick, groups.majority.hardship; held: elite.exclusionary = 0.8');
    const svg = await renderSvg(spec);
    const legend = svg.split('Symbol legend titled \'majority\'s hardship\'')[1].split('role-legend-title')[0];
    // One stroked line per value, with different dashes (a line with points drew identical dots).
    const symbols = [...legend.matchAll(/class="mark-symbol role-legend-symbol"[^>]*><path ([^>]*)/g)].map((m) => m[1]);
    expect(symbols).toHaveLength(2);
    expect(symbols.every((s) => /stroke="#444"/.test(s))).toBe(true);
    expect(new Set(symbols.map((s) => /stroke-dasharray="([^"]*)"/.exec(s)?.[1])).size).toBe(2);
  });

  it('keeps a sensitivity chart within the report\'s width, its subtitle in lines', async () => {
    const interval = (estimate: number) => ({ estimate, lower: estimate - 0.05, upper: estimate + 0.05 });
    const result: SensitivityResult = {
      scenario: 's', outcome: { id: 'deaths-averted', description: 'civilian deaths averted per run against the baseline twin (people)' }, strategy: 'early', baseline: 'none', runs: 1,
      parameters: [], notes: [], interrupted: false, method: 'sobol', samples: 64, variance: 1,
      sobol: [{ path: 'strategies.early.targeted-sanctions.intensity', first: interval(0.5), total: interval(0.6) }, { path: 'elite.exclusionary', first: interval(0.2), total: interval(0.3) }],
    };
    const spec = sensitivityChart(result);
    const subtitle = (spec.title as { subtitle: string[] }).subtitle;
    expect(subtitle.length).toBeGreaterThan(1);
    expect(subtitle.every((l) => l.length <= 80)).toBe(true);
    expect(subtitle.join(' ')).toMatch(/mean of 1 run per point/);
    const width = Number(/<svg[^>]*width="(\d+)"/.exec(await renderSvg(spec))![1]);
    expect(width).toBeLessThan(1000);
  });

  it('says in the chart that a Sobol analysis of an outcome that never varied has no indices', async () => {
    const nan = { estimate: NaN, lower: NaN, upper: NaN };
    const result = JSON.parse(JSON.stringify({
      scenario: 's', outcome: { id: 'cost', description: 'cost of the strategy per run (US dollars)' }, strategy: 'none', baseline: 'none', runs: 1,
      parameters: [], notes: [], interrupted: false, method: 'sobol', samples: 2, variance: 0, sobol: [{ path: 'elite.exclusionary', first: nan, total: nan }],
    })) as SensitivityResult;
    const svg = await renderSvg(sensitivityChart(result));
    expect(svg).toMatch(/No indices: the outcome did not vary over the rows of the design/);
    expect(svg).not.toMatch(/0\.000000%/);
  });

  it('writes the report of a sweep whose points/ folder was deleted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-charts-sweep-'));
    const path = 'strategies.late.*.from.tick';
    const text = readFileSync(file, 'utf8').replace('horizon: 48', 'horizon: 12');
    const result = await runSweep({
      scenarioText: text, scenarioPath: file, catalogue, variations: [parseVariation(`${path}=0:10:6`)],
      strategies: ['none', 'late', 'early'], baseline: 'none', runs: 2, seed: 1, workers: 0, out: dir, formats: ['csv'], resume: false,
    });
    // 0:10:6 stops at 6, which the sweep says in its result and its report.
    expect(result.notes).toHaveLength(2);
    expect(result.notes[0]).toMatch(/STEP 6 does not divide/);
    expect(result.notes[1]).toMatch(/tick 0 is the starting state/);
    rmSync(join(dir, 'points'), { recursive: true });
    const { html } = await writeReport(dir);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/The cost of waiting: outcomes by the month the instruments start/);
    expect(page).toMatch(/class="note"><strong>Note:<\/strong> --vary strategies\.late\.\*\.from\.tick=0:10:6: STEP 6/);
    expect(page).toContain('A minority-based elite');
    // A sweep.json written before it held the tick unit: the report still draws, in ticks.
    const sweepJson = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
    delete sweepJson.tick;
    delete sweepJson.description;
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify(sweepJson));
    const again = readFileSync((await writeReport(dir)).html, 'utf8');
    expect(again).toMatch(/outcomes by the tick the instruments start/);
  });
});
