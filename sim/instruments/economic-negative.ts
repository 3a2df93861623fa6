/**
 * Negative economic instruments (seed 002 and 003: sanctions; front-load them, couple them
 * with other measures; they can do more harm than good).
 */
import { eliteReceptiveness } from '../actors/elite.js';
import type { InstrumentDef } from './instrument.js';
import { leverage } from './effects.js';

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
  costPerMonth: 500_000,
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

export const comprehensiveSanctions: InstrumentDef = {
  id: 'comprehensive-sanctions',
  name: 'Comprehensive sanctions',
  family: 'economic-negative',
  description:
    "A general trade embargo: an expected cost to the elite that grows with the economy's openness, yet smaller than targeted measures' at every openness (assumption: the elite shields itself, the cost is spread over everyone), and it falls on everyone: every group's hardship rises, so grievance and mobilisation rise (seed 002: sanctions can do more harm than good). It feeds the elite's suspicion of outsiders.",
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 2,
  ramp: 3,
  halfLife: 6,
  costPerMonth: 2_000_000,
  costSource: "assumption: a sanctions committee, panel and enforcement; the senders' lost trade is left out",
  channels: ['eliteCost: 0.6 x strength x leverage (floor 0.2)', 'elite cohesion falls (through eliteCost)'],
  sideEffects: [
    'hardship of every group rises 0.12 x strength x leverage (floor 0.3): grievance and mobilisation rise (backfire, seed 002)',
    'suspicion of outsiders rises 0.003 a tick at full strength',
  ],
  sources: ['002_75de20a09053a3a6.txt', '003_da26653d370e6e3b.txt', 'Hufbauer et al. 3rd ed.'],
  receptiveness: (world) => eliteReceptiveness(world.elite),
  apply(world, strength) {
    const p = world.pressure;
    p.eliteCost += 0.6 * strength * leverage(world, 0.2);
    const hardship = 0.12 * strength * leverage(world, 0.3);
    for (let g = 0; g < world.groups; g++) p.hardship[g] += hardship;
    world.elite.suspicion = Math.min(1, world.elite.suspicion + 0.003 * strength);
  },
};

export const lossOfLoansAndTrade: InstrumentDef = {
  id: 'loss-of-loans-and-trade',
  name: 'Loss of loans and trade',
  family: 'economic-negative',
  description:
    "Suspension of international loans, trade preferences and investment (seed 004: the credible threat of loss of loans, assistance, trade and investment): a cost to the elite in proportion to the country's ties with the world, with a smaller hardship spill-over on everyone than a full embargo.",
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 3,
  ramp: 6,
  halfLife: 12,
  costPerMonth: 100_000,
  costSource: 'assumption: administrative; the forgone lending is not a cost to the senders',
  channels: ['eliteCost: 0.4 x strength x openness'],
  sideEffects: ['hardship of every group rises 0.04 x strength x openness'],
  sources: ['004_917ee60d99901450.txt'],
  receptiveness: (world) => eliteReceptiveness(world.elite),
  apply(world, strength) {
    const p = world.pressure;
    const open = world.elite.openness;
    p.eliteCost += 0.4 * strength * open;
    for (let g = 0; g < world.groups; g++) p.hardship[g] += 0.04 * strength * open;
  },
};

export const economicNegativeInstruments = [targetedSanctions, comprehensiveSanctions, lossOfLoansAndTrade];
