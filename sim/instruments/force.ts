/**
 * Force (seed 004: plan for military intervention as part of prevention, not a last resort;
 * credible threats of forceful action; East Timor 1999, NATO in Kosovo 1999; seed 002: force
 * can do more harm than good). Channels: the expected cost of atrocity, the perpetrators'
 * capacity to kill (coercion). Side effects: collateral deaths, which the victims' groups
 * remember (hostility rises through violence.ts), and resentment of foreign force.
 */
import type { InstrumentDef } from './instrument.js';
import { collateralDeaths, eliteReception } from './effects.js';

/**
 * Collateral deaths of an air campaign at intensity 1, as a share of the living population per
 * month: Human Rights Watch (2000, "Civilian Deaths in the NATO Air Campaign") counted about
 * 500 civilian deaths in the 78 days over Yugoslavia; against a population of the order of
 * 2 million in Kosovo, that is of the order of 1e-4 a month (an order of magnitude, assumption).
 */
export const INTERVENTION_COLLATERAL = 1e-4;
/** Ground peace enforcement under restrictive rules of engagement: a third of that (assumption). */
export const ENFORCEMENT_COLLATERAL = 3e-5;
/** Peacekeepers per site at intensity 1 for peace enforcement (heavier than peacekeeping's 0.04; assumption). */
export const ENFORCEMENT_KEEPERS_PER_SITE = 0.03;

export const threatOfForce: InstrumentDef = {
  id: 'threat-of-force',
  name: 'Credible threat of force',
  family: 'force',
  description:
    'Forces made ready and the will to use them made known if atrocities begin (seed 004: credible threats of military deployment; seed 003, recommendation 4-4): a large expected cost of escalation, worth exactly as much as the deliverers\' credibility. A suspicious regime grows more suspicious.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 1,
  ramp: 2,
  halfLife: 3,
  costPerMonth: 10_000_000,
  costSource: 'assumption: forces on readiness, planning and exercises, about $100 M a year',
  channels: ['eliteCost: 0.8 x strength'],
  sideEffects: ['suspicion of outsiders rises 0.002 a tick at full strength'],
  sources: ['004_917ee60d99901450.txt', '003_da26653d370e6e3b.txt'],
  receptiveness: eliteReception,
  apply(world, strength) {
    world.pressure.eliteCost += 0.8 * strength;
    world.elite.suspicion = Math.min(1, world.elite.suspicion + 0.002 * strength);
  },
};

export const peaceEnforcement: InstrumentDef = {
  id: 'peace-enforcement',
  name: 'Peace enforcement',
  family: 'force',
  description:
    'Heavily armed units authorised to use force to restore a ceasefire (seed 002: peace-enforcement units; East Timor 1999, seed 004): troops on the grid who protect and detain, a cut in the perpetrators\' capacity to kill, and a guarantee for ceasefires. It kills some civilians (collateral deaths, remembered by their groups) and foreign troops breed resentment.',
  target: 'grid',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 2,
  ramp: 3,
  halfLife: 2,
  costPerMonth: 150_000_000,
  costSource: 'assumption: about 10,000 heavily armed troops at two to three times the UN peacekeeping cost per person-year (the approved UN peacekeeping budget for July 2019 to June 2020, $6.51 bn (General Assembly Fifth Committee), for about 90,000 to 100,000 personnel: about $65,000 to $72,000 per person-year (not in EVIDENCE.md))',
  channels: ['keepers: 0.03 x strength x sites', 'coercion: 0.4 x strength', 'guarantee: 0.3 x strength'],
  sideEffects: [
    'collateral deaths: 3e-5 of the living population a tick at full strength, killed at random off protected sites (assumption, a third of an air campaign)',
    'resentment: hostility of every group rises 0.1% of its headroom a tick at full strength',
  ],
  sources: ['002_75de20a09053a3a6.txt', '004_917ee60d99901450.txt'],
  // Enforcement does not wait for consent; an autocracy with strong forces resists it a little.
  receptiveness: (world) => 1 - 0.2 * world.elite.autocracy,
  apply(world, strength, app) {
    const p = world.pressure;
    p.keepers += strength * ENFORCEMENT_KEEPERS_PER_SITE * world.cells;
    p.coercion = Math.min(1, p.coercion + 0.4 * strength);
    p.guarantee += 0.3 * strength;
    p.resentment += 0.001 * strength;
    collateralDeaths(world, strength, ENFORCEMENT_COLLATERAL, app.random);
  },
};

export const militaryIntervention: InstrumentDef = {
  id: 'military-intervention',
  name: 'Military intervention',
  family: 'force',
  description:
    'Air and ground operations against the perpetrators (NATO over Kosovo 1999, seed 004): most of their capacity to kill is removed, the state\'s forces are worn down (2% a tick at full strength) and escalation becomes very costly. It kills civilians (collateral deaths, remembered by their groups) and breeds resentment of foreign force.',
  target: 'elite',
  deliverers: ['regional', 'major-power', 'universal'],
  lag: 1,
  ramp: 2,
  halfLife: 1,
  costPerMonth: 1_000_000_000,
  costSource: 'assumption: of the order of $1 bn a month, consistent with ~$5 bn each for Rwanda and Haiti and $50 bn+ for Bosnia in the 1990s (Brown and Rosecrance 1999, EVIDENCE.md)',
  channels: ['coercion: 0.8 x strength', 'eliteCost: 1.0 x strength', 'state forces: -2% a tick x strength'],
  sideEffects: [
    'collateral deaths: 1e-4 of the living population a tick at full strength (order of NATO 1999, Human Rights Watch 2000), remembered by the victims\' groups',
    'resentment: hostility of every group rises 0.3% of its headroom a tick at full strength',
  ],
  sources: ['004_917ee60d99901450.txt', '002_75de20a09053a3a6.txt', 'Human Rights Watch 2000', 'Brown and Rosecrance 1999'],
  receptiveness: () => 1,
  apply(world, strength, app) {
    const p = world.pressure;
    p.coercion = Math.min(1, p.coercion + 0.8 * strength);
    p.eliteCost += strength;
    p.resentment += 0.003 * strength;
    world.elite.forces *= 1 - 0.02 * Math.min(1, strength);
    collateralDeaths(world, strength, INTERVENTION_COLLATERAL, app.random);
  },
};

export const forceInstruments = [threatOfForce, peaceEnforcement, militaryIntervention];
