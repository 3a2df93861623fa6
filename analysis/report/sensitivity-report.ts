/** The report of a sensitivity folder: the sorted bars and a table of the indices or swings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sensitivityChart } from '../charts/sensitivity.js';
import type { SensitivityResult } from '../sensitivity/run-sensitivity.js';
import type { SweepReportParts } from './sweep-report.js';
import { countOf, significant } from '../format/quantities.js';
import { esc } from './html.js';

/** null is how the JSON holds an undefined index (NaN): a dash. */
const fmt = (x: number | null) => significant(x ?? NaN);



export function sensitivityReportParts(dir: string, manifest: Record<string, unknown>): SweepReportParts {
  const r = JSON.parse(readFileSync(join(dir, 'sensitivity.json'), 'utf8')) as SensitivityResult;
  const ranges = new Map(r.parameters.map((p) => [p.path, `${p.lower} to ${p.upper}${p.rangeFrom === 'schema' ? ' (documented range)' : ''}`]));
  let table: string;
  if (r.sobol) {
    const rows = [...r.sobol].sort((a, b) => (b.total.estimate || 0) - (a.total.estimate || 0)).map((x) => `<tr><th scope="row">${esc(x.path)}</th><td>${esc(ranges.get(x.path)!)}</td>
<td>${fmt(x.first.estimate)} <span class="ci">[${fmt(x.first.lower)}, ${fmt(x.first.upper)}]</span></td><td>${fmt(x.total.estimate)} <span class="ci">[${fmt(x.total.lower)}, ${fmt(x.total.upper)}]</span></td></tr>`);
    table = `<table><caption>Sobol indices of ${esc(r.outcome.description)}: the first-order index is the share of its variance a parameter explains alone, the total index adds its interactions. 95% bootstrap intervals in brackets.</caption>
<thead><tr><th scope="col">parameter</th><th scope="col">range</th><th scope="col">first-order</th><th scope="col">total</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
  } else {
    const rows = [...(r.oat ?? [])].sort((a, b) => b.swing - a.swing).map((x) => `<tr><th scope="row">${esc(x.path)}</th><td>${esc(ranges.get(x.path)!)}</td>
<td>${x.levels.map((l) => `${l.value}: ${fmt(l.mean.estimate)}`).join('; ')}</td><td>${fmt(x.swing)}</td></tr>`);
    table = `<table><caption>One parameter at a time, the others as the scenario has them (${fmt(r.base?.estimate ?? NaN)} as written): ${esc(r.outcome.description)} at each value, and the swing (largest minus smallest).</caption>
<thead><tr><th scope="col">parameter</th><th scope="col">range</th><th scope="col">value: mean outcome</th><th scope="col">swing</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
  }
  return {
    title: `${r.scenario}: sensitivity of ${r.outcome.description}`,
    description: `${r.method === 'sobol' ? 'Sobol indices (Saltelli sampling)' : 'One-at-a-time ranges'} over ${countOf(r.parameters.length, 'parameter')}, ${countOf(r.runs, 'run')} averaged at each point, the same seeds at every point.`,
    // Older folders have no notes.
    body: `<h2>Parameters</h2>\n${(r.notes ?? []).map((n) => `<p class="note"><strong>Note:</strong> ${esc(n)}</p>\n`).join('')}${table}`,
    charts: [{ name: 'sensitivity', spec: sensitivityChart(r) }],
    manifest,
  };
}
