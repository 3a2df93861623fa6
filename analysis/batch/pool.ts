/**
 * Runs a list of run indices over worker threads (or in this thread when workers is 0) and
 * hands each finished record to `onRecord` as it arrives. Each worker gets the scenario once,
 * then one run index at a time, so fast workers take more runs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../scenarios/schema.js';
import { runFamilyTask, runTask } from './run-task.js';
import type { RunRecord, VariantResult, VariantTask } from './types.js';
import { countListeningPool } from './pool-listening.js';

export interface PoolHandle {
  done: Promise<void>;
  /** Stops handing out runs and ends the workers; records already delivered are kept. */
  stop(): Promise<void>;
}

/**
 * The worker thread. Built, it is worker.js. Under vitest or tsx this module is TypeScript, and
 * Node 20 does not apply `--import tsx` to workers, so a small bootstrap registers tsx's loader
 * in the thread first and then imports worker.ts.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const target = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Waits for the pool to finish, stopping it on Ctrl-C or SIGTERM (records already delivered are
 * kept). True when it was stopped by a signal.
 */
export async function finishUnlessInterrupted(pool: PoolHandle): Promise<boolean> {
  let interrupted = false;
  countListeningPool(1);
  const onSignal = () => {
    interrupted = true;
    void pool.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await pool.done;
  } finally {
    countListeningPool(-1);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  return interrupted;
}


export function runPool(
  scenario: Scenario,
  strategies: string[],
  seed: number,
  indices: number[],
  workers: number,
  onRecord: (record: RunRecord) => void,
): PoolHandle {
  return runMessages<number, RunRecord>(indices, { scenario, strategies, seed }, workers, (index) => runTask(scenario, strategies, seed, index), onRecord);
}

/**
 * Runs a family of batches, one per scenario, where the scenarios differ only in their
 * strategies (a sweep over start months): each run index is one task, returning one record per
 * scenario (runFamilyTask), so the past the scenarios share is played once.
 */
export function runFamilyPool(
  scenarios: Scenario[],
  strategies: string[],
  seed: number,
  indices: number[],
  workers: number,
  onRecords: (records: RunRecord[]) => void,
): PoolHandle {
  return runMessages<number, RunRecord[]>(indices, { scenarios, strategies, seed }, workers, (index) => runFamilyTask(scenarios, strategies, seed, index), onRecords);
}

/**
 * Runs tasks that each carry their own scenario (sensitivity analysis: every point a variant).
 * Records come back in completion order, each with its task.
 */
export function runVariantPool(tasks: VariantTask[], workers: number, onRecord: (record: RunRecord, task: VariantTask) => void): PoolHandle {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const first = tasks[0];
  return runMessages<VariantTask, VariantResult>(
    tasks,
    first ? { scenario: first.scenario, strategies: first.strategies, seed: first.seed } : {},
    workers,
    (t) => ({ id: t.id, record: runTask(t.scenario, t.strategies, t.seed, t.index, false) }),
    (result) => onRecord(result.record, byId.get(result.id)!),
  );
}

function runMessages<T, R>(items: T[], setup: unknown, workers: number, runHere: (item: T) => R, onRecord: (result: R) => void): PoolHandle {
  const indices = items;
  let next = 0;
  let stopped = false;
  if (workers <= 0) {
    const done = (async () => {
      while (!stopped && next < indices.length) {
        onRecord(runHere(indices[next++]));
        // Yield so that a signal handler can stop the loop between runs.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    return { done, stop: async () => void (stopped = true) };
  }
  const threads: Worker[] = [];
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    let active = 0;
    const count = Math.min(workers, Math.max(1, indices.length));
    if (indices.length === 0) return resolve();
    for (let w = 0; w < count; w++) {
      const worker = startWorker(setup);
      threads.push(worker);
      active++;
      const feed = () => {
        if (!stopped && next < indices.length) worker.postMessage(indices[next++]);
        else {
          active--;
          void worker.terminate();
          if (active === 0) resolve();
        }
      };
      worker.on('message', (record: R) => {
        try {
          onRecord(record);
        } catch (err) {
          stopped = true;
          reject(err);
          return;
        }
        feed();
      });
      worker.on('error', (err) => {
        stopped = true;
        reject(err);
      });
      feed();
    }
  });
  return {
    done,
    stop: async () => {
      stopped = true;
      await Promise.all(threads.map((t) => t.terminate()));
      // Terminated workers send nothing more, so the pool ends here (records delivered are kept).
      finish();
    },
  };
}
