/**
 * `firebreak report`: from a batch folder to report.html (self-contained) and charts/*.vl.json
 * (each chart's vega-lite JSON, to open in the Vega editor).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { batchCharts } from '../charts/index.js';
import { reportHtml } from './html.js';
import { readBatchFolder } from './read-results.js';
import { renderSvg } from './render-svg.js';

function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export async function writeReport(dir: string, out = join(dir, 'report.html')): Promise<{ html: string; charts: string[] }> {
  const folder = readBatchFolder(dir);
  const charts = batchCharts(folder);
  const chartDir = join(dirname(out), 'charts');
  mkdirSync(chartDir, { recursive: true });
  const rendered = [];
  for (const c of charts) {
    writeAtomic(join(chartDir, `${c.name}.vl.json`), JSON.stringify(c.spec, null, 2) + '\n');
    const title = ((c.spec.title as { text?: string })?.text ?? c.name) as string;
    rendered.push({ name: c.name, title, svg: await renderSvg(c.spec) });
  }
  const html = reportHtml({ summary: folder.summary, strategies: folder.strategies, description: folder.manifest.scenario.description, charts: rendered, manifest: folder.manifest });
  writeAtomic(out, html);
  return { html: out, charts: charts.map((c) => join(chartDir, `${c.name}.vl.json`)) };
}
