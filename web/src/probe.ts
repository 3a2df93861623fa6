/**
 * What the page has computed, on `window.firebreak`, for the browser tests (and for a curious
 * student's console): the last world's outcome exactly as `firebreak run --json` prints it, and
 * the last batch's and sweep's numbers with their timing.
 */
import type { BatchSummary } from '../../analysis/batch/summary.js';
import type { Row } from '../../analysis/batch/types.js';
import type { RunOutcome } from '../../sim/outcomes.js';

export interface OneWorldProbe {
  file: string;
  strategy: string;
  seed: number;
  startMonth: number | null;
  outcome: RunOutcome;
}

export interface BatchProbe {
  file: string;
  strategies: string[];
  seed: number;
  runs: number;
  done: number;
  workers: number;
  /** Twins under "none" taken from an earlier batch or sweep of the same scenario and seed (not played again). */
  reusedTwins: number;
  /** Wall-clock time from the button to the last run's record, in milliseconds. */
  milliseconds: number;
  summary: BatchSummary;
  rows: Row[];
}

export interface SweepProbe {
  file: string;
  strategy: string;
  seed: number;
  months: number[];
  runsPerMonth: number;
  reusedTwins: number;
  milliseconds: number;
  rows: Row[];
}

export interface PageProbe {
  ready: boolean;
  oneWorld: OneWorldProbe | null;
  batch: BatchProbe | null;
  sweep: SweepProbe | null;
}

declare global {
  interface Window {
    firebreak: PageProbe;
  }
}

export function probe(): PageProbe {
  window.firebreak ??= { ready: false, oneWorld: null, batch: null, sweep: null };
  return window.firebreak;
}
