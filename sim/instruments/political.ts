/**
 * Political instruments (seed 004: credible threats of loss of recognition to a new elite;
 * power-sharing at Ohrid 2001; seed 003, recommendations 4-4 and 4-5: credible coercive
 * threats, consistent messaging among actors). Channels: the expected cost of atrocity to the
 * elite, legitimacy for excluded groups, and the credibility of coalitions.
 */
import { STANCE } from '../vocabulary.js';
import type { InstrumentDef } from './instrument.js';
import { eliteReception, isExcluded, leverage, raiseGroupHostility, recentViolence, reward } from './effects.js';

export const namingAndShaming: InstrumentDef = {
  id: 'naming-and-shaming',
  name: 'Naming and shaming',
  family: 'political',
  description:
    'Public condemnation of abuses by governments, organisations and NGOs: the expected cost of further escalation rises with what there is to condemn (recent violence, discrimination) and with the regime\'s standing abroad (openness). It hardens a suspicious regime against outsiders.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power', 'civil-society', 'neighbour'],
  lag: 0,
  ramp: 1,
  halfLife: 3,
  costPerMonth: 50_000,
  costSource: 'assumption: statements and reports, a negligible budget',
  channels: ['eliteCost: strength x leverage x (0.1 + 0.3 x max(recent violence, discrimination))'],
  sideEffects: ['suspicion of outsiders rises 0.003 a tick at full strength (seed 000: repressive leaders distrust outside help)'],
  sources: ['000_f5bc88bcf68a5a3f.txt', '003_da26653d370e6e3b.txt'],
  receptiveness: eliteReception,
  apply(world, strength) {
    let abuse = recentViolence(world);
    for (let g = 0; g < world.groups; g++) abuse = Math.max(abuse, world.discrimination[g]);
    world.pressure.eliteCost += strength * leverage(world) * (0.1 + 0.3 * abuse);
    world.elite.suspicion = Math.min(1, world.elite.suspicion + 0.003 * strength);
  },
};

export const nonRecognitionThreat: InstrumentDef = {
  id: 'non-recognition-threat',
  name: 'Threat of non-recognition',
  family: 'political',
  description:
    'Major powers and international organisations make credible the loss of recognition, loans, assistance, trade and investment if the elite commits serious abuses (seed 004, Gurr\'s first point of intervention): a large expected cost where the country is tied to the world, little where it is closed.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 1,
  ramp: 2,
  halfLife: 4,
  costPerMonth: 50_000,
  costSource: 'assumption: a threat costs little until carried out (carrying it out is the sanctions instruments)',
  channels: ['eliteCost: 0.5 x strength x leverage (floor 0.1)'],
  sideEffects: [],
  sources: ['004_917ee60d99901450.txt', '003_da26653d370e6e3b.txt'],
  receptiveness: eliteReception,
  apply(world, strength) {
    world.pressure.eliteCost += 0.5 * strength * leverage(world, 0.1);
  },
};

export const powerSharingIncentives: InstrumentDef = {
  id: 'power-sharing-incentives',
  name: 'Power-sharing incentives',
  family: 'political',
  description:
    'Political and economic incentives for a constitutional pact that gives excluded groups a stake in government (Ohrid, August 2001, seed 004): the regime gains legitimacy in their eyes (which also wears down discrimination), and the package is an offer to the elite for accommodating. Nationalists of the ruling group resent the concessions (in Macedonia they tried to sabotage the reform): their hostility rises.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 2,
  ramp: 6,
  halfLife: 24,
  costPerMonth: 10_000_000,
  costSource: 'assumption: a reform and aid package of about $100 M a year',
  channels: ['legitimacy[excluded groups]: +0.3 x strength (discrimination wears down, elite.ts)', 'eliteReward: 0.2 x strength offered, paid while the elite does not repress (conditional)'],
  sideEffects: [
    'backlash: hostility of the ruling group rises 0.3% of its headroom a tick at full strength (seed 004: nationalists tried to sabotage Ohrid)',
    'moral hazard: the package paid after recent violence teaches that violence pays (0.1 x paid x recent violence a tick)',
  ],
  sources: ['004_917ee60d99901450.txt'],
  receptiveness: eliteReception,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) if (isExcluded(world, g)) p.legitimacy[g] += 0.3 * strength;
    reward(world, 0.2 * strength, world.elite.stance <= STANCE.hold ? 0.2 * strength : 0);
    if (world.elite.group >= 0) raiseGroupHostility(world, world.elite.group, 0.003 * strength);
  },
};

export const consistentMessaging: InstrumentDef = {
  id: 'consistent-messaging',
  name: 'Consistent messaging',
  family: 'political',
  description:
    'Members of a coalition coordinate what they say and offer (seed 003, recommendation 4-5: one updated, united position every time an actor meets the parties): multilateral applications no longer lose credibility to mixed messages. It acts before the other applications of the tick, and only on coalitions of two or more.',
  target: 'outsiders',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour', 'civil-society'],
  lag: 0,
  ramp: 2,
  halfLife: 2,
  costPerMonth: 20_000,
  costSource: 'assumption: a coordination committee (seed 003: an Atrocities Prevention Committee)',
  channels: ['consistency: + strength (coalitions keep their full credibility, external.ts)'],
  sideEffects: [],
  sources: ['003_da26653d370e6e3b.txt', '004_917ee60d99901450.txt'],
  precedence: -1,
  receptiveness: () => 1,
  apply(world, strength) {
    world.pressure.consistency = Math.min(1, world.pressure.consistency + strength);
  },
};

export const politicalInstruments = [namingAndShaming, nonRecognitionThreat, powerSharingIncentives, consistentMessaging];
