/**
 * What each strategy of a report does, in words, and how often each of its instruments was
 * actually delivered: a sequencing question ("front-load or climb a ladder?") is answered by
 * strategies whose later rungs may never fire, and the comparison table alone cannot show that.
 * The applications come from the manifest's scenario; "delivered" is read from the runs table
 * (a run paid for an instrument exactly when it was delivered in that run).
 */
import type { Application, Scenario, Trigger } from '../../scenarios/schema.js';
import { reactiveApplications } from '../../sim/instruments/schedule.js';
import { costColumn } from '../batch/columns.js';
import { esc } from './escape.js';

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function triggerWords(t: Trigger, unit: string, starting: boolean): string {
  if ('tick' in t) return starting ? (t.tick <= 1 ? `from ${unit} 1` : `from ${unit} ${t.tick}`) : `until ${unit} ${t.tick}`;
  if ('stage' in t) {
    const stage = t.stage === 'post-conflict' ? t.stage : t.stage.replace(/-/g, ' ');
    const reach = t.stage === 'post-conflict' ? stage : `${stage} or worse`;
    return starting ? `once the run is in ${reach}` : `until the run is in ${reach}`;
  }
  const bounds = [t.above !== undefined ? `above ${t.above}` : '', t.below !== undefined ? `below ${t.below}` : ''].filter(Boolean).join(' and ');
  return `${starting ? 'once' : 'until'} ${t.indicator} is ${bounds}`;
}

export function applicationWords(a: Application, unit: string): string {
  const by = a.by === undefined ? '' : ` by ${Array.isArray(a.by) ? a.by.join(' and ') : a.by}`;
  const parts = [`${a.instrument}${by}`, triggerWords(a.from, unit, true)];
  if (a.delay > 0) parts.push(`after ${plural(a.delay, unit)}' delay`);
  if (a.for !== undefined) parts.push(`for ${plural(a.for, unit)}`);
  if (a.until) parts.push(triggerWords(a.until, unit, false));
  if (a.intensity !== 1) parts.push(`at intensity ${a.intensity}`);
  if (a.repeat > 0) parts.push(`again up to ${plural(a.repeat, 'time')} on a new crossing`);
  return parts.join(', ');
}

/** Share of a strategy's runs in which an instrument was delivered (its cost column above 0). */
export function deliveredShare(runs: readonly Record<string, unknown>[], strategy: string, instrument: string): number | null {
  const own = runs.filter((r) => r.strategy === strategy);
  const column = costColumn(instrument);
  if (own.length === 0 || !(column in own[0])) return null;
  return own.filter((r) => Number(r[column]) > 0).length / own.length;
}

/**
 * The report's section: each strategy's applications, each with the share of runs it was
 * delivered in, then what the scenario's reactive powers do on their own where the strategy
 * gives them no task (sim/instruments/schedule.ts): they act, and are paid for, in the baseline too.
 */
export function strategiesSection(
  strategies: readonly string[], definitions: Record<string, Application[]>, runs: readonly Record<string, unknown>[], unit: string, external: Scenario['external'] = [],
): string {
  const line = (s: string, a: Application, own: string) => {
    const share = deliveredShare(runs, s, a.instrument);
    const note = share === null ? '' : ` <span class="ci">delivered in ${(100 * share).toFixed(0)}% of runs${share === 0 ? ': its trigger never held' : ''}</span>`;
    return `<li>${esc(applicationWords(a, unit))}${own}${note}</li>`;
  };
  const items = strategies.map((s) => {
    const apps = definitions[s] ?? [];
    const reactive = reactiveApplications({ external }, apps);
    if (apps.length === 0 && reactive.length === 0) return `<li><strong>${esc(s)}</strong>: no instrument.</li>`;
    const lines = [...apps.map((a) => line(s, a, '')), ...reactive.map((a) => line(s, a, ' (on its own: a reactive power this strategy gives no task)'))];
    return `<li><strong>${esc(s)}</strong>:${apps.length === 0 ? ' no instrument of its own.' : ''}<ul>${lines.join('')}</ul></li>`;
  });
  return `<h2>What each strategy does</h2>
<p>Each instrument application as the scenario sets it, and the share of runs in which the instrument was delivered at all (an instrument a strategy applies twice counts once).</p>
<ul class="strategies">${items.join('\n')}</ul>`;
}
