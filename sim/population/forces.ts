/**
 * Security forces ("cops") and peacekeepers as agents on the grid (MODEL.md 3.1).
 * A cop arrests one random active in vision (Epstein's rule C) and, when the elite orders
 * elimination, kills targets. A peacekeeper protects every site within its protection radius
 * (nobody there kills or is killed) and detains one armed, hostile active in vision.
 * Forces are placed, moved and removed only through counts.ts, which keeps the per-site
 * counts and the peacekeepers' cover exact.
 */
import { neighbourBase } from '../grid.js';
import type { Random } from '../rng.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import { EMPTY, type World } from '../world.js';
import type { TickContext } from './context.js';
import { moveCop, moveKeeper, placeKeeper, removeKeeper, takeOffGrid } from './counts.js';
import { freeSiteNear } from './moves.js';
import { kill } from './violence.js';

const { jailed } = CITIZEN_STATE;

export function copStep(world: World, ctx: TickContext, k: number): void {
  const { forces, pop, occupant, copVision, scratch, scenario } = world;
  const random = world.rng.population;
  const cell = forces.copCell[k];
  const capacity = pop.capacity;
  // Arrest: one random arrestable active in vision (Mesa's order: act, then move). The kept
  // count says whether there is anyone to look for.
  const inVision = world.counts.activesForces[cell];
  if (inVision > 0) {
    const base = neighbourBase(copVision, cell);
    const end = base + copVision.size;
    const table = copVision.table;
    const activeAt = world.counts.activeAt;
    let arrestee = -1;
    if (ctx.allArrestable) {
      // The j-th active in scan order: the same draw and the same choice as listing them all.
      let j = Math.floor(random() * inVision);
      for (let m = base; m < end; m++) {
        const a = activeAt[table[m]];
        if (a === 1 && j === 0) {
          arrestee = occupant[table[m]];
          break;
        }
        j -= a;
      }
    } else {
      let n = 0;
      for (let m = base; m < end; m++) {
        const site = table[m];
        if (activeAt[site] === 0) continue;
        const o = occupant[site];
        if (ctx.arrestable[pop.group[o]]) scratch[n++] = o;
      }
      if (n > 0) arrestee = scratch[Math.floor(random() * n)];
    }
    if (arrestee >= 0) {
      const maxJail = scenario.population['max-jail'];
      takeOffGrid(world, arrestee, jailed);
      // Jail term uniform on the integers 0..J_max (Mesa's randint); "inf" never releases.
      pop.jail[arrestee] = maxJail === 'inf' ? 0x7fffffff : Math.floor(random() * (maxJail + 1));
      world.flow.arrests++;
    }
  }
  // Elimination: a cop may kill one unprotected target in vision.
  if (ctx.copKill > 0 && random() < ctx.copKill) {
    const base = neighbourBase(copVision, cell);
    const table = copVision.table;
    let m = 0;
    for (let j = 0; j < copVision.size; j++) {
      const c = table[base + j];
      const o = occupant[c];
      if (o >= 0 && o < capacity && ctx.target[pop.group[o]] && forces.cover[c] === 0 && pop.state[o] !== CITIZEN_STATE.fighter) scratch[m++] = o;
    }
    if (m > 0) kill(world, scratch[Math.floor(random() * m)]);
  }
  if (scenario.population.movement) {
    const to = freeSiteNear(world, copVision, cell);
    if (to !== EMPTY) moveCop(world, k, to);
  }
}

export function keeperStep(world: World, k: number): void {
  const { forces, pop, occupant, copVision, scratch, scenario } = world;
  const random = world.rng.population;
  const cell = forces.keeperCell[k];
  if (world.counts.activesForces[cell] > 0) {
    const threshold = scenario.hostility['kill-threshold'];
    const base = neighbourBase(copVision, cell);
    const end = base + copVision.size;
    const table = copVision.table;
    const activeAt = world.counts.activeAt;
    let n = 0;
    for (let m = base; m < end; m++) {
      const site = table[m];
      if (activeAt[site] === 0) continue;
      const o = occupant[site];
      if (pop.hostility[o] >= threshold) scratch[n++] = o;
    }
    if (n > 0) {
      const o = scratch[Math.floor(random() * n)];
      takeOffGrid(world, o, jailed);
      // Detention by peacekeepers is short, 1 to 6 ticks, unlike Epstein's cops' up to
      // max-jail (assumption: a mission hands over or releases; Model II's peacekeepers
      // arrest, so docs/model.md lists this among the departures from Epstein).
      pop.jail[o] = 1 + Math.floor(random() * 6);
    }
  }
  const to = freeSiteNear(world, copVision, cell);
  if (to !== EMPTY) moveKeeper(world, k, to);
}

/**
 * Brings the number of peacekeepers on the grid to what the instruments ask for this tick:
 * new ones land on random free sites (events-independent: the population stream), removed
 * ones are the last deployed.
 */
export function syncKeepers(world: World, wanted: number, random: Random): void {
  const { forces, occupant, cells } = world;
  // At most a quarter of the sites (assumption: six times the reference mission's density, so
  // that a grid keeps room for its citizens however many instruments add troops).
  const target = Math.max(0, Math.min(Math.round(wanted), Math.floor(cells * 0.25)));
  while (forces.keepers > target) removeKeeper(world, --forces.keepers);
  let attempts = 0;
  while (forces.keepers < target && attempts < cells * 4) {
    attempts++;
    const c = Math.floor(random() * cells);
    if (occupant[c] !== EMPTY) continue;
    placeKeeper(world, forces.keepers++, c);
  }
}
