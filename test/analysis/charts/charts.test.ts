/**
 * Every chart of the report renders to SVG from a small batch, with the marks a reader expects
 * (the charts issue's first check), and the report is one self-contained file.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import { batchCharts, strategyScale } from '../../../analysis/charts/index.js';
import { readBatchFolder } from '../../../analysis/report/read-results.js';
import { renderSvg } from '../../../analysis/report/render-svg.js';
import { writeReport } from '../../../analysis/report/write-report.js';
import { loadScenarioFile } from '../../../cli/load-scenario.js';

let out = '';
const svgs = new Map<string, string>();
const strategies = ['none', 'early', 'late'];

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'firebreak-charts-')), 'small.yaml');
  writeFileSync(file, readFileSync('scenarios/fragile-state.yaml', 'utf8').replace('grid: 50', 'grid: 20').replace('horizon: 120', 'horizon: 48'));
  out = mkdtempSync(join(tmpdir(), 'firebreak-charts-'));
  await runBatch({ scenario: loadScenarioFile(file), scenarioPath: file, strategies, runs: 16, seed: 3, workers: 0, out, formats: ['csv'], resume: false, shard: { index: 0, count: 1 }, baseline: 'none' });
  for (const c of batchCharts(readBatchFolder(out))) svgs.set(c.name, await renderSvg(c.spec));
});

const count = (svg: string, mark: string) => (svg.match(new RegExp(`class="mark-${mark} role-mark`, 'g')) ?? []).length;

describe('charts', () => {
  it('renders all six charts', () => {
    expect([...svgs.keys()].sort()).toEqual(['atrocity-rate', 'cost-effectiveness', 'deaths-averted', 'stages', 'time-to-atrocity', 'trajectories']);
    for (const svg of svgs.values()) expect(svg.startsWith('<svg')).toBe(true);
  });

  it('draws one median line and one band per strategy in each panel of the fan chart', () => {
    const svg = svgs.get('trajectories')!;
    expect(count(svg, 'line')).toBe(3 * strategies.length);
    expect(count(svg, 'area')).toBe(3 * strategies.length);
    expect(svg).toMatch(/Hostility between groups/);
    expect(svg).toMatch(/months since the start/);
  });

  it('draws a Kaplan-Meier curve per strategy and a stacked stage area per strategy and stage', () => {
    expect(count(svgs.get('time-to-atrocity')!, 'line')).toBe(strategies.length);
    expect(count(svgs.get('stages')!, 'area')).toBe(strategies.length * 6);
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
});
