/** What the chart functions read: the rows of a batch folder's files (docs/batches.md). */
import type { BatchSummary } from '../batch/summary.js';

export interface BandRow {
  strategy: string;
  series: string;
  tick: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

export interface StageRow {
  strategy: string;
  tick: number;
  stage: string;
  share: number;
}

export interface ChartData {
  summary: BatchSummary;
  strategies: string[];
  bands: BandRow[];
  stages: StageRow[];
  /** runs.csv rows: run, strategy, civilian_deaths, cost, atrocity... */
  runs: Record<string, string | number>[];
  /** Unit of a tick ("month" or "week"). */
  tickUnit: string;
}

/** A vega-lite specification (kept loose: the charts build plain JSON). */
export type Spec = Record<string, unknown>;
