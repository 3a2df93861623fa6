/**
 * Epstein's movement rule M: go to a random free site in vision. Drawn by rejection: a random
 * site of the neighbourhood, taken if free, up to MOVE_TRIES draws; then a scan lists the free
 * sites and one is drawn among them. Either way every free site in vision is equally likely (the
 * same rule as listing them all first), but a move costs a few reads instead of a scan. The
 * draws are the acting agent's own (fast-random.ts): counter-based, keyed each tick by the
 * population stream.
 */
import { neighbourBase, type Neighbours } from '../grid.js';
import { EMPTY, type World } from '../world.js';
import { hashDraw, toIndex } from './fast-random.js';

/**
 * Draws before falling back to the scan (a multiple of four). At Epstein's densities about a
 * quarter to a third of the sites are free, so 16 draws miss all of them less than 1% of the
 * time. A call uses at most MOVE_TRIES + 1 draws, and a turn at most three calls (a frightened
 * citizen's look at three sites): within DRAWS_PER_TURN.
 */
export const MOVE_TRIES = 16;

/**
 * A random free site in the neighbourhood `nb` of `cell`, or EMPTY when there is none. Uses
 * the acting agent's move draws (world.moveCounter, set for each turn by the population step).
 */
export function freeSiteNear(world: World, nb: Neighbours, cell: number): number {
  const occupant = world.occupant;
  const size = nb.size;
  if (size === 0) return EMPTY;
  const key = world.moveKey;
  let counter = world.moveCounter;
  const t = nb.torus;
  const wrapRow = t.wrapRow;
  const wrapCol = t.wrapCol;
  const col = t.col[cell];
  const row = t.row[cell];
  const { dx, dy } = nb.offsets;
  const scale = size * 2.3283064365386963e-10;
  let found = EMPTY;
  // Four draws a round, their sites looked up together (the processor overlaps the reads) and
  // the first free one in draw order taken: the same law as one draw at a time.
  for (let round = 0; round < MOVE_TRIES / 4; round++) {
    const k0 = Math.floor(hashDraw(key, counter) * scale);
    const k1 = Math.floor(hashDraw(key, counter + 1) * scale);
    const k2 = Math.floor(hashDraw(key, counter + 2) * scale);
    const k3 = Math.floor(hashDraw(key, counter + 3) * scale);
    counter += 4;
    const s0 = wrapRow[row + dy[k0]] + wrapCol[col + dx[k0]];
    const s1 = wrapRow[row + dy[k1]] + wrapCol[col + dx[k1]];
    const s2 = wrapRow[row + dy[k2]] + wrapCol[col + dx[k2]];
    const s3 = wrapRow[row + dy[k3]] + wrapCol[col + dx[k3]];
    const o0 = occupant[s0];
    const o1 = occupant[s1];
    const o2 = occupant[s2];
    const o3 = occupant[s3];
    if (o0 === EMPTY) found = s0;
    else if (o1 === EMPTY) found = s1;
    else if (o2 === EMPTY) found = s2;
    else if (o3 === EMPTY) found = s3;
    else continue;
    break;
  }
  if (found !== EMPTY) {
    world.moveCounter = counter;
    return found;
  }
  const scratch = world.scratch;
  const base = neighbourBase(nb, cell);
  const table = nb.table;
  let n = 0;
  for (let k = 0; k < size; k++) {
    const site = table[base + k];
    if (occupant[site] === EMPTY) scratch[n++] = site;
  }
  world.moveCounter = counter + 1;
  return n === 0 ? EMPTY : scratch[toIndex(hashDraw(key, counter), n)];
}
