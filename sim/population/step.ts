/**
 * The population's turn in a tick: every citizen, security agent and peacekeeper acts once, in
 * a fresh random order (Epstein's asynchronous activation), then Model II's births and deaths
 * of old age.
 */
import { CITIZEN_STATE } from '../vocabulary.js';
import { EMPTY, shuffle, type World } from '../world.js';
import { citizenStep } from './citizen.js';
import type { TickContext } from './context.js';
import { copStep, keeperStep } from './forces.js';

const { quiet, active, fighter, jailed, dead } = CITIZEN_STATE;

export function stepPopulation(world: World, ctx: TickContext): void {
  const { pop, forces, order } = world;
  const capacity = pop.capacity;
  const keeperBase = capacity + world.cells;
  let m = 0;
  for (let i = 0; i < pop.n; i++) {
    const s = pop.state[i];
    if (s === quiet || s === active || s === fighter || s === jailed) order[m++] = i;
  }
  for (let k = 0; k < forces.cops; k++) order[m++] = capacity + k;
  for (let k = 0; k < forces.keepers; k++) order[m++] = keeperBase + k;
  shuffle(order, m, world.rng.population);
  for (let j = 0; j < m; j++) {
    const id = order[j];
    if (id < capacity) citizenStep(world, ctx, id);
    else if (id < keeperBase) copStep(world, ctx, id - capacity);
    else keeperStep(world, id - keeperBase);
  }
  lifecycle(world);
}

/**
 * Model II's demography (Epstein 2002): each living citizen on the grid ages, dies at the
 * maximum age (not counted as a killing), and clones itself into a free adjacent site with the
 * cloning probability; the offspring keeps the group and draws a new hardship and risk.
 */
function lifecycle(world: World): void {
  const { pop, scenario, occupant, ringTable, ring } = world;
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
      occupant[pop.cell[i]] = EMPTY;
      pop.state[i] = dead;
      continue;
    }
    if (cloning > 0 && random() < cloning) {
      const base = pop.cell[i] * ring.size;
      const start = Math.floor(random() * ring.size);
      for (let k = 0; k < ring.size; k++) {
        const c = ringTable[base + ((start + k) % ring.size)];
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

/** A slot for a newborn: past the last used one, or else the first dead or displaced slot. */
function freeSlot(world: World): number {
  const { pop } = world;
  if (pop.n < pop.capacity) return pop.n++;
  for (let i = 0; i < pop.n; i++) if (pop.state[i] === dead) return i;
  return -1;
}

/** Group counts and mobilisation, after the population has moved. */
export function census(world: World): number {
  const { pop } = world;
  world.alive.fill(0);
  world.actives.fill(0);
  world.fighters.fill(0);
  world.hostilitySum.fill(0);
  let inJail = 0;
  for (let i = 0; i < pop.n; i++) {
    const s = pop.state[i];
    if (s === dead || s === CITIZEN_STATE.displaced) continue;
    const g = pop.group[i];
    world.alive[g]++;
    world.hostilitySum[g] += pop.hostility[i];
    if (s === active) world.actives[g]++;
    else if (s === fighter) world.fighters[g]++;
    else if (s === jailed) inJail++;
  }
  for (let g = 0; g < world.groups; g++) {
    world.mobilisation[g] = world.alive[g] > 0 ? (world.actives[g] + world.fighters[g]) / world.alive[g] : 0;
  }
  return inJail;
}
