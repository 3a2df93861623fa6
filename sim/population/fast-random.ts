/**
 * Random numbers for moves, counter-based: the k-th draw of agent `id` in a tick is a hash of
 * (the tick's key, id, k), where the key is one draw of the population stream per tick. So:
 * - every run stays a function of its seed, and the named streams keep their independence;
 * - an agent's draws do not depend on how many draws the agents before it used. A rejection-
 *   sampled move uses a varying number of draws; with one shared sequence, one move that
 *   differs between two paired worlds (common random numbers across strategies) would shift
 *   every later move of the tick. Here only the moves that see a different grid differ;
 * - a draw is a few integer operations with no state to load or store, so the move loop
 *   inlines it (several times faster than a call to seedrandom's alea here).
 * The hash is Wellons' triple32, a bijection of 32-bit integers with very low bias (his two-round
 * lowbias32 is about 7% faster on the default scenario, with more bias).
 */
import type { Random } from '../rng.js';

/** Draws an agent may use in one turn (its counters are id x DRAWS_PER_TURN + k). */
export const DRAWS_PER_TURN = 64;

/** The tick's key: one draw of the population stream, as a 32-bit integer. */
export function drawKey(random: Random): number {
  return (random() * 4294967296) | 0;
}

/** The 32 random bits for counter `counter` under `key`, as an unsigned integer. */
export function hashDraw(key: number, counter: number): number {
  let x = key ^ counter;
  x ^= x >>> 17;
  x = Math.imul(x, 0xed5ad4bb);
  x ^= x >>> 11;
  x = Math.imul(x, 0xac4c1b51);
  x ^= x >>> 15;
  x = Math.imul(x, 0x31848bab);
  x ^= x >>> 14;
  return x >>> 0;
}

/** A uniform integer in [0, n), n < 2^21, from 32 random bits (bias below n / 2^32). */
export function toIndex(bits: number, n: number): number {
  return Math.floor(bits * n * 2.3283064365386963e-10);
}
