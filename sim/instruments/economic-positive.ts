/**
 * Positive economic instruments (seed 004: inducements for both sides, security guarantees and
 * longer-term economic assistance to reach and implement settlements; seed 003, recommendation
 * 4-4: do not dismiss rewarding "bad people" for good behaviour). Channels: hardship and the
 * reward for accommodation. Rewards paid while violence is high teach that violence pays
 * (effects.ts: the lesson raises later escalation).
 */
import type { InstrumentDef } from './instrument.js';
import { behaving, eliteReception, hostConsent, isExcluded, reward } from './effects.js';

export const aid: InstrumentDef = {
  id: 'aid',
  name: 'Humanitarian and economic aid',
  family: 'economic-positive',
  description:
    'Relief and budget support that lower hardship (seed 002: amelioration through assistance). A discriminating regime channels it away from the groups it excludes: they get (1 - 0.5 x discrimination) of it.',
  target: 'population',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour', 'civil-society'],
  lag: 2,
  ramp: 3,
  halfLife: 3,
  costPerMonth: 20_000_000,
  costSource: 'assumption: a humanitarian response plan of a few hundred $M a year',
  channels: ['hardship[g]: -0.1 x strength x (1 - 0.5 x discrimination of excluded groups)'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '004_917ee60d99901450.txt'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) {
      const share = isExcluded(world, g) ? 1 - 0.5 * world.discrimination[g] : 1;
      p.hardship[g] -= 0.1 * strength * share;
    }
  },
};

export const inducements: InstrumentDef = {
  id: 'inducements',
  name: 'Inducements',
  family: 'economic-positive',
  description:
    'Unconditional economic and political inducements to the parties to stop fighting and talk (seed 004: both sides are likely to need inducements to reach ceasefires): a reward the elite weighs against escalation and a push toward negotiation. Paid whatever the elite does, so inducements delivered while violence is high teach that violence pays.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour'],
  lag: 1,
  ramp: 2,
  halfLife: 2,
  costPerMonth: 10_000_000,
  costSource: 'assumption: of the order of $100 M a year',
  channels: ['eliteReward: 0.4 x strength (offered and paid)', 'mediation: 0.1 x strength (both sides have a reason to talk)'],
  sideEffects: ['moral hazard: paid while violence is high, the lesson that violence pays grows (0.1 x paid x recent violence a tick) and lowers the expected cost of escalation for about two years'],
  sources: ['004_917ee60d99901450.txt', '003_da26653d370e6e3b.txt'],
  receptiveness: eliteReception,
  apply(world, strength) {
    reward(world, 0.4 * strength, 0.4 * strength);
    world.pressure.mediation += 0.1 * strength;
  },
};

export const conditionalRewards: InstrumentDef = {
  id: 'conditional-rewards',
  name: 'Conditional rewards',
  family: 'economic-positive',
  description:
    'Rewards offered for good behaviour and paid only while the elite accommodates or holds (seed 003: reward "bad people" for good behaviour). The offer pulls the elite down the ladder; payment to an elite that killed recently still teaches that violence followed by calm pays.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour'],
  lag: 1,
  ramp: 2,
  halfLife: 2,
  costPerMonth: 10_000_000,
  costSource: 'assumption: of the order of $100 M a year set aside (the budget runs whether or not it is paid out)',
  channels: ['eliteReward: 0.6 x strength offered; paid only while stance <= hold'],
  sideEffects: ['moral hazard: paid after recent violence, the lesson that violence pays grows (0.1 x paid x recent violence a tick) and raises later escalation'],
  sources: ['003_da26653d370e6e3b.txt', '004_917ee60d99901450.txt'],
  receptiveness: eliteReception,
  apply(world, strength) {
    reward(world, 0.6 * strength, behaving(world) ? 0.6 * strength : 0);
  },
};

export const longTermAssistance: InstrumentDef = {
  id: 'long-term-assistance',
  name: 'Long-term assistance',
  family: 'economic-positive',
  description:
    'Development assistance committed for years (seed 004: long-term engagement keeps contenders from reneging, as in Macedonia; seed 002: alleviating poverty is strategy): slow to build, slow to fade. It lowers hardship, raises the state\'s legitimacy with every group a little, and makes a settlement worth keeping.',
  target: 'population',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 6,
  ramp: 24,
  halfLife: 36,
  costPerMonth: 30_000_000,
  costSource: 'assumption: official development assistance to a fragile state of a few hundred $M a year',
  channels: ['hardship[g]: -0.12 x strength', 'legitimacy[g]: +0.03 x strength', 'guarantee: 0.15 x strength'],
  sideEffects: [],
  sources: ['004_917ee60d99901450.txt', '002_75de20a09053a3a6.txt', 'UN and World Bank 2018, Pathways for Peace'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) {
      p.hardship[g] -= 0.12 * strength;
      p.legitimacy[g] += 0.03 * strength;
    }
    p.guarantee += 0.15 * strength;
  },
};

export const economicPositiveInstruments = [aid, inducements, conditionalRewards, longTermAssistance];
