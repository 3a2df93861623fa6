/**
 * Many worlds: a paired Monte Carlo batch in Web Workers, run i of every strategy from
 * runSeed(seed, i) as in `firebreak batch`, with the report's charts (atrocity rate with its
 * 95% interval, deaths averted run by run, the fan chart) redrawn as runs finish.
 */
import type { RunRecord } from '../../../analysis/batch/types.js';
import { atrocityRateChart } from '../../../analysis/charts/atrocity-rate.js';
import { deathsAvertedChart } from '../../../analysis/charts/deaths-averted.js';
import { fanChart } from '../../../analysis/charts/fan-chart.js';
import type { ChartData } from '../../../analysis/charts/types.js';
import { ChartSlot } from '../charts/embed.js';
import { people, peopleRange, percent, percentRange, seconds, wholePercents } from '../format.js';
import { runLocked, type RunPanel } from '../locked-run.js';
import { probe } from '../probe.js';
import type { Selection, Setup } from '../setup.js';
import { baselineChosen, strategyLabel } from '../setup.js';
import { batchChartData, joinRecords, recordOf, runRows, sortRecords, type BatchSetup } from './aggregate.js';
import type { BaselineCache } from './baseline-cache.js';
import type { Job } from './messages.js';
import { WorkerPool } from './worker-pool.js';

/**
 * Shortest time between two live redraws of the charts, and the least multiple of a redraw's
 * own cost to wait after it: summarising 200 runs (bootstrap intervals) and drawing three
 * charts takes a few hundred milliseconds on the page's thread, which shares the cores with
 * the workers, so live charts may use at most about a fifth of one core.
 */
/** "fewer deaths in 58% of worlds, as many in 41%, more in 1%": the three shares add up to 100. */
function shareWords(better: number, same: number, worse: number): string {
  const [b, s, w] = wholePercents([better, same, worse]);
  return `fewer deaths in ${b} of worlds, as many in ${s}, more in ${w}`;
}

const REDRAW_EVERY_MS = 700;
const REDRAW_COST_FACTOR = 4;
export const BASELINE = 'none';

/** The view's elements: a run panel (locked-run.ts) and its own. */
export interface ManyWorldsElements extends RunPanel {
  runs: HTMLSelectElement;
  progress: HTMLProgressElement;
  summary: HTMLElement;
  rate: HTMLElement;
  averted: HTMLElement;
  fan: HTMLElement;
}

export class ManyWorldsView {
  private readonly rate: ChartSlot;
  private readonly averted: ChartSlot;
  private readonly fan: ChartSlot;
  private running = false;

  constructor(
    private readonly el: ManyWorldsElements,
    private readonly setup: Setup,
    private readonly pool: WorkerPool,
    private readonly baselines: BaselineCache,
  ) {
    this.rate = new ChartSlot(el.rate);
    this.averted = new ChartSlot(el.averted);
    this.fan = new ChartSlot(el.fan);
    const label = () => (el.run.textContent = `Run ${el.runs.value} worlds`);
    el.runs.addEventListener('change', label);
    label();
    el.run.addEventListener('click', () => void this.run());
    el.stop.addEventListener('click', () => this.pool.stop());
  }

  /** A new choice of scenario or strategy makes the last batch's charts stale. */
  reset(sel: Selection): void {
    if (this.running) return;
    for (const slot of [this.rate, this.averted, this.fan]) slot.clear();
    this.el.summary.replaceChildren();
    this.el.progress.value = 0;
    this.el.panel.dataset.state = 'ready';
    this.el.status.textContent =
      sel.strategy !== BASELINE ? `${strategyLabel(sel)} against no outside action, seeds from ${sel.seed}.` : baselineChosen(sel, ' to compare it with no outside action.');
    this.el.run.disabled = sel.strategy === BASELINE;
  }

  async run(): Promise<void> {
    const sel = this.setup.selection;
    if (this.running || sel.strategy === BASELINE) return;
    const runs = Number(this.el.runs.value);
    // Twins are cached per scenario as opened (an opened file's id is new at each opening).
    const file = sel.entry.file;
    const cacheKey = sel.entry.id;
    const setup: BatchSetup = { scenario: sel.scenario, strategies: [BASELINE, sel.strategy], baseline: BASELINE, masterSeed: sel.seed };
    // Run i is one job for both strategies (runTask: the two share the months before the
    // strategy first acts, sim/twins.ts), unless the baseline's twin was played for this
    // scenario and seed by an earlier batch or sweep (baseline-cache.ts; the baseline's run does
    // not depend on the other strategies' definitions): then only the strategy is played, and the
    // two halves are joined into the record runTask gives for both at once.
    this.pool.define('batch', sel.scenario);
    const halves = new Map<number, { baseline?: RunRecord; strategy?: RunRecord }>();
    const jobs: Job[] = [];
    for (let i = 0; i < runs; i++) {
      const cached = this.baselines.get(cacheKey, sel.seed, i, true);
      halves.set(i, { baseline: cached });
      const strategies = cached ? [sel.strategy] : [BASELINE, sel.strategy];
      jobs.push({ scenario: 'batch', strategies, masterSeed: sel.seed, index: i, bands: true });
    }
    const reused = jobs.filter((j) => j.strategies.length === 1).length;
    const records: RunRecord[] = [];
    this.reset(sel);
    const started = performance.now();
    let nextDraw = 0;
    let drawing: Promise<void> | null = null;
    const workers = `${this.pool.size} ${this.pool.size === 1 ? 'worker' : 'workers'}`;
    const twins = reused > 0 ? `, ${reused} twins without outside action reused from an earlier batch` : '';
    await runLocked(this.el, this.setup, {
      what: 'batch',
      work: async () => {
        // Said at once: in a long scenario the first world may take a while to come back.
        this.el.status.textContent = `Playing ${runs} worlds on ${workers}${twins}…`;
        await this.pool.run(jobs, (record, j) => {
          const half = halves.get(j.index)!;
          if (j.strategies.includes(BASELINE)) {
            half.baseline = recordOf(record, BASELINE);
            this.baselines.put(cacheKey, sel.seed, half.baseline);
          }
          half.strategy = recordOf(record, sel.strategy);
          if (!half.baseline || !half.strategy) return;
          records.push(joinRecords([half.baseline, half.strategy]));
          this.el.progress.value = records.length / runs;
          this.el.status.textContent = `${records.length} of ${runs} worlds in ${seconds(performance.now() - started)} on ${workers}${twins}`;
          const now = performance.now();
          // Live charts, never two redraws at once, and spaced by their own cost.
          if (!drawing && now >= nextDraw && records.length >= 2) {
            drawing = this.draw(batchChartData(records, setup), sel).finally(() => {
              const end = performance.now();
              nextDraw = end + Math.max(REDRAW_EVERY_MS, REDRAW_COST_FACTOR * (end - now));
              drawing = null;
            });
          }
        });
        const milliseconds = performance.now() - started;
        this.el.status.textContent = `${runs} worlds in ${seconds(milliseconds)} on ${workers}${twins}.`;
        const data = batchChartData(records, setup);
        await drawing;
        await this.draw(data, sel);
        probe().batch = {
          file, strategies: setup.strategies, seed: sel.seed, runs, done: records.length, workers: this.pool.size, reusedTwins: reused,
          milliseconds, summary: data.summary, rows: runRows(sortRecords(records), setup.strategies),
        };
      },
      settle: async () => {
        await drawing;
      },
      stopped: async () => {
        if (records.length >= 2) await this.draw(batchChartData(records, setup), sel);
        return `Stopped after ${records.length} of ${runs} worlds.`;
      },
      running: (on) => {
        this.running = on;
      },
    });
  }

  private async draw(data: ChartData, sel: Selection): Promise<void> {
    this.showSummary(data, sel);
    await Promise.all([this.rate.draw(atrocityRateChart(data)), this.averted.draw(deathsAvertedChart(data)), this.fan.draw(fanChart(data))]);
  }

  /** The batch in three sentences, in words, with the 95% intervals as ranges. */
  private showSummary(data: ChartData, sel: Selection): void {
    const s = data.summary;
    const base = s.strategies[BASELINE];
    const other = s.strategies[sel.strategy];
    const cmp = s.comparisons[sel.strategy];
    if (!base || !other || !cmp) return;
    const line = (lead: string, big: string, rest: string) => {
      const p = document.createElement('p');
      const b = document.createElement('span');
      b.className = 'big';
      b.textContent = big;
      p.append(document.createTextNode(lead), b, document.createTextNode(rest));
      return p;
    };
    const h = document.createElement('h2');
    h.textContent = `${s.runs} worlds, each played with ${strategyLabel(sel)} and without outside action`;
    const perRun = cmp.deathsAverted.estimate;
    this.el.summary.replaceChildren(
      h,
      line('Without outside action, mass atrocity in ', percent(base.atrocity.rate), ` of worlds (95% interval ${percentRange(base.atrocity.lower, base.atrocity.upper)}).`),
      line(`With ${strategyLabel(sel)}: `, percent(other.atrocity.rate), ` of worlds (${percentRange(other.atrocity.lower, other.atrocity.upper)}).`),
      line(
        perRun >= 0 ? 'Civilian deaths averted: ' : 'Extra civilian deaths: ',
        `${people(Math.abs(perRun))} per world`,
        // The interval is of the same quantity as the number before it: extra deaths, when there are more, are averted deaths turned round.
        ` on average (95% interval ${perRun >= 0 ? peopleRange(cmp.deathsAverted.lower, cmp.deathsAverted.upper) : peopleRange(-cmp.deathsAverted.upper, -cmp.deathsAverted.lower)}), each world against its own twin: ${shareWords(cmp.better, cmp.same, cmp.worse)}.`,
      ),
    );
  }
}
