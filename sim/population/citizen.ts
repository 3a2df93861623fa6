/**
 * One citizen's turn (MODEL.md 3.1): perceive, update hostility, act by Epstein's rule, move.
 * Plain code over the typed arrays: no objects, no closures, no allocation.
 */
import type { ArrestRounding } from '../vocabulary.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import { neighbourBase } from '../grid.js';
import { EMPTY, type World } from '../world.js';
import type { TickContext } from './context.js';
import { countActive, moveActive } from './counts.js';
import { freeSiteNear } from './moves.js';
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

/**
 * `arrestProbability` for the citizen loop: the same value, from the context's table when C/A
 * is rounded (no exp, no string comparison). `cops` and `actives` are non-negative.
 */
export function arrestChance(ctx: TickContext, cops: number, actives: number): number {
  const ratio = cops / (actives + 1);
  const rounding = ctx.rounding;
  if (rounding === 2) return 1 - Math.exp(-ctx.arrestK * ratio);
  let n: number;
  if (rounding === 0) n = Math.floor(ratio);
  else {
    // Math.round sends halves up; Python's round sends them to the even neighbour.
    n = Math.round(ratio);
    if (n - ratio === 0.5 && (n & 1) === 1) n--;
  }
  const table = ctx.arrestTable;
  return n < table.length ? table[n] : 1 - Math.exp(-ctx.arrestK * n);
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
  const remembered = pop.memory[i];
  if (remembered !== 0) pop.memory[i] = remembered * (1 - h['memory-decay']);
  if (ctx.hostilityOn) updateHostility(world, ctx, i, cell, g);

  const random = world.rng.population;
  if (state === fighter) {
    // Fighters of an organisation at war may kill out-group civilians (one-sided violence).
    // Fighters are not counted in anyone's vision: their moves change no count.
    if (ctx.fighterViolence > 0 && pop.hostility[i] > h['kill-threshold'] && world.forces.cover[cell] === 0 && random() < ctx.fighterViolence) {
      const n = victimsInVision(world, cell, g, null);
      if (n > 0) kill(world, world.scratch[Math.floor(random() * n)]);
    }
    const to = chooseSite(world, i, cell);
    if (to !== EMPTY) relocate(world, i, cell, to);
    return;
  }

  // Perception: security forces, peacekeepers and other actives in vision, read from the
  // counts kept per site (population/counts.ts) rather than by scanning every site in vision.
  const counts = world.counts;
  const cops = counts.cops[cell];
  const keepers = counts.keepers[cell];
  const actives = counts.actives[cell];
  const p = scenario.population;
  const risk = pop.risk[i];
  const hostility = pop.hostility[i];
  const threshold = p.threshold;
  let netGrievance = grievance(pop.hardship[i], ctx.hardship[g], ctx.legitimacy[g]);
  let isActive = false;
  // The risk term R x P is never negative: a grievance at or under the threshold stays there
  // whatever is in vision, so the arrest probability is needed only above it (or when incited).
  if (netGrievance > threshold || ctx.incited[g]) {
    netGrievance -= risk * arrestChance(ctx, cops * ctx.copStrength, actives);
    isActive = netGrievance > threshold;
  }
  if (!isActive && ctx.incited[g]) {
    // An incited citizen joins the militia when its hostility, net of the risk it runs, passes
    // the kill threshold. The risk is at least MILITIA_RISK (killing is dangerous in itself;
    // assumption), more where peacekeepers deter.
    const deterrence = Math.max(MILITIA_RISK, arrestChance(ctx, keepers, actives));
    isActive = hostility - risk * deterrence > h['kill-threshold'];
  }
  // The counts still show this citizen as it was (`state`) until the settlement below: nothing
  // in between reads its own count (kill() settles the victim's, a different citizen).
  pop.state[i] = isActive ? active : quiet;

  if (isActive) {
    if (ctx.violent[g] && hostility >= h['kill-threshold'] && world.forces.cover[cell] === 0 && random() < h['kill-rate']) {
      const n = victimsInVision(world, cell, g, null);
      if (n > 0) kill(world, world.scratch[Math.floor(random() * n)]);
    }
    const org = ctx.recruiting[g];
    // Readiness to take up arms: hatred of the other group, or a grievance against the regime
    // well past the threshold of protest (twice it; assumption).
    const ready = hostility > h['fighter-threshold'] || netGrievance > 2 * threshold;
    if (org >= 0 && ready && random() < scenario.rebels.recruitment) {
      pop.state[i] = fighter;
      pop.org[i] = org;
      world.rebels.fighters[org]++;
    }
  }
  const wasActive = state === active;
  const nowActive = pop.state[i] === active;

  // Fear: a citizen who remembers many killings nearby may flee the country, the more likely the
  // more it remembers past the threshold: 0.2 a tick per unit of memory beyond it, at most one
  // chance in two a tick (assumption; no published rate of flight per remembered killing).
  const memory = pop.memory[i];
  const flight = h['flight-threshold'];
  if (memory > flight && pop.state[i] !== fighter && random() < Math.min(0.5, 0.2 * (memory - flight))) {
    if (wasActive !== nowActive) countActive(world, cell, nowActive ? 1 : -1);
    displace(world, i);
    return;
  }
  let to = cell;
  if (p.movement) {
    const site = chooseSite(world, i, cell);
    if (site !== EMPTY) to = site;
  }
  // Settle this citizen's own count: one pass for a change of state, one for an active's move.
  if (wasActive) {
    if (!nowActive) countActive(world, cell, -1);
    else if (to !== cell) moveActive(world, cell, to);
  } else if (nowActive) countActive(world, to, 1);
  if (to !== cell) relocate(world, i, cell, to);
}

/**
 * Hostility (MODEL.md 3.1 step 2): pulled toward the mean of same-group neighbours
 * (contagion), raised by the elite's hate speech and by foreign force (resentment), lowered by
 * positive contact with out-group neighbours where bridging programmes run (seed 001), and
 * relaxing toward its initial level. Neighbours are the eight adjacent sites. Victimisation is
 * applied when a killing happens (violence.ts).
 */
function updateHostility(world: World, ctx: TickContext, i: number, cell: number, g: number): void {
  const { pop, ring, occupant, scenario } = world;
  const h = scenario.hostility;
  const base = neighbourBase(ring, cell);
  const table = ring.table;
  const capacity = pop.capacity;
  const group = pop.group;
  const hostility = pop.hostility;
  const end = base + ring.size;
  let same = 0;
  let sameSum = 0;
  let citizens = 0;
  // Without data-dependent branches, which a mixed grid makes the processor mispredict (about
  // 10% faster on the default scenario): c is 1 for a citizen (an empty site, -1 as unsigned, and
  // a force, >= capacity, both fail the one comparison), j its id or else 0 (a valid index whose
  // values are multiplied by 0), m is 1 for a same-group citizen. Adding 0 leaves the sums
  // exactly as with branches.
  if (end - base === 8) {
    // The eight adjacent sites (every grid the schema allows), unrolled: about 5% faster on the
    // default scenario than the loop below, with the same sums in the same order.
    const o0 = occupant[table[base]], c0 = +((o0 >>> 0) < capacity), j0 = o0 & -c0, m0 = c0 & +(group[j0] === g);
    const o1 = occupant[table[base + 1]], c1 = +((o1 >>> 0) < capacity), j1 = o1 & -c1, m1 = c1 & +(group[j1] === g);
    const o2 = occupant[table[base + 2]], c2 = +((o2 >>> 0) < capacity), j2 = o2 & -c2, m2 = c2 & +(group[j2] === g);
    const o3 = occupant[table[base + 3]], c3 = +((o3 >>> 0) < capacity), j3 = o3 & -c3, m3 = c3 & +(group[j3] === g);
    const o4 = occupant[table[base + 4]], c4 = +((o4 >>> 0) < capacity), j4 = o4 & -c4, m4 = c4 & +(group[j4] === g);
    const o5 = occupant[table[base + 5]], c5 = +((o5 >>> 0) < capacity), j5 = o5 & -c5, m5 = c5 & +(group[j5] === g);
    const o6 = occupant[table[base + 6]], c6 = +((o6 >>> 0) < capacity), j6 = o6 & -c6, m6 = c6 & +(group[j6] === g);
    const o7 = occupant[table[base + 7]], c7 = +((o7 >>> 0) < capacity), j7 = o7 & -c7, m7 = c7 & +(group[j7] === g);
    citizens = c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7;
    same = m0 + m1 + m2 + m3 + m4 + m5 + m6 + m7;
    sameSum += m0 * hostility[j0];
    sameSum += m1 * hostility[j1];
    sameSum += m2 * hostility[j2];
    sameSum += m3 * hostility[j3];
    sameSum += m4 * hostility[j4];
    sameSum += m5 * hostility[j5];
    sameSum += m6 * hostility[j6];
    sameSum += m7 * hostility[j7];
  } else {
    for (let k = base; k < end; k++) {
      const o = occupant[table[k]];
      const c = +((o >>> 0) < capacity);
      const j = o & -c;
      const m = c & +(group[j] === g);
      citizens += c;
      same += m;
      sameSum += m * hostility[j];
    }
  }
  const others = citizens - same;
  let x = hostility[i];
  if (same > 0) x += h.contagion * (sameSum / same - x);
  x += (ctx.hate[g] + ctx.resentment) * (1 - x);
  x -= h.contact * ctx.bridging[g] * (others / ring.size) * x;
  x += h.relaxation * (pop.hostility0[i] - x);
  pop.hostility[i] = x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Where citizen i moves (Epstein's rule M): a random free site in vision, or EMPTY when none is
 * free. A frightened citizen (memory of killings) looks at up to three free sites and takes the
 * one with most own-group neighbours: fear sorts people into enclaves (seed 001).
 */
function chooseSite(world: World, i: number, cell: number): number {
  const { pop, vision } = world;
  let target = freeSiteNear(world, vision, cell);
  // Fear past half a remembered killing, and a look at three sites: assumptions, small enough
  // that the sorting into enclaves stays gradual (seed 001 gives the direction only).
  if (target === EMPTY || pop.memory[i] <= 0.5) return target;
  const g = pop.group[i];
  let best = ownGroupAround(world, target, g);
  for (let tries = 0; tries < 2; tries++) {
    const c = freeSiteNear(world, vision, cell);
    const score = ownGroupAround(world, c, g);
    if (score > best) {
      best = score;
      target = c;
    }
  }
  return target;
}

/** Moves citizen i from `cell` to the free site `to` (its counts settled by the caller). */
function relocate(world: World, i: number, cell: number, to: number): void {
  const occupant = world.occupant;
  occupant[cell] = EMPTY;
  occupant[to] = i;
  world.pop.cell[i] = to;
}

function ownGroupAround(world: World, cell: number, g: number): number {
  const { ring, occupant, pop } = world;
  const base = neighbourBase(ring, cell);
  const table = ring.table;
  const capacity = pop.capacity;
  const group = pop.group;
  let n = 0;
  // Branch-free, as in updateHostility.
  for (let k = 0; k < ring.size; k++) {
    const o = occupant[table[base + k]];
    const c = +((o >>> 0) < capacity);
    n += c & +(group[o & -c] === g);
  }
  return n;
}

/**
 * Release from jail: back to the old site if it is free, else to the first free site in vision
 * of it; with none free, one more tick inside. A released citizen is quiet: no count changes.
 */
function release(world: World, i: number): void {
  const { pop, occupant, vision } = world;
  const cell = pop.cell[i];
  let target = occupant[cell] === EMPTY ? cell : EMPTY;
  if (target === EMPTY) {
    const base = neighbourBase(vision, cell);
    for (let k = 0; k < vision.size; k++) {
      const c = vision.table[base + k];
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
