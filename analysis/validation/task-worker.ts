/** A validation worker thread: runs the named measurement of each message and sends back its result. */
import { parentPort } from 'node:worker_threads';
import { runTaskHere } from './tasks.js';

parentPort!.on('message', (message: { id: number; kind: string; payload: unknown }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: runTaskHere(message.kind, message.payload) });
  } catch (err) {
    parentPort!.postMessage({ id: message.id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
});
