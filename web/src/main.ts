/**
 * The classroom page: the shared controls, the teaching note, and the three views (one world,
 * many worlds, the cost of waiting) as tabs. Everything runs in the page and its workers.
 */
import './styles.css';
import { CostOfWaitingView } from './waiting/cost-of-waiting.js';
import { BaselineCache } from './many-worlds/baseline-cache.js';
import { fitGridToScreen } from './fit-grid.js';
import { ManyWorldsView } from './many-worlds/many-worlds.js';
import { WorkerPool } from './many-worlds/worker-pool.js';
import { OneWorldView } from './one-world/one-world.js';
import { probe } from './probe.js';
import { bundledScenarios } from './scenarios.js';
import { Setup } from './setup.js';
import { renderNote } from './teaching/render-note.js';
import { applyTickWords, tickWords } from './tick-words.js';

// The project's scenario files, bundled as text at build time (the page fetches nothing).
const files = {
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/classic/*.yaml', { query: '?raw', import: 'default', eager: true }),
};

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

/** WAI-ARIA tabs: click or arrow keys switch, Home and End go to the ends. */
function tabs(onShow: (panel: string) => void): () => string {
  const list = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  let shown = list[0].getAttribute('aria-controls')!;
  const show = (tab: HTMLButtonElement, focus: boolean) => {
    for (const t of list) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      byId(t.getAttribute('aria-controls')!).hidden = !selected;
    }
    if (focus) tab.focus();
    shown = tab.getAttribute('aria-controls')!;
    onShow(shown);
  };
  list.forEach((tab, i) => {
    tab.addEventListener('click', () => show(tab, false));
    tab.addEventListener('keydown', (e) => {
      const to = e.key === 'ArrowRight' ? (i + 1) % list.length : e.key === 'ArrowLeft' ? (i - 1 + list.length) % list.length : e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : -1;
      if (to < 0) return;
      e.preventDefault();
      show(list[to], true);
    });
  });
  return () => shown;
}

function main(): void {
  const scenarios = bundledScenarios(files);
  const setup = new Setup(scenarios, {
    scenario: byId('scenario'),
    scenarioFile: byId('scenario-file'),
    strategy: byId('strategy'),
    seed: byId('seed'),
    startFixed: byId('start-fixed'),
    startMonth: byId('start-month'),
    startValue: byId('start-month-value'),
    error: byId('setup-error'),
  });
  const pool = new WorkerPool();
  const baselines = new BaselineCache();
  fitGridToScreen(byId('grid'), byId('note'));
  const oneWorld = new OneWorldView({
    panel: byId('view-one'),
    play: byId('play'),
    step: byId('step'),
    restart: byId('restart'),
    speed: byId('speed'),
    clock: byId('clock'),
    grid: byId('grid'),
    legend: byId('legend'),
    counts: byId('counts'),
    timeline: byId('timeline'),
    outcome: byId('outcome'),
  });
  const manyWorlds = new ManyWorldsView(
    {
      panel: byId('view-many'),
      runs: byId('runs'),
      run: byId('run-batch'),
      stop: byId('stop-batch'),
      progress: byId('batch-progress'),
      status: byId('batch-status'),
      summary: byId('batch-summary'),
      rate: byId('chart-rate'),
      averted: byId('chart-averted'),
      fan: byId('chart-fan'),
    },
    setup,
    pool,
    baselines,
  );
  const waiting = new CostOfWaitingView(
    {
      panel: byId('view-waiting'),
      from: byId('sweep-from'),
      to: byId('sweep-to'),
      step: byId('sweep-step'),
      runs: byId('sweep-runs'),
      run: byId('run-sweep'),
      stop: byId('stop-sweep'),
      progress: byId('sweep-progress'),
      status: byId('sweep-status'),
      summary: byId('sweep-summary'),
      chart: byId('chart-sweep'),
    },
    setup,
    pool,
    baselines,
  );

  const shown = tabs((panel) => {
    // The one world pauses when hidden: nobody is watching it.
    if (panel !== 'view-one') oneWorld.pause();
  });
  const apply = () => {
    const sel = setup.selection;
    applyTickWords(document, tickWords(sel.scenario.tick));
    renderNote(byId('note-title'), byId('note-body'), byId('watch'), sel.entry);
    oneWorld.load(sel);
    manyWorlds.reset(sel);
    waiting.reset(sel);
  };
  setup.onChange(apply);
  apply();

  // One-world shortcuts, unless the key is meant for a focused control. A button of the
  // one-world toolbar keeps the focus after a mouse click on it: R and the arrow still work there
  // (a button has no use for them), while Space and Enter press the focused button as usual.
  document.addEventListener('keydown', (e) => {
    if (shown() !== 'view-one' || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const onToolbarButton = target.matches('#view-one [role="toolbar"] button');
    if (onToolbarButton ? e.key === ' ' || e.key === 'Enter' : target.closest('input, select, textarea, button, summary, [role="tab"]')) return;
    // A box that scrolls (the counts table on a narrow screen) takes the arrows and Space to scroll.
    if (target !== document.body && (target.scrollWidth > target.clientWidth || target.scrollHeight > target.clientHeight)) return;
    if (oneWorld.handleKey(e)) e.preventDefault();
  });
  probe().ready = true;
  document.body.dataset.ready = 'true';
}

main();
