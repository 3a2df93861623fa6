/**
 * Security forces ("cops") and peacekeepers as agents on the grid (MODEL.md 3.1).
 * A cop arrests one random active in vision (Epstein's rule C) and, when the elite orders
 * elimination, kills targets. A peacekeeper protects every site within its protection radius
 * (nobody there kills or is killed) and detains one armed, hostile active in vision.
 */
import type { Random } from '../rng.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import { EMPTY, type World } from '../world.js';
import type { TickContext } from './context.js';
import { kill } from './violence.js';

const { active, jailed } = CITIZEN_STATE;

export function copStep(world: World, ctx: TickContext, k: number): void {
  const { forces, pop, occupant, copVisionTable, copVision, scratch, scenario } = world;
  const random = world.rng.population;
  const cell = forces.copCell[k];
  const base = cell * copVision.size;
  // Arrest: one random arrestable active in vision (Mesa's order: act, then move).
  let n = 0;
  for (let j = 0; j < copVision.size; j++) {
    const o = occupant[copVisionTable[base + j]];
    if (o >= 0 && o < pop.capacity && pop.state[o] === active && ctx.arrestable[pop.group[o]]) scratch[n++] = o;
  }
  if (n > 0) {
    const o = scratch[Math.floor(random() * n)];
    const maxJail = scenario.population['max-jail'];
    pop.state[o] = jailed;
    // Jail term uniform on the integers 0..J_max (Mesa's randint); "inf" never releases.
    pop.jail[o] = maxJail === 'inf' ? 0x7fffffff : Math.floor(random() * (maxJail + 1));
    occupant[pop.cell[o]] = EMPTY;
    world.flow.arrests++;
  }
  // Elimination: a cop may kill one unprotected target in vision.
  if (ctx.copKill > 0 && random() < ctx.copKill) {
    let m = 0;
    for (let j = 0; j < copVision.size; j++) {
      const c = copVisionTable[base + j];
      const o = occupant[c];
      if (o >= 0 && o < pop.capacity && ctx.target[pop.group[o]] && forces.cover[c] === 0 && pop.state[o] !== CITIZEN_STATE.fighter) scratch[m++] = o;
    }
    if (m > 0) kill(world, scratch[Math.floor(random() * m)]);
  }
  if (scenario.population.movement) {
    const to = freeSiteInVision(world, cell, random);
    if (to !== EMPTY) {
      occupant[cell] = EMPTY;
      occupant[to] = pop.capacity + k;
      forces.copCell[k] = to;
    }
  }
}

export function keeperStep(world: World, k: number): void {
  const { forces, pop, occupant, copVisionTable, copVision, scratch, scenario } = world;
  const random = world.rng.population;
  const cell = forces.keeperCell[k];
  const base = cell * copVision.size;
  const threshold = scenario.hostility['kill-threshold'];
  let n = 0;
  for (let j = 0; j < copVision.size; j++) {
    const o = occupant[copVisionTable[base + j]];
    if (o >= 0 && o < pop.capacity && pop.state[o] === active && pop.hostility[o] >= threshold) scratch[n++] = o;
  }
  if (n > 0) {
    const o = scratch[Math.floor(random() * n)];
    pop.state[o] = jailed;
    pop.jail[o] = 1 + Math.floor(random() * 6);
    occupant[pop.cell[o]] = EMPTY;
  }
  const to = freeSiteInVision(world, cell, random);
  if (to !== EMPTY) {
    stampCover(world, cell, -1);
    occupant[cell] = EMPTY;
    occupant[to] = pop.capacity + world.cells + k;
    forces.keeperCell[k] = to;
    stampCover(world, to, +1);
  }
}

function freeSiteInVision(world: World, cell: number, random: Random): number {
  const { copVisionTable, copVision, occupant, scratch } = world;
  const base = cell * copVision.size;
  let n = 0;
  for (let j = 0; j < copVision.size; j++) {
    const c = copVisionTable[base + j];
    if (occupant[c] === EMPTY) scratch[n++] = c;
  }
  return n === 0 ? EMPTY : scratch[Math.floor(random() * n)];
}

/** Adds or removes one peacekeeper's protection around a site. */
function stampCover(world: World, cell: number, delta: number): void {
  const { forces, protectionTable, protection } = world;
  forces.cover[cell] += delta;
  const base = cell * protection.size;
  for (let j = 0; j < protection.size; j++) forces.cover[protectionTable[base + j]] += delta;
}

/**
 * Brings the number of peacekeepers on the grid to what the instruments ask for this tick:
 * new ones land on random free sites (events-independent: the population stream), removed
 * ones are the last deployed.
 */
export function syncKeepers(world: World, wanted: number, random: Random): void {
  const { forces, occupant, pop, cells } = world;
  const target = Math.max(0, Math.min(Math.round(wanted), Math.floor(cells * 0.25)));
  while (forces.keepers > target) {
    const k = --forces.keepers;
    const c = forces.keeperCell[k];
    stampCover(world, c, -1);
    occupant[c] = EMPTY;
    forces.keeperCell[k] = EMPTY;
  }
  let attempts = 0;
  while (forces.keepers < target && attempts < cells * 4) {
    attempts++;
    const c = Math.floor(random() * cells);
    if (occupant[c] !== EMPTY) continue;
    const k = forces.keepers++;
    forces.keeperCell[k] = c;
    occupant[c] = pop.capacity + cells + k;
    stampCover(world, c, +1);
  }
}
