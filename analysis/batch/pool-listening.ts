/**
 * Whether a pool is stopping itself on Ctrl-C and SIGTERM right now (finishUnlessInterrupted).
 * A module of its own so that the command line's early signal handler (cli/interrupt.ts) can
 * ask before the pool and everything it imports have loaded.
 */
let listening = 0;

export function poolListening(): boolean {
  return listening > 0;
}

/** Counts a pool that starts (+1) or stops (-1) listening. */
export function countListeningPool(change: 1 | -1): void {
  listening += change;
}
