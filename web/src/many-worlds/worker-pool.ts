/**
 * A pool of batch workers, one per core: hands each idle worker the next job and reports each
 * finished run as it comes back. Runs finish in any order; callers sort by run index, so the
 * results are the same whatever the number of workers.
 */
import type { RunRecord } from '../../../analysis/batch/types.js';
import type { Scenario } from '../../../scenarios/schema.js';
import BatchWorker from './batch-worker.js?worker&inline';
import type { FromWorker, Job, ToWorker } from './messages.js';

/** Workers to start: one per core the browser reports, at most 8 (a classroom laptop has 2 to 8). */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.min(8, Math.max(1, cores || 2));
}

export class Cancelled extends Error {
  constructor() {
    super('stopped');
  }
}

export class WorkerPool {
  private workers: Worker[] = [];
  private defined = new Map<string, Scenario>();
  private cancel: (() => void) | null = null;

  constructor(readonly size = poolSize()) {}

  /** Makes a scenario known to every worker under `key` (replacing any of that key). */
  define(key: string, scenario: Scenario): void {
    this.defined.set(key, scenario);
    for (const w of this.workers) post(w, { type: 'define', key, scenario });
  }

  /**
   * Runs every job, calling `onRecord` as each finishes. Rejects with Cancelled when stop() is
   * called, or with the first worker error.
   */
  run(jobs: readonly Job[], onRecord: (record: RunRecord, job: Job) => void): Promise<void> {
    if (this.cancel) return Promise.reject(new Error('the pool is already running a batch'));
    this.start();
    return new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const finish = (err?: Error) => {
        if (failed) return;
        this.cancel = null;
        for (const w of this.workers) {
          w.onmessage = null;
          w.onerror = null;
        }
        if (err) {
          failed = true;
          // A worker may still be busy with a job nobody wants: start afresh next time.
          this.terminate();
          reject(err);
        } else resolve();
      };
      this.cancel = () => finish(new Cancelled());
      if (jobs.length === 0) return finish();
      const feed = (w: Worker) => {
        if (next >= jobs.length) return;
        const id = next++;
        post(w, { type: 'run', id, job: jobs[id] });
      };
      for (const w of this.workers) {
        w.onmessage = (e: MessageEvent<FromWorker>) => {
          const m = e.data;
          if (m.type === 'error') return finish(new Error(`run ${jobs[m.id].index} failed: ${m.message}`));
          onRecord(m.record, jobs[m.id]);
          done++;
          if (done === jobs.length) return finish();
          feed(w);
        };
        w.onerror = (e) => finish(new Error(`a batch worker failed: ${e.message}`));
        feed(w);
      }
    });
  }

  /** Stops the batch under way (its promise rejects with Cancelled). */
  stop(): void {
    this.cancel?.();
  }

  terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }

  private start(): void {
    while (this.workers.length < this.size) {
      const w = new BatchWorker();
      for (const [key, scenario] of this.defined) post(w, { type: 'define', key, scenario });
      this.workers.push(w);
    }
  }
}

function post(w: Worker, message: ToWorker): void {
  w.postMessage(message);
}
