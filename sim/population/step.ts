/**
 * The population's turn in a tick: every citizen, security agent and peacekeeper acts once, in
 * a fresh random order (Epstein's asynchronous activation), then Model II's births and deaths
 * of old age.
 */
import { CITIZEN_STATE } from '../vocabulary.js';
import { neighbourBase } from '../grid.js';
import { EMPTY, shuffle, type World } from '../world.js';
import { citizenStep } from './citizen.js';
import type { TickContext } from './context.js';
import { takeOffGrid } from './counts.js';
import { DRAWS_PER_TURN, drawKey } from './fast-random.js';
import { copStep, keeperStep } from './forces.js';

const { quiet, active, fighter, jailed, dead } = CITIZEN_STATE;
// The order of the states matters to the branch-free loops below: the living come first.
if (!(quiet < jailed && active < jailed && fighter < jailed && jailed < CITIZEN_STATE.displaced && CITIZEN_STATE.displaced < dead)) throw new Error('citizen state codes out of order');

export function stepPopulation(world: World, ctx: TickContext): void {
  const { pop, forces, order } = world;
  const capacity = pop.capacity;
  const keeperBase = capacity + world.cells;
  // Every citizen slot takes part in the shuffle, the dead and displaced too (their turn does
  // nothing): the permutation then depends only on the number of slots, not on who has died, so
  // paired worlds (a strategy and its baseline, from one seed) keep the same order of turns for
  // as long as they have the same slots and forces (common random numbers).
  let m = 0;
  for (let i = 0, n = pop.n; i < n; i++) order[m++] = i;
  for (let k = 0; k < forces.cops; k++) order[m++] = capacity + k;
  for (let k = 0; k < forces.keepers; k++) order[m++] = keeperBase + k;
  shuffle(order, m, world.rng.population);
  world.moveKey = drawKey(world.rng.population);
  const onTurn = world.onTurn;
  for (let j = 0; j < m; j++) {
    const id = order[j];
    world.moveCounter = id * DRAWS_PER_TURN;
    if (id < capacity) citizenStep(world, ctx, id);
    else if (id < keeperBase) copStep(world, ctx, id - capacity);
    else keeperStep(world, id - keeperBase);
    if (onTurn !== null) onTurn(world);
  }
  lifecycle(world);
}

/**
 * Model II's demography (Epstein 2002): each living citizen on the grid ages, dies at the
 * maximum age (not counted as a killing), and clones itself into a free adjacent site with the
 * cloning probability; the offspring keeps the group and draws a new hardship and risk. A
 * newborn is quiet, so it changes no count in vision; a death of an active one does.
 */
function lifecycle(world: World): void {
  const { pop, scenario, occupant, ring } = world;
  const p = scenario.population;
  const maxAge = p['max-age'];
  const cloning = p.cloning;
  if (maxAge === 0 && cloning === 0) return;
  const random = world.rng.population;
  const n = pop.n;
  for (let i = 0; i < n; i++) {
    const s = pop.state[i];
    if (s !== quiet && s !== active) continue;
    if (maxAge > 0 && ++pop.age[i] >= maxAge) {
      takeOffGrid(world, i, dead);
      continue;
    }
    if (cloning > 0 && random() < cloning) {
      const base = neighbourBase(ring, pop.cell[i]);
      const start = Math.floor(random() * ring.size);
      for (let k = 0; k < ring.size; k++) {
        const c = ring.table[base + ((start + k) % ring.size)];
        if (occupant[c] !== EMPTY) continue;
        const child = freeSlot(world);
        if (child < 0) break;
        pop.group[child] = pop.group[i];
        pop.hardship[child] = random();
        pop.risk[child] = random();
        pop.hostility[child] = pop.hostility0[i];
        pop.hostility0[child] = pop.hostility0[i];
        pop.memory[child] = 0;
        pop.state[child] = quiet;
        pop.jail[child] = 0;
        pop.age[child] = 0;
        pop.org[child] = -1;
        pop.cell[child] = c;
        occupant[c] = child;
        break;
      }
    }
  }
}

/** A slot for a newborn: past the last used one, or else the first dead slot (the displaced may return in a later model: their slots are kept). */
function freeSlot(world: World): number {
  const { pop } = world;
  if (pop.n < pop.capacity) return pop.n++;
  for (let i = 0; i < pop.n; i++) if (pop.state[i] === dead) return i;
  return -1;
}

/** Group counts and mobilisation, after the population has moved. */
export function census(world: World): number {
  const { pop, tally } = world;
  const state = pop.state;
  const group = pop.group;
  const hostility = pop.hostility;
  const hostilitySum = world.hostilitySum;
  tally.fill(0);
  hostilitySum.fill(0);
  // Tallies by group and state, without data-dependent branches: the living (quiet, active,
  // fighter, jailed: states below displaced) add their hostility, the others add exactly 0.
  for (let i = 0, n = pop.n; i < n; i++) {
    const s = state[i];
    const g = group[i];
    tally[(g << 3) + s]++;
    hostilitySum[g] += +(s < CITIZEN_STATE.displaced) * hostility[i];
  }
  let inJail = 0;
  for (let g = 0; g < world.groups; g++) {
    const t = g << 3;
    world.actives[g] = tally[t + active];
    world.fighters[g] = tally[t + fighter];
    world.alive[g] = tally[t + quiet] + tally[t + active] + tally[t + fighter] + tally[t + jailed];
    inJail += tally[t + jailed];
  }
  for (let g = 0; g < world.groups; g++) {
    world.mobilisation[g] = world.alive[g] > 0 ? (world.actives[g] + world.fighters[g]) / world.alive[g] : 0;
  }
  return inJail;
}
