/**
 * One citizen's turn (MODEL.md 3.1): perceive, update hostility, act by Epstein's rule, move.
 * Plain code over the typed arrays: no objects, no closures, no allocation.
 */
import type { ArrestRounding } from '../vocabulary.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import { EMPTY, type World } from '../world.js';
import type { TickContext } from './context.js';
import { displace, kill, victimsInVision } from './violence.js';

const { quiet, active, fighter, jailed } = CITIZEN_STATE;

/** Least risk an incited citizen sees in joining a militia (assumption). */
const MILITIA_RISK = 0.5;

/**
 * Epstein's arrest probability P = 1 - exp(-k * step(C / (A + 1))), where A counts the other
 * actives in vision and the +1 is the citizen itself. The integer step is what makes outbursts
 * punctuated (EVIDENCE.md): floor is NetLogo's Rebellion, round is Mesa's example (JavaScript's
 * Math.round rounds halves up where Python rounds them to even; halves need C/(A+1) = n + 0.5,
 * so the two can differ there), none is the literal paper rule.
 */
export function arrestProbability(k: number, cops: number, actives: number, rounding: ArrestRounding): number {
  const ratio = cops / (actives + 1);
  const stepped = rounding === 'floor' ? Math.floor(ratio) : rounding === 'round' ? roundHalfEven(ratio) : ratio;
  return 1 - Math.exp(-k * stepped);
}

/** Python's round(): halves go to the even neighbour, as in Mesa's example. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Grievance G = H x (1 - L) (Epstein 2002), H shifted by shocks, aid and sanctions. */
export function grievance(hardship: number, shift: number, legitimacy: number): number {
  const h = Math.min(1, Math.max(0, hardship + shift));
  return h * (1 - legitimacy);
}

export function citizenStep(world: World, ctx: TickContext, i: number): void {
  const { pop, scenario } = world;
  const state = pop.state[i];
  if (state === jailed) {
    if (--pop.jail[i] <= 0) release(world, i);
    return;
  }
  if (state !== quiet && state !== active && state !== fighter) return;
  const g = pop.group[i];
  const cell = pop.cell[i];
  const h = scenario.hostility;
  pop.memory[i] *= 1 - h['memory-decay'];
  if (ctx.hostilityOn) updateHostility(world, ctx, i, cell, g);

  const random = world.rng.population;
  if (state === fighter) {
    // Fighters of an organisation at war may kill out-group civilians (one-sided violence).
    if (ctx.fighterViolence > 0 && pop.hostility[i] > h['kill-threshold'] && world.forces.cover[cell] === 0 && random() < ctx.fighterViolence) {
      const n = victimsInVision(world, cell, g, null);
      if (n > 0) kill(world, world.scratch[Math.floor(random() * n)]);
    }
    move(world, i, cell, random);
    return;
  }

  // Scan vision once: security forces, peacekeepers, other actives.
  const { visionTable, vision, occupant } = world;
  const capacity = pop.capacity;
  const keeperBase = capacity + world.cells;
  const base = cell * vision.size;
  let cops = 0;
  let keepers = 0;
  let actives = 0;
  // Free sites are collected in the same pass, for the move at the end of the turn.
  const scratch = world.scratch;
  let free = 0;
  for (let k = 0; k < vision.size; k++) {
    const c = visionTable[base + k];
    const o = occupant[c];
    if (o < 0) {
      scratch[free++] = c;
      continue;
    }
    if (o < capacity) {
      if (pop.state[o] === active) actives++;
    } else if (o < keeperBase) cops++;
    else keepers++;
  }
  const p = scenario.population;
  const risk = pop.risk[i];
  const hostility = pop.hostility[i];
  const arrest = arrestProbability(p['arrest-constant'], cops * ctx.copStrength, actives, p['arrest-rounding']);
  const netGrievance = grievance(pop.hardship[i], ctx.hardship[g], ctx.legitimacy[g]) - risk * arrest;
  let isActive = netGrievance > p.threshold;
  if (!isActive && ctx.incited[g]) {
    // An incited citizen joins the militia when its hostility, net of the risk it runs, passes
    // the kill threshold. The risk is at least MILITIA_RISK (killing is dangerous in itself;
    // assumption), more where peacekeepers deter.
    const deterrence = Math.max(MILITIA_RISK, arrestProbability(p['arrest-constant'], keepers, actives, p['arrest-rounding']));
    isActive = hostility - risk * deterrence > h['kill-threshold'];
  }
  pop.state[i] = isActive ? active : quiet;

  if (isActive) {
    if (ctx.violent[g] && hostility >= h['kill-threshold'] && world.forces.cover[cell] === 0 && random() < h['kill-rate']) {
      // The victim search reuses the scratch buffer, so the free sites are gathered again.
      const n = victimsInVision(world, cell, g, null);
      if (n > 0) kill(world, world.scratch[Math.floor(random() * n)]);
      free = -1;
    }
    const org = ctx.recruiting[g];
    // Readiness to take up arms: hatred of the other group, or a grievance against the regime
    // well past the threshold of protest (twice it; assumption).
    const ready = hostility > h['fighter-threshold'] || netGrievance > 2 * p.threshold;
    if (org >= 0 && ready && random() < scenario.rebels.recruitment) {
      pop.state[i] = fighter;
      pop.org[i] = org;
      world.rebels.fighters[org]++;
    }
  }

  // Fear: a citizen who remembers many killings nearby may flee the country.
  const memory = pop.memory[i];
  const flight = h['flight-threshold'];
  if (memory > flight && pop.state[i] !== fighter && random() < Math.min(0.5, 0.2 * (memory - flight))) {
    displace(world, i);
    return;
  }
  if (p.movement) {
    if (free < 0) move(world, i, cell, random);
    else moveTo(world, i, cell, free, random);
  }
}

/**
 * Hostility (MODEL.md 3.1 step 2): pulled toward the mean of same-group neighbours
 * (contagion), raised by the elite's hate speech and by foreign force (resentment), lowered by
 * positive contact with out-group neighbours where bridging programmes run (seed 001), and
 * relaxing toward its initial level. Neighbours are the eight adjacent sites. Victimisation is
 * applied when a killing happens (violence.ts).
 */
function updateHostility(world: World, ctx: TickContext, i: number, cell: number, g: number): void {
  const { pop, ringTable, ring, occupant, scenario } = world;
  const h = scenario.hostility;
  const base = cell * ring.size;
  let same = 0;
  let sameSum = 0;
  let others = 0;
  for (let k = 0; k < ring.size; k++) {
    const o = occupant[ringTable[base + k]];
    if (o < 0 || o >= pop.capacity) continue;
    if (pop.group[o] === g) {
      same++;
      sameSum += pop.hostility[o];
    } else others++;
  }
  let x = pop.hostility[i];
  if (same > 0) x += h.contagion * (sameSum / same - x);
  x += (ctx.hate[g] + ctx.resentment) * (1 - x);
  x -= h.contact * ctx.bridging[g] * (others / ring.size) * x;
  x += h.relaxation * (pop.hostility0[i] - x);
  pop.hostility[i] = x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Move to a random free site in vision (Epstein's rule M). A frightened citizen (memory of
 * killings) looks at up to three free sites and takes the one with most own-group neighbours:
 * fear sorts people into enclaves (seed 001).
 */
function move(world: World, i: number, cell: number, random: () => number): void {
  const { visionTable, vision, occupant, scratch } = world;
  const base = cell * vision.size;
  let n = 0;
  for (let k = 0; k < vision.size; k++) {
    const c = visionTable[base + k];
    if (occupant[c] === EMPTY) scratch[n++] = c;
  }
  moveTo(world, i, cell, n, random);
}

/** Moves citizen i to one of the n free sites listed in world.scratch. */
function moveTo(world: World, i: number, cell: number, n: number, random: () => number): void {
  const { occupant, pop, scratch } = world;
  if (n === 0) return;
  let target = scratch[Math.floor(random() * n)];
  if (pop.memory[i] > 0.5 && n > 1) {
    let best = ownGroupAround(world, target, pop.group[i]);
    for (let tries = 0; tries < 2; tries++) {
      const c = scratch[Math.floor(random() * n)];
      const score = ownGroupAround(world, c, pop.group[i]);
      if (score > best) {
        best = score;
        target = c;
      }
    }
  }
  occupant[cell] = EMPTY;
  occupant[target] = i;
  pop.cell[i] = target;
}

function ownGroupAround(world: World, cell: number, g: number): number {
  const { ringTable, ring, occupant, pop } = world;
  const base = cell * ring.size;
  let n = 0;
  for (let k = 0; k < ring.size; k++) {
    const o = occupant[ringTable[base + k]];
    if (o >= 0 && o < pop.capacity && pop.group[o] === g) n++;
  }
  return n;
}

/**
 * Release from jail: back to the old site if it is free, else to a free site in vision of it;
 * with none free, one more tick inside.
 */
function release(world: World, i: number): void {
  const { pop, occupant, visionTable, vision } = world;
  const cell = pop.cell[i];
  let target = occupant[cell] === EMPTY ? cell : EMPTY;
  if (target === EMPTY) {
    const base = cell * vision.size;
    for (let k = 0; k < vision.size; k++) {
      const c = visionTable[base + k];
      if (occupant[c] === EMPTY) {
        target = c;
        break;
      }
    }
  }
  if (target === EMPTY) {
    pop.jail[i] = 1;
    return;
  }
  occupant[target] = i;
  pop.cell[i] = target;
  pop.state[i] = quiet;
}
