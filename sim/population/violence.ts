/**
 * Killing on the grid (MODEL.md 3.1 step 3; Epstein's Model II): who can be killed, and what
 * the killing leaves behind: a death counted in people and the memory of it in the victim's
 * group nearby (victimisation raises hostility and fear).
 */
import { neighbourBase } from '../grid.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import type { World } from '../world.js';
import { takeOffGrid } from './counts.js';

/**
 * Collects into world.scratch the unprotected citizens in the vision of `cell` that belong to
 * another group than `group` (or, with `onlyTargets`, to a group marked there), fighters
 * excepted. Returns the count.
 */
export function victimsInVision(world: World, cell: number, group: number, onlyTargets: Uint8Array | null): number {
  const { vision, occupant, pop, forces, scratch } = world;
  const base = neighbourBase(vision, cell);
  const table = vision.table;
  let n = 0;
  for (let k = 0; k < vision.size; k++) {
    const c = table[base + k];
    const o = occupant[c];
    if (o < 0 || o >= pop.capacity) continue;
    const g = pop.group[o];
    if (g === group || forces.cover[c] > 0) continue;
    if (onlyTargets !== null && onlyTargets[g] === 0) continue;
    if (pop.state[o] === CITIZEN_STATE.fighter) continue;
    scratch[n++] = o;
  }
  return n;
}

/**
 * A citizen is killed: off the grid, counted in people, and remembered by its group's members
 * within vision, whose hostility rises (victimisation memory).
 */
export function kill(world: World, victim: number): void {
  const { pop, occupant, scenario, vision } = world;
  const cell = pop.cell[victim];
  const g = pop.group[victim];
  takeOffGrid(world, victim, CITIZEN_STATE.dead);
  world.flow.civilianDeaths += scenario.population.scale;
  const rise = scenario.hostility.victimisation;
  if (cell < 0) return;
  const base = neighbourBase(vision, cell);
  const table = vision.table;
  for (let k = 0; k < vision.size; k++) {
    const o = occupant[table[base + k]];
    if (o < 0 || o >= pop.capacity || pop.group[o] !== g) continue;
    pop.memory[o] += 1;
    pop.hostility[o] += rise * (1 - pop.hostility[o]);
  }
}

/** A citizen leaves the country (displaced), counted in people. */
export function displace(world: World, i: number): void {
  takeOffGrid(world, i, CITIZEN_STATE.displaced);
  world.flow.displaced += world.scenario.population.scale;
}
