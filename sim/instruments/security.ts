/**
 * Security instruments (seed 002: peacekeeping, preventive deployment; seed 004: trip-wire
 * contingents in Macedonia 1992, disarmament of the rebels supervised by European
 * peacekeepers in 2001, security guarantees keep settlements from unravelling). Channels:
 * rebel and patron capacity, protection on the grid, commitment to settlements.
 */
import { ORG_STATUS } from '../actors/rebels.js';
import { CITIZEN_STATE } from '../vocabulary.js';
import type { InstrumentDef } from './instrument.js';
import { eliteReception, hostConsent } from './effects.js';

/**
 * Peacekeeper agents on the grid at intensity 1, as a share of sites. Intensity 1 stands for
 * about 10,000 troops (the reference size in Hultman, Kathman and Shannon 2014); that 10,000
 * troops cover 4% of sites matches Epstein's cop density (assumption linking the two).
 */
export const KEEPERS_PER_SITE_AT_REFERENCE = 0.04;
export const TROOPS_AT_REFERENCE = 10_000;

export const peacekeeping: InstrumentDef = {
  id: 'peacekeeping',
  name: 'Peacekeeping',
  family: 'security',
  description:
    'Armed peacekeepers deployed on the grid: within their protection radius nobody kills or is killed, they detain armed hostile actives, fighters they cover cannot fight, and their presence guarantees ceasefires and settlements. Needs the host elite\'s consent, which suspicious autocracies give grudgingly.',
  target: 'grid',
  deliverers: ['universal', 'regional'],
  lag: 3,
  ramp: 4,
  halfLife: 2,
  costPerMonth: 60_000_000,
  costSource: 'the approved UN peacekeeping budget for July 2019 to June 2020, $6.51 bn (General Assembly Fifth Committee), for about 90,000 to 100,000 personnel: about $65,000 to $72,000 per person-year (not in EVIDENCE.md); 10,000 troops about $60 M a month, paid for the troops sent whatever their strength on the grid',
  channels: [
    'keepers: peacekeeper agents on the grid (protection, detention, interposition), 4% of sites x strength; strength is intensity x the coalition\'s credibility x the host\'s consent (assumption: a mission that is less credible or less welcome does less with the same troops), so intensity 1 puts all 10,000 on the grid only at credibility 1 and full consent',
    'guarantee: 0.6 x strength for ceasefires and settlements: a breakdown 60% less likely at full strength (direction from Fortna 2008, who finds relapse risk halved or more; the size is an assumption, about 25% at credibility 0.5 and the default consent)',
  ],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', 'Epstein 2002 Model II', 'Hultman, Kathman and Shannon 2014', 'Fortna 2008'],
  receptiveness: hostConsent,
  apply(world, strength) {
    world.pressure.keepers += strength * KEEPERS_PER_SITE_AT_REFERENCE * world.cells;
    world.pressure.guarantee += 0.6 * strength;
  },
};

export const armsEmbargo: InstrumentDef = {
  id: 'arms-embargo',
  name: 'Arms embargo',
  family: 'security',
  description:
    "A ban on arms to the parties, watched by a panel: the share of a patron's supply to rebels that gets through falls (fewer spoilers, weaker armed groups), and the perpetrators' means to kill shrink a little.",
  target: 'rebels',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 2,
  ramp: 4,
  halfLife: 6,
  costPerMonth: 1_000_000,
  costSource: 'assumption: a UN panel of experts and interdiction, about $10 M a year',
  channels: ['embargo: 0.7 x strength of patron supply cut', 'coercion: 0.1 x strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '004_917ee60d99901450.txt', 'Targeted Sanctions Consortium (constraint ~40%)'],
  // Supply lines are cut at borders and ports, whatever the regime thinks of it.
  receptiveness: () => 1,
  apply(world, strength) {
    const p = world.pressure;
    p.embargo = Math.min(1, p.embargo + 0.7 * strength);
    p.coercion = Math.min(1, p.coercion + 0.1 * strength);
  },
};

/** Trip-wire contingent: a quarter of the peacekeeping reference density (assumption: "small, almost symbolic", EVIDENCE.md). */
export const TRIPWIRE_KEEPERS_PER_SITE = 0.01;

export const preventiveDeployment: InstrumentDef = {
  id: 'preventive-deployment',
  name: 'Trip-wire preventive deployment',
  family: 'security',
  description:
    'A small international force patrols the border before any fighting (UNPREDEP, Macedonia 1992-1999, seeds 002 and 004): a few peacekeepers on the grid, border patrols that cut a patron\'s supply, and a trip wire that makes escalation a confrontation with the world (expected cost). Its monitors also shorten outsiders\' attention lag.',
  target: 'grid',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 2,
  ramp: 3,
  halfLife: 2,
  costPerMonth: 6_000_000,
  costSource: 'assumption: about 1,000 troops (UNPREDEP troop numbers not in EVIDENCE.md) at the cost per person-year of the approved UN peacekeeping budget for July 2019 to June 2020, $6.51 bn (General Assembly Fifth Committee), for about 90,000 to 100,000 personnel: about $65,000 to $72,000 per person-year (not in EVIDENCE.md)',
  channels: ['keepers: 0.01 x strength x sites', 'embargo: 0.3 x strength (border patrols)', 'eliteCost: 0.2 x strength (the trip wire)', 'attentionLagCut: 2 months x strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '004_917ee60d99901450.txt', 'EVIDENCE.md (UNPREDEP)'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    p.keepers += strength * TRIPWIRE_KEEPERS_PER_SITE * world.cells;
    p.embargo = Math.min(1, p.embargo + 0.3 * strength);
    p.eliteCost += 0.2 * strength;
    p.attentionLagCut += 2 * strength;
  },
};

export const disarmamentSupervision: InstrumentDef = {
  id: 'disarmament-supervision',
  name: 'Disarmament supervision',
  family: 'security',
  description:
    'Peacekeepers collect and destroy the weapons of armed groups under ceasefire (Macedonia 2001, seed 004): each tick a share of the fighters of organisations in ceasefire hand in their arms and go home, and ceasefires and settlements are better guaranteed. Without a ceasefire there is nothing to collect.',
  target: 'rebels',
  deliverers: ['universal', 'regional'],
  lag: 1,
  ramp: 2,
  halfLife: 2,
  costPerMonth: 15_000_000,
  costSource: 'assumption: a DDR programme of the order of $100-200 M a year including its troops',
  channels: ['fighters of organisations in ceasefire disarmed: 10% a tick x strength', 'guarantee: 0.4 x strength', 'keepers: 0.005 x strength x sites'],
  sideEffects: [],
  sources: ['004_917ee60d99901450.txt', 'Fortna 2008'],
  receptiveness: hostConsent,
  apply(world, strength, app) {
    const p = world.pressure;
    p.guarantee += 0.4 * strength;
    p.keepers += 0.005 * strength * world.cells;
    const { rebels, pop } = world;
    let ceasefire = false;
    for (let o = 0; o < rebels.count; o++) if (rebels.status[o] === ORG_STATUS.ceasefire && rebels.fighters[o] > 0) ceasefire = true;
    if (!ceasefire) return;
    const chance = Math.min(1, 0.1 * strength);
    for (let i = 0; i < pop.n; i++) {
      if (pop.state[i] !== CITIZEN_STATE.fighter) continue;
      const o = pop.org[i];
      if (o < 0 || rebels.status[o] !== ORG_STATUS.ceasefire) continue;
      if (app.random() >= chance) continue;
      pop.state[i] = CITIZEN_STATE.quiet;
      pop.org[i] = -1;
      rebels.fighters[o]--;
    }
  },
};

export const securityGuarantees: InstrumentDef = {
  id: 'security-guarantees',
  name: 'Security guarantees',
  family: 'security',
  description:
    'Outside powers pledge to protect the parties to a settlement, and a new elite that seeks accommodation with its rivals (seed 004, Gurr\'s first and second points): ceasefires and settlements break less often, and an elite has less to fear from standing down (a pledge it weighs as a reward for accommodation).',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power'],
  lag: 1,
  ramp: 3,
  halfLife: 6,
  costPerMonth: 5_000_000,
  costSource: 'assumption: forces on standby and the diplomacy behind the pledge, about $50 M a year',
  channels: ['guarantee: 0.5 x strength', 'eliteReward: 0.15 x strength (a pledge, not a payment: no moral hazard)'],
  sideEffects: [],
  sources: ['004_917ee60d99901450.txt', 'Walter 2002 (cited in 004)'],
  receptiveness: eliteReception,
  apply(world, strength) {
    world.pressure.guarantee += 0.5 * strength;
    world.pressure.eliteReward += 0.15 * strength;
  },
};

export const securityInstruments = [armsEmbargo, preventiveDeployment, peacekeeping, disarmamentSupervision, securityGuarantees];
