/**
 * `firebreak report`: from a batch folder to report.html (self-contained) and charts/*.vl.json
 * (each chart's vega-lite JSON, to open in the Vega editor), charts/ beside the report file.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFilesAtomic, type FileToWrite } from '../files/write-atomic.js';
import { checkOutputFile, checkOutputFolder, makeOutputFolder } from '../files/output-paths.js';
import { manifestKind, notAManifest, readManifest } from '../batch/manifest.js';
import { batchCharts } from '../charts/index.js';
import { themed } from '../charts/theme.js';
import type { Spec } from '../charts/types.js';
import { pageHtml, reportHtml } from './html.js';
import { MissingResultsError, readBatchFolder } from './read-results.js';
import { sensitivityReportParts } from './sensitivity-report.js';
import { sweepReportParts } from './sweep-report.js';
import { renderSvg } from './render-svg.js';

/** The folder of each chart's vega-lite JSON: charts/ beside the report file, wherever that is. */
const chartFolder = (out: string) => join(dirname(out), 'charts');

/** Each chart's vega-lite JSON (for charts/) and its SVG (for the page); nothing written yet. */
async function renderCharts(out: string, charts: { name: string; spec: Spec }[]) {
  const rendered = [];
  const files: FileToWrite[] = [];
  for (const plain of charts) {
    const c = { name: plain.name, spec: themed(plain.spec) };
    files.push({ path: join(chartFolder(out), `${c.name}.vl.json`), data: JSON.stringify(c.spec, null, 2) + '\n' });
    const title = ((c.spec.title as { text?: string })?.text ?? c.name) as string;
    rendered.push({ name: c.name, title, svg: await renderSvg(c.spec) });
  }
  return { rendered, files };
}

/** The report and its charts' JSON, written together once all are rendered (a failure leaves none of them). */
function writeAll(out: string, html: string, charts: FileToWrite[]): { html: string; charts: string[] } {
  makeOutputFolder(chartFolder(out));
  writeFilesAtomic([...charts, { path: out, data: html }]);
  return { html: out, charts: charts.map((c) => c.path) };
}

/** The kind of results a folder holds, from its manifest: a batch, a sweep or a sensitivity analysis. */
function folderKind(dir: string): { kind: string; manifest: Record<string, unknown> } {
  if (!existsSync(join(dir, 'manifest.json'))) throw new MissingResultsError(`${dir} holds no results: manifest.json is missing (run firebreak batch, sweep or sensitivity first)`);
  // readManifest refuses a manifest.json that is broken or not firebreak's, by name.
  const manifest = readManifest(dir)!;
  const kind = manifestKind(manifest);
  // A batch's report reads its scenario and strategies from the manifest (read-results.ts).
  const scenario = manifest.scenario as Record<string, unknown> | null | undefined;
  if (kind === 'batch' && (scenario === null || typeof scenario !== 'object' || !Array.isArray(manifest.strategies))) {
    throw notAManifest(join(dir, 'manifest.json'), 'it lacks the batch\'s scenario or strategies');
  }
  return { kind, manifest };
}

export async function writeReport(dir: string, out = join(dir, 'report.html')): Promise<{ html: string; charts: string[] }> {
  const { kind, manifest } = folderKind(dir);
  // The report file and its charts/ folder, checked before the charts are rendered (seconds of
  // work) and before anything is written: a folder named as the file is refused, not filled.
  checkOutputFile(out, '--out', true);
  checkOutputFolder(chartFolder(out), '--out', true, out);
  if (kind === 'sweep' || kind === 'sensitivity') {
    const finished = kind === 'sweep' ? 'sweep.json' : 'sensitivity.json';
    if (!existsSync(join(dir, finished))) throw new MissingResultsError(`${dir} is not a finished ${kind}: ${finished} is missing (finish it with --resume)`);
    const parts = kind === 'sweep' ? sweepReportParts(dir, manifest) : sensitivityReportParts(dir, manifest);
    const { rendered, files } = await renderCharts(out, parts.charts);
    return writeAll(out, pageHtml({ ...parts, charts: rendered }), files);
  }
  const folder = readBatchFolder(dir);
  const { rendered, files } = await renderCharts(out, batchCharts(folder));
  const html = reportHtml({ summary: folder.summary, strategies: folder.strategies, description: folder.manifest.scenario.description, charts: rendered, manifest: folder.manifest, runs: folder.runs });
  return writeAll(out, html, files);
}
