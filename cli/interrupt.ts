/**
 * Ctrl-C and SIGTERM outside a pool's run loop. While runs are going, the pool stops its workers,
 * keeps every finished run and the command says how to resume (exit 130). Before the loop
 * (loading, checking, starting workers) and after it (writing the tables) a signal took Node's
 * default action: exit 143 without a word, which a job script testing for 130 to requeue an
 * interrupted batch would miss. The journal keeps the finished runs in every case, and the
 * tables are written one whole file at a time, so stopping at once is safe.
 */
import { poolListening } from '../analysis/batch/pool-listening.js';

const KEPT = 'no finished run is lost; run the same command again to finish (with --resume if it writes a results folder)';
let said = KEPT;

/**
 * What a signal outside the run loop says happened to the finished runs: a command whose runs
 * live in a temporary folder (compare without --out) does not keep them.
 */
export function sayOnInterrupt(text: string): void {
  said = text;
}

export function stopCleanlyOnSignals(): void {
  let seen = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    // The first signal during the runs is the pool's; a second one stops at once.
    if (poolListening() && !seen) {
      seen = true;
      return;
    }
    process.stderr.write(`\ninterrupted (${signal}): ${said}\n`);
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
