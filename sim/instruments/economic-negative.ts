/**
 * Negative economic instruments (seed 002 and 003: sanctions; front-load them, couple them
 * with other measures; they can do more harm than good).
 */
import { eliteReceptiveness } from '../actors/elite.js';
import type { InstrumentDef } from './instrument.js';

export const targetedSanctions: InstrumentDef = {
  id: 'targeted-sanctions',
  name: 'Targeted sanctions',
  family: 'economic-negative',
  description:
    "Asset freezes and travel bans on the ruling elite: raise the expected cost of escalation in proportion to the country's interconnectedness (its openness to trade, aid and recognition is the leverage), and strain the elite's cohesion. They also feed its suspicion of outsiders.",
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 2,
  ramp: 3,
  halfLife: 6,
  costPerTick: 500_000,
  costSource: 'assumption: monitoring panel and enforcement; the cost to the senders\' trade is left out',
  channels: ['eliteCost: strength x (0.3 + 0.7 x openness)', 'elite cohesion falls (through eliteCost)'],
  sideEffects: ['suspicion of outsiders rises 0.002 a tick at full strength (repressive leaders distrust outside pressure, seed 000)'],
  sources: ['002_75de20a09053a3a6.txt', '003_da26653d370e6e3b.txt', 'Hufbauer et al. 3rd ed.', 'Targeted Sanctions Consortium'],
  receptiveness: (world) => eliteReceptiveness(world.elite),
  apply(world, strength) {
    world.pressure.eliteCost += strength * (0.3 + 0.7 * world.elite.openness);
    world.elite.suspicion = Math.min(1, world.elite.suspicion + 0.002 * strength);
  },
};

export const economicNegativeInstruments = [targetedSanctions];
