/**
 * Armed organisations (MODEL.md section 3.3): they form when a group's mobilisation stays high,
 * recruit from its active and hostile citizens (population rules), fight the state's forces
 * (Lanchester-like attrition with noise), split more often the longer the war and the more
 * patrons (seed 003: Congo's new groups dilute peacekeepers), and negotiate when a mediator is
 * present and both sides hurt; ceasefires and settlements hold or break each tick depending
 * on guarantees and spoilers (seed 004: Sudan's agreement at risk of reneging).
 */
import type { Scenario } from '../../scenarios/schema.js';
import { record } from '../events.js';
import { normalQuantile } from '../normal-quantile.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import type { World } from '../world.js';
import { ticksPerYear } from '../calendar.js';

export const ORG_STATUS = { none: 0, fighting: 1, ceasefire: 2, settled: 3 } as const;

export interface RebelState {
  capacity: number;
  /** Organisations ever formed (slots 0..count-1). */
  count: number;
  group: Int8Array;
  status: Uint8Array;
  fighters: Int32Array;
  formedAt: Int32Array;
  /** Recent losses as a share of strength (exponential average): how much it hurts. */
  hurt: Float64Array;
  /** Patron support as a multiple of the organisation's own strength. */
  support: Float64Array;
  stateHurt: number;
  /** Consecutive ticks each group's mobilisation has been above the formation threshold. */
  above: Int32Array;
  /** Counts by status, refreshed each tick. */
  fightingCount: number;
  ceasefireCount: number;
  settledCount: number;
  /** Fighters (people) of organisations not under ceasefire. */
  strength: number;
  /** Fighters covered by peacekeepers (cannot fight), counted each tick after the population has moved. */
  coveredFighters: Int32Array;
}

export function createRebels(scenario: Scenario): RebelState {
  const cap = scenario.rebels['max-organisations'];
  return {
    capacity: cap,
    count: 0,
    group: new Int8Array(cap).fill(-1),
    status: new Uint8Array(cap),
    fighters: new Int32Array(cap),
    formedAt: new Int32Array(cap),
    hurt: new Float64Array(cap),
    support: new Float64Array(cap),
    stateHurt: 0,
    above: new Int32Array(scenario.groups.length),
    fightingCount: 0,
    ceasefireCount: 0,
    settledCount: 0,
    strength: 0,
    coveredFighters: new Int32Array(cap),
  };
}

/** The organisation a group's recruits join: its first one still fighting, or -1. */
export function recruitingOrg(rebels: RebelState, group: number): number {
  for (let o = 0; o < rebels.count; o++) {
    if (rebels.group[o] === group && rebels.status[o] === ORG_STATUS.fighting) return o;
  }
  return -1;
}

export function stepRebels(world: World): void {
  const { rebels, scenario } = world;
  const random = world.rng.rebels;
  formOrganisations(world);
  countCoveredFighters(world);
  const years = warYears(world);
  for (let o = 0; o < rebels.count; o++) {
    // Fixed draws per organisation per tick keep the stream aligned across strategies.
    const uFight = random();
    const uNoise = random();
    const uTalk = random();
    const uSplit = random();
    const status = rebels.status[o];
    if (status === ORG_STATUS.fighting) {
      fight(world, o, uFight, uNoise);
      negotiate(world, o, uTalk);
      if (uSplit < scenario.rebels.fragmentation * (1 + years) * (1 + patronsOf(world, rebels.group[o]))) split(world, o);
    } else if (status === ORG_STATUS.ceasefire || status === ORG_STATUS.settled) {
      holdOrBreak(world, o, uTalk);
    }
  }
  refreshCounts(world);
}

/** Sustained mobilisation of a group with no fighting organisation forms one. */
function formOrganisations(world: World): void {
  const { rebels, scenario } = world;
  const r = scenario.rebels;
  for (let g = 0; g < world.groups; g++) {
    if (g === world.elite.group) continue;
    rebels.above[g] = world.mobilisation[g] >= r['formation-mobilisation'] ? rebels.above[g] + 1 : 0;
    if (rebels.above[g] < r['formation-ticks'] || recruitingOrg(rebels, g) >= 0) continue;
    if (hasPeaceInForce(rebels, g)) continue;
    if (rebels.count >= rebels.capacity) continue;
    const o = rebels.count++;
    rebels.group[o] = g;
    rebels.status[o] = ORG_STATUS.fighting;
    rebels.formedAt[o] = world.tick;
    record(world.events, world.tick, 'rebel-formed', `armed organisation ${o} of ${scenario.groups[g].id}`);
  }
}

/**
 * Interposition: fighters standing on a site a peacekeeper protects cannot fight this tick
 * (read by fight()). Counted after the population has moved, from the peacekeepers' cover.
 */
function countCoveredFighters(world: World): void {
  const { rebels, pop, forces } = world;
  rebels.coveredFighters.fill(0);
  if (forces.keepers === 0) return;
  const { state, cell, org } = pop;
  for (let i = 0; i < pop.n; i++) {
    if (state[i] !== CITIZEN_STATE.fighter) continue;
    const c = cell[i];
    const o = org[i];
    if (c >= 0 && o >= 0 && forces.cover[c] > 0) rebels.coveredFighters[o]++;
  }
}

function hasPeaceInForce(rebels: RebelState, group: number): boolean {
  for (let o = 0; o < rebels.count; o++) {
    if (rebels.group[o] === group && (rebels.status[o] === ORG_STATUS.ceasefire || rebels.status[o] === ORG_STATUS.settled)) return true;
  }
  return false;
}

/** Outside patrons backing a group (count of active patrons). */
function patronsOf(world: World, group: number): number {
  let n = 0;
  for (const e of world.external) if (e.backs === group && e.active) n++;
  return n;
}

function warYears(world: World): number {
  let first = Infinity;
  for (let o = 0; o < world.rebels.count; o++) if (world.rebels.status[o] === ORG_STATUS.fighting) first = Math.min(first, world.rebels.formedAt[o]);
  return first === Infinity ? 0 : (world.tick - first) / ticksPerYear(world.scenario);
}

/**
 * One tick of battle between an organisation and the state (Lanchester-like: each side's
 * losses grow with the other's strength; noise is lognormal-ish via a Poisson draw).
 * Fighters covered by peacekeepers do not fight (interposition), so peacekeeping lowers battle
 * deaths through the grid, not by a coded percentage.
 */
function fight(world: World, o: number, uFight: number, uNoise: number): void {
  const { rebels, scenario, pressure } = world;
  const scale = scenario.population.scale;
  const fighting = Math.max(0, rebels.fighters[o] - rebels.coveredFighters[o]);
  if (fighting === 0) {
    // The hurt of a stalemate fades a fifth a tick when nobody fights (assumption).
    rebels.hurt[o] *= 0.8;
    return;
  }
  const own = fighting * scale;
  const support = rebels.support[o] * (1 - pressure.embargo);
  const rebelStrength = own * (1 + support);
  const stateStrength = world.elite.forces * (1 - 0.5 * pressure.coercion);
  const lethality = scenario.rebels.lethality;
  const noise = 0.5 + uNoise;
  const rebelLossMean = lethality * stateStrength * noise * (rebelStrength / (rebelStrength + stateStrength));
  const stateLossMean = lethality * rebelStrength * noise * (stateStrength / (rebelStrength + stateStrength));
  const rebelLoss = poissonFromUniform(rebelLossMean, uFight);
  const stateLoss = poissonFromUniform(stateLossMean, 1 - uFight);
  world.flow.battleDeaths += rebelLoss + stateLoss;
  // Half of the state's losses are replaced by recruits each tick (assumption).
  world.elite.forces = Math.max(0, world.elite.forces - 0.5 * stateLoss);
  rebels.hurt[o] = 0.7 * rebels.hurt[o] + 0.3 * (rebelLoss / Math.max(1, rebelStrength));
  rebels.stateHurt = 0.7 * rebels.stateHurt + 0.3 * (stateLoss / Math.max(1, stateStrength));
  // Rebel losses in people become fighter agents killed (the fraction by chance).
  const agents = rebelLoss / scale;
  let deaths = Math.floor(agents);
  if (world.rng.rebels() < agents - deaths) deaths++;
  if (deaths > 0) killFighters(world, o, deaths);
}

/**
 * A Poisson draw from one uniform by inversion of the CDF, so the stream use is fixed per tick.
 * Means above 30 use a normal approximation of the same uniform.
 */
function poissonFromUniform(mean: number, u: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    const z = normalQuantile(Math.min(Math.max(u, 1e-9), 1 - 1e-9));
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  while (u > cdf && k < 1000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

/** Kills `deaths` fighters of organisation o, the lowest ids first (deterministic). */
function killFighters(world: World, o: number, deaths: number): void {
  const { pop, occupant } = world;
  for (let i = 0; i < pop.n && deaths > 0; i++) {
    if (pop.state[i] !== CITIZEN_STATE.fighter || pop.org[i] !== o) continue;
    pop.state[i] = CITIZEN_STATE.dead;
    if (pop.cell[i] >= 0 && occupant[pop.cell[i]] === i) occupant[pop.cell[i]] = -1;
    pop.org[i] = -1;
    world.rebels.fighters[o]--;
    deaths--;
  }
}

/**
 * A mediator present and a mutually hurting stalemate make a ceasefire possible (Regan and
 * Aydin 2006: mediation shortens wars). Patrons make rebels less ready to stop (spoilers).
 */
function negotiate(world: World, o: number, u: number): void {
  const { rebels, pressure, scenario } = world;
  // An organisation with no fighters (formed, and nobody has joined yet; or all killed) has no
  // war to stop and nobody to sign: it got ceasefires, settlements and their concessions, then
  // "relapses", for wars that never began.
  if (pressure.mediation <= 0 || rebels.fighters[o] === 0) return;
  // Hurting is full when both sides lose 0.2% of their strength a tick; without it a mediator
  // still gets 30% of the rate (assumptions: Regan and Aydin give the direction, not a size;
  // MODEL.md's "both sides hurt" raises the chance rather than gating it).
  const hurting = Math.min(1, Math.min(rebels.hurt[o], rebels.stateHurt) / 0.002);
  const spoiler = 1 / (1 + patronsOf(world, rebels.group[o]) * (1 - pressure.embargo));
  const chance = scenario.rebels['ceasefire-rate'] * Math.min(1, pressure.mediation) * (0.3 + 0.7 * hurting) * spoiler;
  if (u < chance) {
    rebels.status[o] = ORG_STATUS.ceasefire;
    record(world.events, world.tick, 'ceasefire', `organisation ${o} (${scenario.groups[rebels.group[o]].id})`);
  }
}

/**
 * A ceasefire becomes a settlement with a mediator; either breaks with a chance that
 * guarantees (peacekeeping, security guarantees) lower and spoilers (other armed groups still
 * fighting, patrons) raise.
 */
function holdOrBreak(world: World, o: number, u: number): void {
  const { rebels, pressure, scenario, pop } = world;
  const r = scenario.rebels;
  const spoilers = rebels.fightingCount + patronsOf(world, rebels.group[o]) * (1 - pressure.embargo);
  const breakChance = r['breakdown-rate'] * (1 + spoilers) * (1 - Math.min(0.9, pressure.guarantee));
  if (u < breakChance) {
    const settled = rebels.status[o] === ORG_STATUS.settled;
    rebels.status[o] = ORG_STATUS.fighting;
    record(world.events, world.tick, 'relapse', `${settled ? 'settlement' : 'ceasefire'} of organisation ${o} broke down`);
    return;
  }
  if (rebels.status[o] === ORG_STATUS.ceasefire && u > 1 - r['settlement-rate'] * Math.min(1, pressure.mediation)) {
    rebels.status[o] = ORG_STATUS.settled;
    const g = rebels.group[o];
    // A settlement gives the group a stake: discrimination halves, the regime's legitimacy in
    // its eyes rises 0.1, fighters go home (sizes are assumptions; the direction is seed 004's
    // Ohrid agreement).
    world.discrimination[g] *= 0.5;
    world.legitimacy0[g] = Math.min(1, world.legitimacy0[g] + 0.1);
    for (let i = 0; i < pop.n; i++) {
      if (pop.state[i] === CITIZEN_STATE.fighter && pop.org[i] === o) {
        pop.state[i] = CITIZEN_STATE.quiet;
        pop.org[i] = -1;
      }
    }
    rebels.fighters[o] = 0;
    record(world.events, world.tick, 'settlement', `organisation ${o} (${scenario.groups[g].id})`);
  }
}

/** Splits an organisation: every other fighter leaves for a new one of the same group. */
function split(world: World, o: number): void {
  const { rebels, pop } = world;
  if (rebels.count >= rebels.capacity || rebels.fighters[o] < 4) return;
  const n = rebels.count++;
  rebels.group[n] = rebels.group[o];
  rebels.status[n] = ORG_STATUS.fighting;
  rebels.formedAt[n] = world.tick;
  let k = 0;
  for (let i = 0; i < pop.n; i++) {
    if (pop.state[i] === CITIZEN_STATE.fighter && pop.org[i] === o && k++ % 2 === 1) {
      pop.org[i] = n;
      rebels.fighters[o]--;
      rebels.fighters[n]++;
    }
  }
  record(world.events, world.tick, 'rebel-split', `organisation ${o} split; new organisation ${n}`);
}

export function refreshCounts(world: World): void {
  const { rebels, scenario } = world;
  rebels.fightingCount = 0;
  rebels.ceasefireCount = 0;
  rebels.settledCount = 0;
  rebels.strength = 0;
  for (let o = 0; o < rebels.count; o++) {
    const s = rebels.status[o];
    if (s === ORG_STATUS.fighting && rebels.fighters[o] > 0) {
      rebels.fightingCount++;
      rebels.strength += rebels.fighters[o] * scenario.population.scale;
    } else if (s === ORG_STATUS.ceasefire) rebels.ceasefireCount++;
    else if (s === ORG_STATUS.settled) rebels.settledCount++;
  }
}
