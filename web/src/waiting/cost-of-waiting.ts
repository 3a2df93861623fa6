/**
 * The cost of waiting: the chosen strategy with every instrument starting at month m, for m
 * from FROM to TO every STEP months, each a paired batch against no outside action over the
 * same seeds; the sweep chart of `firebreak sweep` (atrocity rate with its Wilson band, mean
 * civilian deaths with its bootstrap band, against the start month) drawn as months finish.
 */
import type { RunRecord } from '../../../analysis/batch/types.js';
import { sweepChart } from '../../../analysis/charts/sweep.js';
import { ChartSlot } from '../charts/embed.js';
import { people, peopleRange, percent, percentRange, seconds } from '../format.js';
import type { StrategySummary } from '../../../analysis/batch/summary.js';
import { BASELINE } from '../many-worlds/many-worlds.js';
import type { BaselineCache } from '../many-worlds/baseline-cache.js';
import type { Job } from '../many-worlds/messages.js';
import type { WorkerPool } from '../many-worlds/worker-pool.js';
import { runLocked, type RunPanel } from '../locked-run.js';
import { probe } from '../probe.js';
import { baselineChosen, type Selection, type Setup } from '../setup.js';
import { withStartMonth } from '../start-month.js';
import { tickWords } from '../tick-words.js';
import { atSweepMonths, pairRecords, summarisePoint, sweepChartRows, sweepData, sweepMonths, startPath, type SweepPointSummary } from './sweep-data.js';

/** The view's elements: a run panel (locked-run.ts) and its own. */
export interface WaitingElements extends RunPanel {
  from: HTMLInputElement;
  to: HTMLInputElement;
  step: HTMLInputElement;
  runs: HTMLSelectElement;
  progress: HTMLProgressElement;
  summary: HTMLElement;
  chart: HTMLElement;
}

export class CostOfWaitingView {
  private readonly chart: ChartSlot;
  private running = false;

  constructor(
    private readonly el: WaitingElements,
    private readonly setup: Setup,
    private readonly pool: WorkerPool,
    private readonly baselines: BaselineCache,
  ) {
    this.chart = new ChartSlot(el.chart);
    el.run.addEventListener('click', () => void this.run());
    el.stop.addEventListener('click', () => this.pool.stop());
  }

  reset(sel: Selection): void {
    if (this.running) return;
    this.chart.clear();
    this.el.summary.replaceChildren();
    this.el.progress.value = 0;
    this.el.panel.dataset.state = 'ready';
    const horizon = sel.entry.scenario.horizon;
    this.el.to.max = this.el.from.max = String(horizon - 1);
    if (Number(this.el.to.value) >= horizon) this.el.to.value = String(Math.min(48, horizon - 1));
    this.el.run.disabled = sel.strategy === BASELINE;
    this.el.status.textContent = sel.strategy !== BASELINE ? `Moves the start of "${sel.strategy}".` : baselineChosen(sel, ': the sweep moves its start.');
  }

  async run(): Promise<void> {
    const sel = this.setup.selection;
    if (this.running || sel.strategy === BASELINE) return;
    const base = sel.entry.scenario;
    const ticks = tickWords(base.tick).many;
    // An emptied field (or one a number field could not read) is '', which Number() takes for 0.
    if ([this.el.from, this.el.to, this.el.step].some((field) => field.value.trim() === '')) {
      this.el.status.textContent = `Enter the first ${base.tick}, the last ${base.tick} and the step, as whole numbers.`;
      return;
    }
    const months = sweepMonths(Number(this.el.from.value), Number(this.el.to.value), Number(this.el.step.value), base.horizon, base.tick);
    if (typeof months === 'string') {
      this.el.status.textContent = months;
      return;
    }
    const runs = Number(this.el.runs.value);
    const strategies = [BASELINE, sel.strategy];
    // Twins are cached per scenario as opened (an opened file's id is new at each opening).
    const file = sel.entry.file;
    const cacheKey = sel.entry.id;
    // The baseline once (it does not depend on the start month; twins of an earlier batch or
    // sweep of this scenario and seed are reused), then each month in turn.
    this.pool.define('sweep-baseline', base);
    for (const m of months) this.pool.define(`sweep-${m}`, withStartMonth(base, sel.strategy, m));
    const job = (scenario: string, strategy: string, index: number): Job => ({ scenario, strategies: [strategy], masterSeed: sel.seed, index, bands: false });
    const baseline: RunRecord[] = [];
    const jobs: Job[] = [];
    for (let i = 0; i < runs; i++) {
      const cached = this.baselines.get(cacheKey, sel.seed, i, false);
      if (cached) baseline.push(cached);
      else jobs.push(job('sweep-baseline', BASELINE, i));
    }
    const reused = baseline.length;
    for (const m of months) for (let i = 0; i < runs; i++) jobs.push(job(`sweep-${m}`, sel.strategy, i));

    this.reset(sel);
    const byMonth = new Map<number, RunRecord[]>(months.map((m) => [m, []]));
    const points = new Map<number, SweepPointSummary>();
    const started = performance.now();
    const total = jobs.length;
    let done = 0;
    let drawing: Promise<void> | null = null;
    let stale = false;
    const pointsInOrder = () => months.filter((m) => points.has(m)).map((m) => points.get(m)!);
    const redraw = () => {
      if (drawing) {
        stale = true;
        return;
      }
      const data = sweepData(pointsInOrder(), base, strategies, BASELINE, runs);
      drawing = this.chart.draw(atSweepMonths(sweepChart(data), startPath(sel.strategy), months)).finally(() => {
        drawing = null;
        if (stale) {
          stale = false;
          redraw();
        }
      });
    };
    const complete = (m: number) => {
      points.set(m, summarisePoint(m, pairRecords(baseline, byMonth.get(m)!), base, strategies, BASELINE, sel.seed));
      redraw();
    };
    await runLocked(this.el, this.setup, {
      what: 'sweep',
      work: async () => {
        this.el.status.textContent = `Playing ${total} worlds: ${runs} at each of ${months.length} start ${ticks}…`;
        await this.pool.run(jobs, (record, j) => {
          done++;
          this.el.progress.value = done / total;
          this.el.status.textContent = `${done} of ${total} worlds in ${seconds(performance.now() - started)}; ${points.size} of ${months.length} start ${ticks} done`;
          if (j.scenario === 'sweep-baseline') {
            this.baselines.put(cacheKey, sel.seed, record);
            baseline.push(record);
            if (baseline.length === runs) for (const m of months) if (byMonth.get(m)!.length === runs) complete(m);
            return;
          }
          const m = Number(j.scenario.slice('sweep-'.length));
          const list = byMonth.get(m)!;
          list.push(record);
          if (list.length === runs && baseline.length === runs) complete(m);
        });
        const milliseconds = performance.now() - started;
        const twins = reused > 0 ? ` (${reused} of the twins kept from an earlier run, not played again)` : '';
        this.el.status.textContent = `${total} worlds played in ${seconds(milliseconds)}: ${runs} at each of ${months.length} start ${ticks}, and ${runs} twins without outside action${twins}.`;
        while (drawing) await drawing;
        const finished = pointsInOrder();
        this.showSummary(finished, sel);
        probe().sweep = {
          file, strategy: sel.strategy, seed: sel.seed, months, runsPerMonth: runs, reusedTwins: reused, milliseconds,
          rows: sweepChartRows(finished, startPath(sel.strategy), strategies),
        };
      },
      settle: async () => {
        while (drawing) await drawing;
      },
      stopped: async () => {
        return `Stopped after ${done} of ${total} worlds; ${points.size} start ${ticks} finished.`;
      },
      running: (on) => {
        this.running = on;
      },
    });
  }

  /** The first and last start months in words. */
  private showSummary(points: SweepPointSummary[], sel: Selection): void {
    if (points.length === 0) return;
    const first = points[0];
    const last = points[points.length - 1];
    const at = (p: SweepPointSummary) => p.summary.strategies[sel.strategy];
    const none = first.summary.strategies[BASELINE];
    const p = (text: string) => {
      const el = document.createElement('p');
      el.textContent = text;
      return el;
    };
    // Each number with its 95% interval, as in the many-worlds sentences: neighbouring points
    // differ by luck as well as by waiting, and the intervals say how much.
    const line = (what: string, s: StrategySummary) =>
      `${what}: mass atrocity in ${percent(s.atrocity.rate)} of worlds (95% interval ${percentRange(s.atrocity.lower, s.atrocity.upper)}), ` +
      `${people(s.civilianDeaths.mean.estimate)} civilians killed on average (${peopleRange(s.civilianDeaths.mean.lower, s.civilianDeaths.mean.upper)}).`;
    this.el.summary.replaceChildren(
      p(line(`Starting at ${sel.scenario.tick} ${first.month}`, at(first))),
      p(line(`Starting at ${sel.scenario.tick} ${last.month}`, at(last))),
      p(line('Without outside action, in the same worlds', none)),
    );
  }
}
