/**
 * One world, month by month: the engine's createWorld / start / step / outcome, exactly as
 * `firebreak run` calls them, driven by the play, pause, one-month and restart controls.
 * The engine runs on the page's own thread: one month of the default scenario takes about a
 * millisecond, far below a frame.
 */
import { outcome, type RunOutcome } from '../../../sim/outcomes.js';
import { createWorld, type World } from '../../../sim/world.js';
import { start, step } from '../../../sim/engine.js';
import { STANCES } from '../../../sim/vocabulary.js';
import { STAGE_COLOURS } from '../../../analysis/charts/palette.js';
import { ChartSlot } from '../charts/embed.js';
import { people, roughPeople, words } from '../format.js';
import { probe } from '../probe.js';
import type { Selection } from '../setup.js';
import { strategyLabel } from '../setup.js';
import { tickWords } from '../tick-words.js';
import { GridCanvas } from './grid-canvas.js';
import { renderCounts, renderLegend } from './legend.js';
import { timelineSpec } from './timeline.js';

/** Shortest time between two redraws of the timeline chart while playing (a vega redraw takes tens of ms). */
const TIMELINE_EVERY_MS = 400;
/**
 * A redraw's cost grows with the months drawn; after one, the next waits at least this many
 * times as long, so a very long run keeps most of the page's time for the world and the buttons.
 */
const TIMELINE_COST_FACTOR = 3;
/** Time budget per frame for "as fast as possible". */
const FRAME_BUDGET_MS = 12;

export interface OneWorldElements {
  panel: HTMLElement;
  play: HTMLButtonElement;
  step: HTMLButtonElement;
  restart: HTMLButtonElement;
  speed: HTMLSelectElement;
  clock: HTMLElement;
  grid: HTMLCanvasElement;
  legend: HTMLElement;
  counts: HTMLElement;
  timeline: HTMLElement;
  outcome: HTMLElement;
}

export class OneWorldView {
  private world!: World;
  private selection!: Selection;
  private readonly grid: GridCanvas;
  private readonly chart: ChartSlot;
  private playing = false;
  private frame = 0;
  private lastStep = 0;
  /** When the next live redraw of the timeline may start, and whether one is under way. */
  private chartDue = 0;
  private chartBusy = false;
  /** The timeline column's width when the chart was last laid out. */
  private drawnFor = 0;

  constructor(private readonly el: OneWorldElements) {
    this.grid = new GridCanvas(el.grid);
    this.chart = new ChartSlot(el.timeline);
    el.play.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    el.step.addEventListener('click', () => this.stepOnce());
    el.restart.addEventListener('click', () => this.load(this.selection));
    window.addEventListener('resize', () => this.world && this.grid.draw(this.world));
    // The chart is laid out for its column's width (timelineLayout): a new width (the window
    // resized, or the view shown after being laid out hidden) is a new layout. While the world
    // plays, the next live redraw takes the new width anyway.
    new ResizeObserver(() => {
      const width = this.el.timeline.clientWidth;
      if (this.world && width > 0 && width !== this.drawnFor && !this.playing) void this.drawTimeline();
    }).observe(el.timeline);
  }

  /** Keyboard shortcuts, when this view is shown and the key is not meant for a control. */
  handleKey(e: KeyboardEvent): boolean {
    if (e.key === ' ') this.playing ? this.pause() : this.play();
    else if (e.key === 'ArrowRight') this.stepOnce();
    else if (e.key === 'r' || e.key === 'R') this.load(this.selection);
    else return false;
    return true;
  }

  /** A fresh world for this choice of scenario, strategy, seed and start month, at month 0. */
  load(selection: Selection): void {
    this.pause();
    this.selection = selection;
    const world = createWorld(selection.scenario, selection.strategy, selection.seed);
    start(world);
    this.world = world;
    renderLegend(this.el.legend, selection.scenario);
    this.grid.reset(world);
    this.grid.draw(world);
    this.el.outcome.replaceChildren();
    this.el.panel.dataset.state = 'ready';
    this.showMonth();
    void this.drawTimeline();
    this.syncButtons();
  }

  play(): void {
    if (this.finished()) this.load(this.selection);
    this.playing = true;
    this.el.panel.dataset.state = 'playing';
    this.lastStep = 0;
    this.syncButtons();
    this.frame = requestAnimationFrame((t) => this.tick(t));
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.frame);
    if (!this.finished()) this.el.panel.dataset.state = 'paused';
    this.syncButtons();
    void this.drawTimeline();
  }

  stepOnce(): void {
    this.pause();
    if (this.finished()) return;
    this.advance();
    if (this.finished()) this.finish();
    else {
      this.el.panel.dataset.state = 'paused';
      void this.drawTimeline();
    }
  }

  private finished(): boolean {
    return this.world.tick >= this.world.scenario.horizon;
  }

  private tick(now: number): void {
    if (!this.playing) return;
    const perSecond = Number(this.el.speed.value);
    if (perSecond === 0) {
      const until = performance.now() + FRAME_BUDGET_MS;
      do this.advance(false);
      while (!this.finished() && performance.now() < until);
      this.grid.draw(this.world);
      this.showMonth();
    } else if (now - this.lastStep >= 1000 / perSecond) {
      this.lastStep = now;
      this.advance();
    }
    if (!this.chartBusy && now >= this.chartDue) {
      this.chartBusy = true;
      const begun = performance.now();
      void this.drawTimeline().finally(() => {
        const end = performance.now();
        this.chartDue = end + Math.max(TIMELINE_EVERY_MS, TIMELINE_COST_FACTOR * (end - begun));
        this.chartBusy = false;
      });
    }
    if (this.finished()) this.finish();
    else this.frame = requestAnimationFrame((t) => this.tick(t));
  }

  /** One month of the engine; `draw` false when several months share a frame. */
  private advance(draw = true): void {
    step(this.world);
    this.grid.observe(this.world);
    if (draw) {
      this.grid.draw(this.world);
      this.showMonth();
    }
  }

  /** The world reached its horizon: its outcome, as `firebreak run --json` prints it. */
  private finish(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    const result = outcome(this.world);
    const sel = this.selection;
    probe().oneWorld = { file: sel.entry.file, strategy: sel.strategy, seed: sel.seed, startMonth: sel.startMonth, outcome: result };
    this.showMonth();
    this.showOutcome(result);
    this.syncButtons();
    void this.drawTimeline().then(() => (this.el.panel.dataset.state = 'finished'));
  }

  private drawTimeline(): Promise<void> {
    renderCounts(this.el.counts, this.world);
    this.drawnFor = this.el.timeline.clientWidth;
    return this.chart.draw(timelineSpec(this.world, this.drawnFor));
  }

  private syncButtons(): void {
    this.el.play.textContent = this.playing ? 'Pause' : this.finished() ? 'Play again' : 'Play';
    this.el.step.disabled = this.finished();
  }

  private showMonth(): void {
    const w = this.world;
    const stage = w.stage;
    const clock = this.el.clock;
    const badge = document.createElement('span');
    badge.className = 'stage';
    badge.style.background = STAGE_COLOURS[stage] ?? '#eee';
    badge.textContent = words(stage);
    const stance = w.scenario.elite.enabled ? `, the elite's stance: ${STANCES[w.elite.stance]}` : '';
    clock.replaceChildren(
      document.createTextNode(`${tickWords(w.scenario.tick).One} ${w.tick} of ${w.scenario.horizon}: `),
      badge,
      document.createTextNode(`${stance}; civilians killed so far: ${people(w.totals.civilianDeaths)}`),
    );
  }

  private showOutcome(o: RunOutcome): void {
    const unit = tickWords(this.world.scenario.tick);
    const rows: [string, string][] = [
      ['Mass atrocity', o.atrocity ? `yes, from ${unit.one} ${o.atrocityOnset}` : 'no'],
      ['Armed conflict', o.armedConflict ? `yes, from ${unit.one} ${o.armedConflictOnset}, for ${o.armedConflictDuration} ${unit.many}` : 'no'],
      ['Civilians killed', `${people(o.civilianDeaths)} people`],
      ['Killed in battle', `${roughPeople(o.battleDeaths)} people`],
      ['Fled their homes', `${people(o.displaced)} people`],
      ['Worst stage reached', words(o.peakStage)],
      ['Ceasefire, settlement', `${o.ceasefire ? 'ceasefire' : 'no ceasefire'}, ${o.settlement ? 'settlement' : 'no settlement'}${o.relapse ? ', then relapse' : ''}`],
      ['Cost of the instruments', o.cost > 0 ? `$${people(o.cost / 1e6)} million` : 'nothing'],
    ];
    const h = document.createElement('h2');
    h.textContent = `How this world ended (${strategyLabel(this.selection)}, seed ${this.selection.seed})`;
    const dl = document.createElement('dl');
    for (const [k, v] of rows) {
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = v;
      dl.append(dt, dd);
    }
    this.el.outcome.replaceChildren(h, dl);
  }
}
