/**
 * Rules several instruments share: who is excluded, how much leverage openness gives, how much
 * violence a reward follows (moral hazard), and collateral deaths of the use of force. Every
 * rule reads only the state the instrument meets (MODEL.md section 1): never the tick, never a
 * stage label.
 */
import { eliteReceptiveness } from '../actors/elite.js';
import type { Random } from '../rng.js';
import { recentSum } from '../series.js';
import { CITIZEN_STATE, STANCE } from '../vocabulary.js';
import type { World } from '../world.js';
import { kill } from '../population/violence.js';
import { ticksPerMonth, ticksPerYear } from '../calendar.js';

/** Consent of the host elite to a presence on its soil: suspicious autocracies give it grudgingly (seeds 000, 001). Assumption: half the effect is lost at full suspicion and autocracy. */
export function hostConsent(world: World): number {
  return 1 - 0.5 * world.elite.suspicion * world.elite.autocracy;
}

/** How much outside pressure and persuasion reach the elite (re-exported from the elite's rules). */
export function eliteReception(world: World): number {
  return eliteReceptiveness(world.elite);
}

/**
 * Leverage of economic and recognition pressure: interconnectedness with the world (trade, aid,
 * recognition) is the leverage outsiders have (Harff 2003; seed 004). Assumption: a closed
 * country still feels `floor` of it.
 */
export function leverage(world: World, floor = 0.3): number {
  return floor + (1 - floor) * world.elite.openness;
}

/**
 * Is group g excluded: discriminated now, or a target of the elite's repression? With no
 * discrimination and no ethnic base, no group is excluded.
 */
export function isExcluded(world: World, g: number): boolean {
  if (g === world.elite.group) return false;
  return world.discrimination[g] > 0 || world.elite.targets[g] === 1;
}

/**
 * Violence the elite can be seen to be rewarded for, 0..1: one-sided civilian deaths in the last
 * 12 ticks against the scenario's atrocity threshold (battle deaths count half), or the
 * stance it holds (repression 0.3, incitement 0.6, elimination 1). Weights are assumptions.
 */
export function recentViolence(world: World): number {
  const { series, scenario, elite } = world;
  const year = ticksPerYear(scenario);
  const civ = recentSum(series.values['civilian-deaths'], series.length, year);
  const battle = recentSum(series.values['battle-deaths'], series.length, year);
  const deaths = Math.min(1, (civ + 0.5 * battle) / scenario.stages['atrocity-deaths']);
  const stance = [0, 0, 0.3, 0.6, 1][elite.stance];
  return Math.max(deaths, stance);
}

/**
 * Moral hazard (seed 003: reward "bad people" for good behaviour, but rewards that follow
 * violence teach that violence pays). Each tick a reward of size `paid` is delivered while
 * recent violence is v, the elite's lesson grows by LESSON_RATE x paid x v (bounded to 1).
 */
export const LESSON_RATE = 0.1;
/** Half-life of the lesson that violence pays (months). Assumption: about two years. */
export const LESSON_HALF_LIFE = 24;
/**
 * Weight of the lesson in the elite's expected cost of escalation: a full lesson is worth an
 * expected gain of 0.8 from escalating, as much as strong targeted sanctions cost. Assumption.
 */
export const LESSON_WEIGHT = 0.8;

/** Offers `offered` to the elite (eliteReward) and pays `paid` of it now, with its lesson. */
export function reward(world: World, offered: number, paid: number): void {
  const p = world.pressure;
  p.eliteReward += offered;
  if (paid > 0) p.violencePays = Math.min(1, p.violencePays + LESSON_RATE * paid * recentViolence(world));
}

/**
 * Called once a tick by the schedule after every application: the lesson lowers the expected
 * cost of escalation (a negative eliteCost: escalation is expected to pay), then fades.
 */
export function applyLessons(world: World): void {
  const p = world.pressure;
  if (p.violencePays <= 0) return;
  p.eliteCost -= LESSON_WEIGHT * p.violencePays;
  p.violencePays *= Math.pow(0.5, 1 / (LESSON_HALF_LIFE * ticksPerMonth(world.scenario)));
  if (p.violencePays < 1e-4) p.violencePays = 0;
}

/** Is the elite at or below `hold` (accommodating or holding): the condition of conditional rewards. */
export function behaving(world: World): boolean {
  return world.elite.stance <= STANCE.hold;
}

/**
 * Collateral deaths of the use of force: `share` of the living population per tick at strength
 * 1, in people, made into whole agents by a draw from the application's own stream (so no
 * other stream shifts). Victims are random citizens on the grid, not under a peacekeeper's
 * protection; each killing is remembered by the victim's group nearby (victimisation raises
 * hostility, violence.ts), so force can raise hostility without a coded percentage.
 * Returns the people killed (also added to pressure.collateral and world.flow.collateral;
 * they are civilians, so they are in the civilian deaths too).
 */
export function collateralDeaths(world: World, strength: number, share: number, random: Random): number {
  const { pop, scenario, occupant, forces } = world;
  let alive = 0;
  for (let g = 0; g < world.groups; g++) alive += world.alive[g];
  const scale = scenario.population.scale;
  const expected = share * strength * alive; // agents
  let agents = Math.floor(expected);
  if (random() < expected - agents) agents++;
  let killed = 0;
  for (let k = 0; k < agents; k++) {
    // Probe random sites for an unprotected citizen (bounded tries keep the cost fixed).
    for (let tries = 0; tries < 64; tries++) {
      const c = Math.floor(random() * world.cells);
      const o = occupant[c];
      if (o < 0 || o >= pop.capacity || forces.cover[c] > 0) continue;
      const s = pop.state[o];
      if (s !== CITIZEN_STATE.quiet && s !== CITIZEN_STATE.active) continue;
      kill(world, o);
      killed += scale;
      break;
    }
  }
  world.pressure.collateral += killed;
  world.flow.collateral += killed;
  return killed;
}

/** Raises the hostility of every living citizen of group g by `rate` of its headroom. */
export function raiseGroupHostility(world: World, g: number, rate: number): void {
  const { pop } = world;
  if (rate <= 0) return;
  for (let i = 0; i < pop.n; i++) {
    if (pop.group[i] !== g) continue;
    const s = pop.state[i];
    if (s === CITIZEN_STATE.dead || s === CITIZEN_STATE.displaced) continue;
    pop.hostility[i] += rate * (1 - pop.hostility[i]);
  }
}
