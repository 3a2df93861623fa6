/**
 * Civil-society instruments (seed 001: informal ties across groups through sports, culture,
 * science grow slowly and later press leaders; the contact hypothesis).
 */
import type { InstrumentDef } from './instrument.js';

export const trackTwoDialogue: InstrumentDef = {
  id: 'track-two-dialogue',
  name: 'Track-two dialogue',
  family: 'civil-society',
  description:
    'Informal dialogue between members of the groups: positive contact with out-group neighbours lowers hostility (slow to build, slow to fade), and ties that grow across groups press leaders against escalation.',
  target: 'population',
  deliverers: ['civil-society', 'universal', 'regional', 'major-power'],
  lag: 2,
  ramp: 9,
  halfLife: 18,
  costPerTick: 150_000,
  costSource: 'assumption: NGO dialogue programmes of the order of $1-3 M a year',
  channels: ['bridging: contact lowers hostility of every group at 100% of strength', 'eliteCost: 10% of strength (ties press leaders, seed 001)'],
  sideEffects: [],
  sources: ['001_598840e7b3f399f2.txt', '004_917ee60d99901450.txt'],
  receptiveness: (world) => 1 - 0.5 * world.elite.suspicion * world.elite.autocracy,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) p.bridging[g] += strength;
    p.eliteCost += 0.1 * strength;
  },
};

export const civilSocietyInstruments = [trackTwoDialogue];
