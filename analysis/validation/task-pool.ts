/**
 * A small generic pool for the validation's measurements: each task names a measurement
 * function of the registry (tasks.ts) and carries its own JSON-like payload (a scenario variant,
 * a seed, a horizon), so one pool serves every target. analysis/batch/pool.ts runs one scenario's
 * strategies and returns batch table rows; the targets here need other numbers from a run (the
 * waiting times between outbursts, the tick one group is wiped out, a run-year panel), hence
 * this pool beside it.
 *
 * Workers are started once and kept for the whole validation; results come back in payload
 * order whatever the number of workers, so the figures do not depend on it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runTaskHere } from './tasks.js';
import type { TaskRunner } from './types.js';

interface Pending {
  kind: string;
  payload: unknown;
  resolve: (result: unknown) => void;
  reject: (err: Error) => void;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

/**
 * The worker thread. Built, it is task-worker.js. Under vitest or tsx this module is TypeScript
 * and Node 20 does not pass tsx's loader to workers, so a bootstrap registers it first (as
 * analysis/batch/pool.ts does).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./task-worker.js', import.meta.url));
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const target = new URL('./task-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export interface TaskPool extends TaskRunner {
  close(): Promise<void>;
}

/**
 * `workers` threads (0: every task runs in this thread, one after another). `progress` is told
 * how far each `map` of 200 tasks or more has got, every quarter of it.
 */
export function createTaskPool(workers: number, progress: (line: string) => void = () => {}): TaskPool {
  const queue: { id: number; task: Pending }[] = [];
  const running = new Map<number, Pending>();
  const idle: Worker[] = [];
  const threads: Worker[] = [];
  let nextId = 0;
  let failure: Error | null = null;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const { id, task } = queue.shift()!;
      running.set(id, task);
      (worker as Worker & { taskId?: number }).taskId = id;
      worker.postMessage({ id, kind: task.kind, payload: task.payload });
    }
  };

  for (let w = 0; w < workers; w++) {
    const worker = startWorker();
    threads.push(worker);
    idle.push(worker);
    worker.on('message', (reply: Reply) => {
      const task = running.get(reply.id);
      running.delete(reply.id);
      idle.push(worker);
      if (task) {
        if (reply.error !== undefined) task.reject(new Error(reply.error));
        else task.resolve(reply.result);
      }
      dispatch();
    });
    // A thread that dies (not a task that throws: those are caught in the thread) fails
    // everything still to come, so no caller waits for a result that cannot arrive.
    worker.on('error', (err) => {
      failure = err;
      for (const task of running.values()) task.reject(err);
      running.clear();
      for (const { task } of queue.splice(0)) task.reject(err);
    });
  }

  const submit = (kind: string, payload: unknown): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      queue.push({ id: nextId++, task: { kind, payload, resolve, reject } });
      dispatch();
    });
  };

  return {
    workers,
    async map<P, R>(kind: string, payloads: readonly P[], label = kind): Promise<R[]> {
      const total = payloads.length;
      let done = 0;
      let reported = 0;
      const tick = () => {
        done++;
        if (total >= 200 && done - reported >= total / 4 && done < total) {
          reported = done;
          progress(`    ${label}: ${done}/${total}`);
        }
      };
      if (workers <= 0) {
        const results: R[] = [];
        for (const p of payloads) {
          results.push(runTaskHere(kind, p) as R);
          tick();
        }
        return results;
      }
      return Promise.all(payloads.map((p) => submit(kind, p).then((r) => (tick(), r as R))));
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
