/**
 * The frame of a long run in a view (a batch of worlds, a sweep of start months): while it
 * runs, the scenario and strategy are locked and Stop is live; when it ends, the panel's state
 * says how (finished, stopped or failed; the browser test reads it) and a failure is put in
 * words on the status line.
 */
import { Cancelled } from './many-worlds/worker-pool.js';
import type { Setup } from './setup.js';

export interface RunPanel {
  panel: HTMLElement;
  status: HTMLElement;
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
}

export interface LockedRun {
  /** "batch" or "sweep", for the failure message. */
  what: string;
  /** The run itself: resolves when every world is done, rejects with Cancelled when stopped. */
  work(): Promise<void>;
  /** Waits for drawing in progress, before the status line is set. */
  settle(): Promise<void>;
  /** Says (and draws) what was done before Stop; returns the status line. */
  stopped(): Promise<string>;
  /** Told when the run starts and when it has ended. */
  running(on: boolean): void;
}

/**
 * The long run in progress, if any. The views share one pool of workers and one set of
 * controls: a second run started from another view would fail and unlock the controls under
 * the first, whose results would then be shown under the wrong scenario.
 */
let current: string | null = null;

/** A reload or Back during a run would drop it without a word: the browser asks first. */
function keepOnLeave(event: BeforeUnloadEvent): void {
  event.preventDefault();
  event.returnValue = '';
}

export async function runLocked(el: RunPanel, setup: Setup, r: LockedRun): Promise<void> {
  if (current !== null) {
    el.status.textContent = `A ${current} is still running in another view: stop it there, or wait for it to finish.`;
    return;
  }
  current = r.what;
  window.addEventListener('beforeunload', keepOnLeave);
  r.running(true);
  setup.lock(true);
  // The view's own fields too (how many worlds, the sweep's months): changed mid-run, the Run
  // button read "Run 100 worlds" while 50 were playing.
  const fields = Array.from(el.panel.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.toolbar input, .toolbar select')).filter((f) => !f.disabled);
  for (const f of fields) f.disabled = true;
  // A keyboard user pressed Run, which is now disabled: the focus goes to Stop, not to the page.
  const focusWasOnRun = document.activeElement === el.run;
  el.run.disabled = true;
  el.stop.disabled = false;
  if (focusWasOnRun) el.stop.focus();
  el.panel.dataset.state = 'running';
  try {
    await r.work();
    el.panel.dataset.state = 'finished';
  } catch (err) {
    await r.settle();
    if (err instanceof Cancelled) {
      el.status.textContent = await r.stopped();
      el.panel.dataset.state = 'stopped';
    } else {
      el.status.textContent = `The ${r.what} failed: ${(err as Error).message}`;
      el.panel.dataset.state = 'failed';
    }
  } finally {
    current = null;
    window.removeEventListener('beforeunload', keepOnLeave);
    r.running(false);
    setup.lock(false);
    for (const f of fields) f.disabled = false;
    const focusWasOnStop = document.activeElement === el.stop;
    el.run.disabled = false;
    el.stop.disabled = true;
    if (focusWasOnStop || document.activeElement === document.body) el.run.focus();
  }
}
