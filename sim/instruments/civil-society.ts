/**
 * Civil-society instruments (seed 001: informal ties across groups through sports, culture,
 * science grow slowly and later press leaders; the contact hypothesis; enclaves and
 * stereotypes). Slow to build and slow to fade: long ramps and half-lives.
 */
import { CITIZEN_STATE } from '../vocabulary.js';
import type { InstrumentDef } from './instrument.js';
import { hostConsent } from './effects.js';

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
  costPerMonth: 150_000,
  costSource: 'assumption: NGO dialogue programmes of the order of $1-3 M a year',
  channels: ['bridging: contact lowers hostility of every group at 100% of strength', 'eliteCost: 10% of strength (ties press leaders, seed 001)'],
  sideEffects: [],
  sources: ['001_598840e7b3f399f2.txt', '004_917ee60d99901450.txt'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) p.bridging[g] += strength;
    p.eliteCost += 0.1 * strength;
  },
};

export const culturalSportsDiplomacy: InstrumentDef = {
  id: 'cultural-sports-diplomacy',
  name: 'Cultural and sports diplomacy',
  family: 'civil-society',
  description:
    'Sports, music, science and cultural exchanges across the groups (seed 001: informal bonds grow through sports and culture and, once numerous, press leaders): weaker contact than dialogue, cheap, slower to grow and slower to fade.',
  target: 'population',
  deliverers: ['civil-society', 'universal', 'regional', 'major-power', 'neighbour'],
  lag: 3,
  ramp: 12,
  halfLife: 24,
  costPerMonth: 100_000,
  costSource: 'assumption: exchange programmes of about $1 M a year',
  channels: ['bridging: contact lowers hostility of every group at 60% of strength', 'eliteCost: 0.05 x strength (ties press leaders, seed 001)'],
  sideEffects: [],
  sources: ['001_598840e7b3f399f2.txt'],
  // Culture and sport pass where politics does not; an autocracy still screens them a little.
  receptiveness: (world) => 1 - 0.25 * world.elite.autocracy,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) p.bridging[g] += 0.6 * strength;
    p.eliteCost += 0.05 * strength;
  },
};

export const ngoBridging: InstrumentDef = {
  id: 'ngo-bridging',
  name: 'NGO bridging programmes',
  family: 'civil-society',
  description:
    'Community programmes run by NGOs in mixed neighbourhoods and between enclaves (seed 001: migrant enclaves and "us" versus "them"; seed 004: NGO-led initiatives in Macedonia): positive contact lowers hostility, and trauma work eases the fear that killings leave, so fewer people sort themselves into enclaves or flee.',
  target: 'population',
  deliverers: ['civil-society', 'universal', 'regional'],
  lag: 2,
  ramp: 6,
  halfLife: 12,
  costPerMonth: 400_000,
  costSource: 'assumption: a country programme of a few NGOs, about $5 M a year',
  channels: ['bridging: contact lowers hostility of every group at 80% of strength', 'memory of killings seen fades 5% a tick faster at full strength (less fear-driven enclaving and flight)'],
  sideEffects: [],
  sources: ['001_598840e7b3f399f2.txt', '004_917ee60d99901450.txt'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) p.bridging[g] += 0.8 * strength;
    const { pop } = world;
    const keep = 1 - 0.05 * Math.min(1, strength);
    for (let i = 0; i < pop.n; i++) {
      if (pop.memory[i] > 0 && pop.state[i] !== CITIZEN_STATE.dead) pop.memory[i] *= keep;
    }
  },
};

export const counterHateMedia: InstrumentDef = {
  id: 'counter-hate-media',
  name: 'Media against hate speech',
  family: 'civil-society',
  description:
    'Independent radio, fact-checking and programmes that answer the elite\'s hate speech (seed 000: rising hate speech is a sign of trouble): a share of the incitement no longer reaches its audience. An autocracy sees foreign-backed media as meddling, so its suspicion of outsiders rises.',
  target: 'population',
  deliverers: ['civil-society', 'universal', 'regional', 'major-power'],
  lag: 1,
  ramp: 4,
  halfLife: 4,
  costPerMonth: 300_000,
  costSource: 'assumption: a radio network and its staff, a few $M a year',
  channels: ['counterHate: 0.6 x strength of the incitement is blunted'],
  needsElite: true,
  sideEffects: ['suspicion of outsiders rises 0.002 x autocracy a tick at full strength (foreign-backed media seen as meddling, seeds 000 and 001)'],
  sources: ['000_f5bc88bcf68a5a3f.txt', '001_598840e7b3f399f2.txt'],
  // A controlled media space keeps some of the audience out of reach.
  receptiveness: (world) => 1 - 0.4 * world.elite.autocracy,
  apply(world, strength) {
    const p = world.pressure;
    p.counterHate = Math.min(1, p.counterHate + 0.6 * strength);
    world.elite.suspicion = Math.min(1, world.elite.suspicion + 0.002 * world.elite.autocracy * strength);
  },
};

export const civilSocietyInstruments = [trackTwoDialogue, culturalSportsDiplomacy, ngoBridging, counterHateMedia];
