/**
 * The ruling elite (MODEL.md section 3.2): Harff's preconditions (seed 004), a stance on the
 * ladder accommodate < hold < repress < incite < eliminate, chosen each tick from the threat it
 * perceives and its ideology against the cost outsiders make credible and the rewards they
 * offer. A coup can replace it (Gurr's first point of intervention).
 *
 * Nothing here reads the tick or the stage label: the elite reacts to the state it meets.
 */
import type { Scenario } from '../../scenarios/schema.js';
import { record } from '../events.js';
import { recentSum } from '../series.js';
import { STANCE, STANCES } from '../vocabulary.js';
import type { World } from '../world.js';
import { eliteGroupIndex } from '../world.js';
import { ticksPerYear } from '../calendar.js';
import { eliteTargets } from './elite-targets.js';

export interface EliteState {
  enabled: boolean;
  stance: number;
  /** Group the elite comes from, -1 for none. */
  group: number;
  exclusionary: number;
  autocracy: number;
  openness: number;
  suspicion: number;
  cohesion: number;
  cohesion0: number;
  repressionCapacity: number;
  priorKilling: boolean;
  priorUpheaval: boolean;
  /** Target groups of repression and elimination: discriminated groups, or all others. */
  targets: Uint8Array;
  /** Last perceived threat, 0..~2, and last elimination hazard (per tick). */
  threat: number;
  hazard: number;
  /** A coup brought in an exclusionary elite recently (crisis marker, Gurr's first point). */
  newExclusionary: boolean;
  lastCoup: number;
  /** Has the elite ever ordered elimination (its own "prior killing" from then on). */
  hasKilled: boolean;
  /** Troops of the state in battles with rebels. */
  forces: number;
}

export function createElite(scenario: Scenario): EliteState {
  const e = scenario.elite;
  const group = eliteGroupIndex(scenario);
  const targets = Uint8Array.from(eliteTargets(scenario.groups.map((g) => g.id), e.represents, e.discrimination), (t) => (t ? 1 : 0));
  return {
    enabled: e.enabled,
    stance: STANCES.indexOf(e.stance),
    group,
    exclusionary: e.exclusionary,
    autocracy: e.autocracy,
    openness: e.openness,
    suspicion: e.suspicion,
    cohesion: e.cohesion,
    cohesion0: e.cohesion,
    repressionCapacity: e['repression-capacity'],
    priorKilling: e['prior-killing'],
    priorUpheaval: e['prior-upheaval'],
    targets,
    threat: 0,
    hazard: 0,
    newExclusionary: false,
    lastCoup: -1e9,
    // An elite that starts at elimination has ordered it (the outcome's elimination_ordered, Harff's past killing).
    hasKilled: e.enabled && e.stance === 'eliminate',
    forces: e.forces,
  };
}

/**
 * How much outside pressure reaches a suspicious, autocratic elite: repressive leaders
 * distrust outside help (seeds 000 and 001), so the same pressure moves them less.
 * Assumption: at full suspicion and autocracy, 40% of the pressure gets through.
 */
export function eliteReceptiveness(elite: EliteState): number {
  return 1 - 0.6 * elite.suspicion * elite.autocracy;
}

/** Upheaval: armed conflict within the last year, a coup within five years, or a prior one. */
export function upheaval(world: World): number {
  const { series, scenario, elite } = world;
  const year = ticksPerYear(scenario);
  const battle = recentSum(series.values['battle-deaths'], series.length, year);
  const war = battle >= scenario.stages['battle-deaths'] ? 1 : 0;
  const coup = world.tick - elite.lastCoup <= 5 * year ? 1 : 0;
  return Math.max(war, coup, elite.priorUpheaval ? 1 : 0);
}

/**
 * Threat the elite perceives: mobilisation of the groups it does not represent (0.2 of a group
 * in the streets counts as a full threat), armed rebels against its forces, and upheaval.
 * Weights are assumptions.
 */
export function perceivedThreat(world: World, upheavalLevel: number): number {
  const { elite } = world;
  let mobilised = 0;
  for (let g = 0; g < world.groups; g++) {
    if (g === elite.group) continue;
    mobilised = Math.max(mobilised, world.mobilisation[g]);
  }
  const rebels = world.rebels.strength;
  const armed = elite.forces > 0 ? Math.min(1, rebels / elite.forces) : rebels > 0 ? 1 : 0;
  return 0.6 * Math.min(1, mobilised / 0.2) + 0.8 * armed + 0.2 * upheavalLevel;
}

/**
 * Log-odds of the elite turning to elimination this tick (MODEL.md 3.2). Two forms, chosen by
 * the scenario (EVIDENCE.md):
 * - `harff`: preconditions weighted by the log odds ratios the Early Warning Project reports
 *   (discrimination 2.59, political killings approved by leaders 1.70 (here: exclusionary
 *   ideology), past mass killing 1.58, coup 1.91, active fighting 3.2% vs 0.97%, civil rights
 *   0.43 (here: autocracy, inverted)); minority rule and low openness, significant in Harff
 *   2003 without published coefficients, weigh 0.7 each (assumption).
 * - `threat`: Hazlett's finding that strategic threat, not prior genocide or elite ethnicity,
 *   predicts killing within an episode: the threat dominates (weights are assumptions).
 * Both fall with the expected cost outsiders make credible.
 */
export function eliminationLogOdds(world: World, threat: number, upheavalLevel: number): number {
  const { elite, scenario } = world;
  let discrimination = 0;
  for (let g = 0; g < world.groups; g++) discrimination = Math.max(discrimination, world.discrimination[g]);
  const minorityRule = elite.group >= 0 && scenario.groups[elite.group].share < 0.5 ? 1 : 0;
  const pastKilling = elite.priorKilling || elite.hasKilled ? 1 : 0;
  // Instruments already scale their pressure by the elite's receptiveness.
  const cost = world.pressure.eliteCost;
  let logOdds = scenario.elite['hazard-base'];
  if (scenario.elite.hazard === 'harff') {
    logOdds +=
      Math.log(2.59) * discrimination +
      Math.log(1.7) * elite.exclusionary +
      Math.log(1.58) * pastKilling +
      Math.log(1 / 0.43) * elite.autocracy +
      0.7 * minorityRule +
      0.7 * (1 - elite.openness) +
      Math.log(3.2 / 0.97) * upheavalLevel +
      // The elite's own sense of threat: weight 1 (assumption; Harff has no such factor).
      1.0 * threat;
  } else {
    logOdds += 3.0 * threat + 1.0 * elite.exclusionary + Math.log(3.2 / 0.97) * upheavalLevel;
  }
  return logOdds - 2.5 * cost;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * One tick of the elite: threat, stance, discrimination, legitimacy, coup. Always draws the
 * same number of numbers from the elite and events streams, so their draws stay aligned
 * across strategies (common random numbers).
 */
export function updateElite(world: World): void {
  const { elite, pressure, scenario } = world;
  const random = world.rng.elite;
  const u1 = random();
  const u2 = random();
  const coupDraw = world.rng.events();
  const ideologyDraw = world.rng.events();

  const up = upheaval(world);
  const threat = perceivedThreat(world, up);
  elite.threat = threat;
  // Instruments already scale their pressure by the elite's receptiveness (eliteReceptiveness).
  const cost = pressure.eliteCost;
  const reward = pressure.eliteReward;
  const x = elite.exclusionary;

  // Incitement and elimination are aimed at a group: an elite with none to target (no group of
  // its own and none discriminated) stops at repression, which needs no target.
  const canTarget = hasTarget(elite);
  // Elimination hazard applies once the elite is on the coercive part of the ladder.
  const hazard = canTarget && elite.stance >= STANCE.repress ? sigmoid(eliminationLogOdds(world, threat, up)) : 0;
  elite.hazard = hazard;
  // Climbing: threat and ideology push up, credible costs hold back. The steps above
  // repression need an exclusionary ideology. Weights are assumptions.
  let upLogit = -6 + 3 * threat + 1.5 * x + elite.autocracy - 2 * cost;
  if (elite.stance >= STANCE.repress) upLogit += 2 * x - 1.5;
  // Descending: costs, rewards and calm pull down, ideology resists.
  const downLogit = -3.5 + 2.5 * cost + 2 * reward + 1.5 * Math.max(0, 1 - threat) - 1.5 * x;
  const pUp = elite.stance < (canTarget ? STANCE.incite : STANCE.repress) ? sigmoid(upLogit) : 0;
  const pDown = elite.stance > STANCE.accommodate ? sigmoid(downLogit) : 0;

  const before = elite.stance;
  if (elite.stance < STANCE.eliminate && u1 < hazard) elite.stance = STANCE.eliminate;
  else if (u2 < pUp) elite.stance += 1;
  else if (u2 < pUp + pDown) elite.stance -= 1;
  if (elite.stance !== before) {
    record(world.events, world.tick, 'stance-change', `${STANCES[before]} -> ${STANCES[elite.stance]}`);
    if (elite.stance === STANCE.eliminate) elite.hasKilled = true;
  }

  updateDiscrimination(world);
  updateLegitimacy(world);

  // Sanctions and battle losses split elites; cohesion recovers slowly (assumption).
  elite.cohesion += 0.02 * (elite.cohesion0 - elite.cohesion) - 0.03 * cost;
  elite.cohesion = Math.min(1, Math.max(0, elite.cohesion));

  const coupChance = scenario.elite['coup-rate'] * (1 + 3 * up) * (1 + 2 * (1 - elite.cohesion));
  // A new elite's ideology is drawn from 0.3 to 1: coups bring hardliners more often than
  // moderates (assumption), and Gurr's first point lasts a year.
  if (coupDraw < coupChance) coup(world, 0.3 + 0.7 * ideologyDraw);
  if (world.tick - elite.lastCoup > ticksPerYear(scenario)) elite.newExclusionary = false;
}

/** Whether any group is the elite's target (a loop: the tick loop allocates nothing). */
function hasTarget(elite: EliteState): boolean {
  for (let g = 0; g < elite.targets.length; g++) if (elite.targets[g] === 1) return true;
  return false;
}

/** A coup replaces the elite: new ideology, a repressive start, shaken cohesion. */
export function coup(world: World, exclusionary: number): void {
  const { elite } = world;
  elite.exclusionary = exclusionary;
  elite.stance = STANCE.repress;
  elite.cohesion = 0.5;
  elite.lastCoup = world.tick;
  // "Exclusionary" past 0.6, the upper part of the drawn range (assumption).
  elite.newExclusionary = exclusionary > 0.6;
  record(world.events, world.tick, 'coup', `new elite, exclusionary ideology ${exclusionary.toFixed(2)}`);
}

/**
 * State-led discrimination follows the stance: accommodation and power-sharing pressure wear
 * it down; incitement and elimination raise it toward the ideology. Rates are assumptions.
 */
function updateDiscrimination(world: World): void {
  const { elite, pressure } = world;
  for (let g = 0; g < world.groups; g++) {
    if (g === elite.group) continue;
    let d = world.discrimination[g];
    if (elite.stance === STANCE.accommodate) d *= 0.97;
    if (elite.stance >= STANCE.incite && elite.targets[g]) d += 0.05 * (elite.exclusionary - d) * (elite.exclusionary > d ? 1 : 0);
    d -= 0.05 * pressure.legitimacy[g] * d;
    world.discrimination[g] = Math.min(1, Math.max(0, d));
  }
}

/**
 * Legitimacy in each group's eyes relaxes (10% of the gap a tick, assumption) toward its
 * initial level, minus new discrimination and repression against it, plus inclusion.
 */
function updateLegitimacy(world: World): void {
  const { elite, pressure, scenario } = world;
  const penalty = [0, 0, 0.1, 0.2, 0.4][elite.stance];
  for (let g = 0; g < world.groups; g++) {
    const d0 = scenario.elite.discrimination[scenario.groups[g].id] ?? 0;
    const targeted = elite.targets[g] && g !== elite.group ? 1 : 0;
    let target = world.legitimacy0[g] - 0.5 * (world.discrimination[g] - d0) - penalty * targeted + pressure.legitimacy[g];
    target = Math.min(1, Math.max(0, target));
    world.legitimacy[g] += 0.1 * (target - world.legitimacy[g]);
  }
}

/** Hate speech the elite broadcasts to its own group, per tick, by stance (seed 000). */
export function hateSpeechLevel(elite: EliteState): number {
  return [0, 0.1, 0.3, 1, 1][elite.stance] * elite.exclusionary;
}
