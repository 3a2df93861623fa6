/** The report of a sweep folder: the sweep chart (the cost-of-waiting curve) and a table of every point. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sweepChart } from '../charts/sweep.js';
import type { Spec } from '../charts/types.js';
import { sweepRows, type SweepPoint } from '../sweep/run-sweep.js';
import { people } from '../format/quantities.js';
import { esc, pct } from './html.js';

interface SweepFile {
  scenario: string;
  /** The scenario's description and tick unit (older sweep.json files lack them: read from points/000). */
  description?: string;
  tick?: string;
  /** sensitivity-notes.ts sweepNotes (older files have none). */
  notes?: string[];
  baseline: string;
  strategies: string[];
  vary: string[];
  points: SweepPoint[];
}

export interface SweepReportParts {
  title: string;
  description: string;
  body: string;
  charts: { name: string; spec: Spec }[];
  manifest: unknown;
}

export function sweepReportParts(dir: string, manifest: Record<string, unknown>): SweepReportParts {
  const sweep = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')) as SweepFile;
  // Everything else is in sweep.json: the points' folders are needed only by sweeps written
  // before it held the scenario's description and tick unit, and may have been deleted since.
  const pointManifest = join(dir, 'points', '000', 'manifest.json');
  const first = (sweep.tick === undefined || sweep.description === undefined) && existsSync(pointManifest)
    ? (JSON.parse(readFileSync(pointManifest, 'utf8')) as { scenario?: { tick?: string; description?: string } })
    : {};
  const tickUnit = sweep.tick ?? first.scenario?.tick ?? 'tick';
  const description = sweep.description ?? first.scenario?.description ?? '';
  const { rows } = sweepRows(sweep.points, sweep.vary, sweep.strategies);
  const runs = sweep.points[0]?.summary.runs ?? 0;
  const spec = sweepChart({ scenario: sweep.scenario, baseline: sweep.baseline, strategies: sweep.strategies, paths: sweep.vary, rows, runs, tickUnit });
  const header = [...sweep.vary, 'strategy', 'mass atrocity', 'civilians killed (mean)', 'deaths averted per run'];
  const body = rows.map((r) => `<tr>${sweep.vary.map((p) => `<td>${esc(String(r[p]))}</td>`).join('')}<th scope="row">${esc(String(r.strategy))}</th>
<td>${pct(Number(r.atrocity_rate))} <span class="ci">[${pct(Number(r.atrocity_lower))}, ${pct(Number(r.atrocity_upper))}]</span></td>
<td>${people(Number(r.civilian_deaths_mean))} <span class="ci">[${people(Number(r.civilian_deaths_lower))}, ${people(Number(r.civilian_deaths_upper))}]</span></td>
<td>${r.deaths_averted_mean === null ? '<em>baseline</em>' : `${people(Number(r.deaths_averted_mean))} <span class="ci">[${people(Number(r.deaths_averted_lower))}, ${people(Number(r.deaths_averted_upper))}]</span>`}</td></tr>`);
  const notes = (sweep.notes ?? []).map((n) => `<p class="note"><strong>Note:</strong> ${esc(n)}</p>\n`).join('');
  const table = `${notes}<h2>Every point (${runs} paired ${runs === 1 ? 'run' : 'runs'} each)</h2>
<table><caption>Each run compared with its own twin under <strong>${esc(sweep.baseline)}</strong>; every point uses the same seeds. 95% intervals in brackets.</caption>
<thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
  return {
    title: `${sweep.scenario}: sweep of ${sweep.vary.join(', ')}`,
    description,
    body: table,
    charts: [{ name: 'sweep', spec }],
    manifest,
  };
}
