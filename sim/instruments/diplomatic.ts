/**
 * Diplomatic instruments (seed 002: good offices, envoys, mediation, conciliation).
 */
import type { InstrumentDef } from './instrument.js';

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
  costPerTick: 1_500_000,
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

export const diplomaticInstruments = [mediation];
