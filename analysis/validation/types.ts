/**
 * The shapes of the validation (issue 8): a target runs its experiments through a task runner
 * and returns rows of the table (target, published figure, model figure, interval, verdict),
 * charts and the measured data behind them.
 */
import type { Spec } from '../charts/types.js';

/**
 * How a row is judged. `reproduced`: the model's figure agrees with the published one by the
 * row's stated rule; `partly`: the direction or order agrees but not the size (or one variant
 * agrees and another does not); `not reproduced`: it does not agree; `reported`: the literature
 * gives no figure to meet (an open question such as Run 8), the model's figure is reported.
 */
export type Verdict = 'reproduced' | 'partly' | 'not reproduced' | 'reported';

export interface ValidationRow {
  /** "1.2", "3.1"...: the target's number and the row within it. */
  id: string;
  /** What is compared, in a few words. */
  name: string;
  published: string;
  model: string;
  /** The model figure's 95% interval and how it was obtained. */
  interval: string;
  verdict: Verdict;
  /** The rule the verdict follows, and anything a reader must know to read the row. */
  rule: string;
}

export interface ValidationChart {
  /** File name without extension (docs/validation/<name>.svg). */
  name: string;
  title: string;
  spec: Spec;
}

export interface TargetOutput {
  rows: ValidationRow[];
  charts: ValidationChart[];
  /** How many runs of what: printed beside the table. */
  size: string;
  /** The measured numbers behind the rows, for results/validation/validation.json. */
  data: unknown;
}

export interface TargetResult extends TargetOutput {
  id: number;
  slug: string;
  title: string;
  quick: boolean;
  seed: number;
  seconds: number;
  command: string;
}

/** Runs named measurement tasks (tasks.ts) in worker threads, results in payload order. */
export interface TaskRunner {
  readonly workers: number;
  map<P, R>(kind: string, payloads: readonly P[], label?: string): Promise<R[]>;
}

export interface TargetContext {
  quick: boolean;
  seed: number;
  tasks: TaskRunner;
  log(line: string): void;
}

export interface ValidationTarget {
  id: number;
  slug: string;
  title: string;
  run(ctx: TargetContext): Promise<TargetOutput>;
}
