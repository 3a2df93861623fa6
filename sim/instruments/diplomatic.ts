/**
 * Diplomatic instruments (seed 002: good offices, mediation, conciliation, adjudication,
 * confidence-building; the UN's Chapter VI toolbox). Their channels: the chances of ceasefire
 * and settlement (mediation), elite-level hostility (blunted rhetoric), suspicion, and the
 * legitimacy that a fair hearing of grievances gives excluded groups.
 */
import type { InstrumentDef } from './instrument.js';
import { eliteReception, hostConsent, isExcluded, leverage } from './effects.js';

export const mediation: InstrumentDef = {
  id: 'mediation',
  name: 'Mediation',
  family: 'diplomatic',
  description:
    'A mediator works with the government and the armed organisations: ceasefires and settlements become possible when both sides hurt; its good offices also blunt elite rhetoric a little. Its effect decays once it stops (Regan and Aydin 2006).',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour', 'civil-society'],
  lag: 1,
  ramp: 2,
  halfLife: 4,
  costPerMonth: 1_500_000,
  costSource: 'assumption: an envoy team and its support, of the order of UN special political missions ($10-50 M a year)',
  channels: ['mediation: ceasefire and settlement chances', 'counterHate: 20% of its strength', 'eliteCost: 10% of its strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '003_da26653d370e6e3b.txt', 'Regan and Aydin 2006', 'Beardsley 2008'],
  receptiveness: (world) => 1 - 0.4 * world.elite.suspicion,
  apply(world, strength) {
    const p = world.pressure;
    p.mediation += strength;
    p.counterHate = Math.min(1, p.counterHate + 0.2 * strength);
    p.eliteCost += 0.1 * strength;
  },
};

export const goodOffices: InstrumentDef = {
  id: 'good-offices',
  name: 'Good offices',
  family: 'diplomatic',
  description:
    "The Secretary-General's or a respected third party's good offices (seed 002): quiet contacts with all parties that open the way to talks (some mediation) and, kept up, build the elite's trust in outsiders (suspicion falls).",
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour'],
  lag: 1,
  ramp: 2,
  halfLife: 3,
  costPerMonth: 500_000,
  costSource: 'assumption: a senior official and a small team, a few $M a year',
  channels: ['mediation: 0.4 x strength', 'suspicion: -0.003 a tick x strength (trust)', 'eliteCost: 0.05 x strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '000_f5bc88bcf68a5a3f.txt'],
  receptiveness: (world) => 1 - 0.4 * world.elite.suspicion,
  apply(world, strength) {
    const p = world.pressure;
    p.mediation += 0.4 * strength;
    p.eliteCost += 0.05 * strength;
    world.elite.suspicion = Math.max(0, world.elite.suspicion - 0.003 * strength);
  },
};

export const conciliation: InstrumentDef = {
  id: 'conciliation',
  name: 'Conciliation',
  family: 'diplomatic',
  description:
    'A conciliation commission hears the parties and proposes terms (seed 002): talks become likelier, and the hearing it gives excluded groups\' grievances raises the legitimacy of the regime in their eyes; rhetoric cools a little.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'neighbour', 'civil-society'],
  lag: 2,
  ramp: 3,
  halfLife: 4,
  costPerMonth: 700_000,
  costSource: 'assumption: a commission and its secretariat, under $10 M a year',
  channels: ['mediation: 0.3 x strength', 'legitimacy[excluded groups]: +0.05 x strength', 'counterHate: 0.1 x strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt'],
  receptiveness: (world) => 1 - 0.4 * world.elite.suspicion,
  apply(world, strength) {
    const p = world.pressure;
    p.mediation += 0.3 * strength;
    for (let g = 0; g < world.groups; g++) if (isExcluded(world, g)) p.legitimacy[g] += 0.05 * strength;
    p.counterHate = Math.min(1, p.counterHate + 0.1 * strength);
  },
};

export const confidenceBuilding: InstrumentDef = {
  id: 'confidence-building',
  name: 'Confidence-building measures',
  family: 'diplomatic',
  description:
    'Exchanges of information, notification of troop movements, joint commissions (seed 002; the OSCE in the Baltics, seed 004): suspicion of outsiders and of the other side falls, elite rhetoric cools, and ceasefires are better guarded against misreading.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour'],
  lag: 2,
  ramp: 6,
  halfLife: 9,
  costPerMonth: 1_000_000,
  costSource: 'assumption: an OSCE-type mission, $1-20 M a year',
  channels: ['suspicion: -0.004 a tick x strength', 'counterHate: 0.15 x strength', 'guarantee: 0.15 x strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '004_917ee60d99901450.txt'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    world.elite.suspicion = Math.max(0, world.elite.suspicion - 0.004 * strength);
    p.counterHate = Math.min(1, p.counterHate + 0.15 * strength);
    p.guarantee += 0.15 * strength;
  },
};

export const adjudication: InstrumentDef = {
  id: 'adjudication',
  name: 'Adjudication',
  family: 'diplomatic',
  description:
    'A dispute submitted to the International Court of Justice, arbitration or a constitutional court (seed 002: the under-used World Court): slow, but a ruling gives excluded groups a lasting stake (legitimacy) and makes defiance costly for a regime that cares about its standing (openness). Closed, suspicious regimes ignore it.',
  target: 'elite',
  deliverers: ['universal', 'regional'],
  lag: 6,
  ramp: 6,
  halfLife: 24,
  costPerMonth: 300_000,
  costSource: 'assumption: litigation and court costs, a few $M a case (the ICJ runs on about $30 M a year for all its cases)',
  channels: ['legitimacy[excluded groups]: +0.1 x strength', 'eliteCost: 0.1 x strength x leverage'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt'],
  receptiveness: (world) => eliteReception(world) * (0.5 + 0.5 * world.elite.openness),
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) if (isExcluded(world, g)) p.legitimacy[g] += 0.1 * strength;
    p.eliteCost += 0.1 * strength * leverage(world);
  },
};

export const diplomaticInstruments = [goodOffices, mediation, conciliation, confidenceBuilding, adjudication];
