/**
 * `firebreak report`: from a batch folder to report.html (self-contained) and charts/*.vl.json
 * (each chart's vega-lite JSON, to open in the Vega editor).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { batchCharts } from '../charts/index.js';
import { themed } from '../charts/theme.js';
import type { Spec } from '../charts/types.js';
import { pageHtml, reportHtml } from './html.js';
import { MissingResultsError, readBatchFolder } from './read-results.js';
import { sensitivityReportParts } from './sensitivity-report.js';
import { sweepReportParts } from './sweep-report.js';
import { renderSvg } from './render-svg.js';

function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Writes each chart's vega-lite JSON into charts/ beside `out` and renders it to SVG. */
async function renderCharts(out: string, charts: { name: string; spec: Spec }[]) {
  const chartDir = join(dirname(out), 'charts');
  mkdirSync(chartDir, { recursive: true });
  const rendered = [];
  for (const plain of charts) {
    const c = { name: plain.name, spec: themed(plain.spec) };
    writeAtomic(join(chartDir, `${c.name}.vl.json`), JSON.stringify(c.spec, null, 2) + '\n');
    const title = ((c.spec.title as { text?: string })?.text ?? c.name) as string;
    rendered.push({ name: c.name, title, svg: await renderSvg(c.spec) });
  }
  return { rendered, files: charts.map((c) => join(chartDir, `${c.name}.vl.json`)) };
}

/** The kind of results a folder holds, from its manifest: a batch, a sweep or a sensitivity analysis. */
function folderKind(dir: string): { kind: string; manifest: Record<string, unknown> } {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new MissingResultsError(`${dir} holds no results: manifest.json is missing (run firebreak batch, sweep or sensitivity first)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return { kind: typeof manifest.kind === 'string' ? manifest.kind : 'batch', manifest };
}

export async function writeReport(dir: string, out = join(dir, 'report.html')): Promise<{ html: string; charts: string[] }> {
  const { kind, manifest } = folderKind(dir);
  if (kind === 'sweep' || kind === 'sensitivity') {
    const finished = kind === 'sweep' ? 'sweep.json' : 'sensitivity.json';
    if (!existsSync(join(dir, finished))) throw new MissingResultsError(`${dir} is not a finished ${kind}: ${finished} is missing (finish it with --resume)`);
    const parts = kind === 'sweep' ? sweepReportParts(dir, manifest) : sensitivityReportParts(dir, manifest);
    const { rendered, files } = await renderCharts(out, parts.charts);
    writeAtomic(out, pageHtml({ ...parts, charts: rendered }));
    return { html: out, charts: files };
  }
  const folder = readBatchFolder(dir);
  const { rendered, files } = await renderCharts(out, batchCharts(folder));
  const html = reportHtml({ summary: folder.summary, strategies: folder.strategies, description: folder.manifest.scenario.description, charts: rendered, manifest: folder.manifest });
  writeAtomic(out, html);
  return { html: out, charts: files };
}
