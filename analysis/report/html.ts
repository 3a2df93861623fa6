/**
 * The report: one self-contained HTML file (inline SVG charts and styles, nothing fetched) with
 * the scenario's description, the comparison table, the charts and the manifest.
 */
import { costPerDeathAvertedText } from '../batch/cost-effectiveness.js';
import { medianOnsetText } from '../batch/median-onset.js';
import { fewRunsWarning } from '../batch/small-batch.js';
import type { BatchSummary } from '../batch/summary.js';
import { dollars as money, people } from '../format/quantities.js';
import type { Application, Scenario } from '../../scenarios/schema.js';
import { esc } from './escape.js';
import { strategiesSection } from './strategy-words.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export interface ReportInput {
  summary: BatchSummary;
  strategies: string[];
  description: string;
  charts: { name: string; svg: string; title: string }[];
  manifest: unknown;
  /** The runs table's rows, for how often each instrument was delivered. */
  runs?: readonly Record<string, unknown>[];
}

function comparisonTable(summary: BatchSummary, strategies: string[], unit: string): string {
  const rows = strategies.map((s) => {
    const st = summary.strategies[s];
    const c = summary.comparisons[s];
    return `<tr><th scope="row">${esc(s)}</th>
<td>${pct(st.atrocity.rate)} <span class="ci">[${pct(st.atrocity.lower)}, ${pct(st.atrocity.upper)}]</span></td>
<td>${esc(medianOnsetText(st.atrocityOnset))}</td>
<td>${pct(st.armedConflict.rate)}</td>
<td>${people(st.civilianDeaths.mean.estimate)} <span class="ci">[${people(st.civilianDeaths.mean.lower)}, ${people(st.civilianDeaths.mean.upper)}]</span></td>
<td>${c ? `${people(c.deathsAverted.estimate)} <span class="ci">[${people(c.deathsAverted.lower)}, ${people(c.deathsAverted.upper)}]</span>` : '<em>baseline</em>'}</td>
<td>${c ? `${pct(c.better)} / ${pct(c.worse)}` : ''}</td>
<td>${money(st.cost.mean.estimate)}</td>
<td>${esc(costPerDeathAvertedText(c, money))}</td></tr>`;
  });
  return `<div class="table-wrap"><table><caption>Each run is compared with its own twin: the same seed under <strong>${esc(summary.baseline)}</strong>. 95% intervals in brackets: Wilson intervals for rates, bootstrap intervals for means, paired bootstrap intervals for differences against the twin. Civilians killed include those killed by outside force.</caption>
<thead><tr><th scope="col">strategy</th><th scope="col">mass atrocity</th><th scope="col">median onset (${esc(unit)})</th><th scope="col">armed conflict</th><th scope="col">civilians killed (mean)</th><th scope="col">deaths averted per run</th><th scope="col">better / worse than twin</th><th scope="col">mean cost</th><th scope="col">cost per death averted</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

function fewRuns(runs: number): string {
  const warning = fewRunsWarning(runs);
  return warning === null ? '' : `<p class="note"><strong>Warning:</strong> ${esc(warning.charAt(0).toUpperCase() + warning.slice(1))}</p>\n`;
}

export function reportHtml(input: ReportInput): string {
  const { summary } = input;
  const scenario = (input.manifest as { scenario?: { tick?: string; strategies?: Record<string, Application[]>; external?: Scenario['external'] } } | null)?.scenario;
  const unit = scenario?.tick ?? 'month';
  const strategies = scenario?.strategies ? `\n${strategiesSection(input.strategies, scenario.strategies, input.runs ?? [], unit, scenario.external ?? [])}` : '';
  return pageHtml({
    title: summary.scenario,
    description: input.description,
    body: `<h2>Comparison of strategies (${summary.runs} paired runs, seed ${summary.seed})</h2>\n${fewRuns(summary.runs)}${comparisonTable(summary, input.strategies, unit)}${strategies}`,
    charts: input.charts,
    manifest: input.manifest,
  });
}

export interface PageInput {
  title: string;
  description: string;
  /** HTML placed before the charts (already escaped). */
  body: string;
  charts: { name: string; svg: string; title: string }[];
  manifest: unknown;
}

/** The page every report shares: title, the laboratory caveat, description, body, charts, manifest. */
export function pageHtml(input: PageInput): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.title)} — firebreak report</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
h1 { margin-bottom: 0.2rem; } .lab { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: #444; margin-bottom: 0.5rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.4rem 0.6rem; text-align: right; } th[scope=row], thead th:first-child { text-align: left; }
.ci { display: block; color: #666; font-size: 0.8em; white-space: nowrap; } td, th[scope=row] { white-space: nowrap; } .table-wrap { overflow-x: auto; } figure { margin: 2rem 0; } figure svg { max-width: 100%; height: auto; }
details { margin: 2rem 0; } pre { background: #f6f6f6; padding: 1rem; overflow: auto; font-size: 0.8rem; }
</style></head>
<body>
<h1>${esc(input.title)}</h1>
<p class="lab">firebreak — a laboratory of mechanisms in a stylised world, not a forecast of any real country.</p>
<p>${esc(input.description).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>
${input.body}
${input.charts.map((c) => `<figure aria-label="${esc(c.title)}">${c.svg}</figure>`).join('\n')}
<details><summary>Manifest: how to reproduce these results</summary><pre>${esc(JSON.stringify(input.manifest, null, 2))}</pre></details>
</body></html>
`;
}

export { esc, pct };
