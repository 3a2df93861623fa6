/**
 * Information instruments (seed 002: Article 99, the Secretary-General's "global watch",
 * emissaries sent to look closely; seed 000: steady contact beats late crisis intervention).
 * Their main channel is the outside powers' attention lag: the "fire brigade" default waits
 * for visible violence; watching closely shortens the wait. Being watched deters a little.
 */
import type { InstrumentDef } from './instrument.js';
import { eliteReception, hostConsent, isExcluded, leverage, recentViolence } from './effects.js';

export const earlyWarning: InstrumentDef = {
  id: 'early-warning',
  name: 'Early warning and monitoring',
  family: 'information',
  description:
    'Remote and in-country monitoring of the signs of trouble (hostility, repression, hate speech, readiness to use violence; seed 000) with alerts to decision makers: outside powers notice violence sooner. Being watched adds a small expected cost to escalation.',
  target: 'outsiders',
  deliverers: ['universal', 'regional', 'major-power', 'civil-society'],
  lag: 1,
  ramp: 2,
  halfLife: 3,
  costPerMonth: 300_000,
  costSource: 'assumption: an analysis and alert cell, a few $M a year (order of the early-warning units of UN political affairs, seed 002)',
  channels: ['attentionLagCut: 4 months x strength', 'eliteCost: 0.03 x strength'],
  sideEffects: [],
  sources: ['000_f5bc88bcf68a5a3f.txt', '002_75de20a09053a3a6.txt'],
  // Remote monitoring needs no consent.
  receptiveness: () => 1,
  apply(world, strength) {
    world.pressure.attentionLagCut += 4 * strength;
    world.pressure.eliteCost += 0.03 * strength;
  },
};

export const factFinding: InstrumentDef = {
  id: 'fact-finding',
  name: 'Fact-finding mission',
  family: 'information',
  description:
    'A mission of inquiry sent to look closely at abuses (seed 002: emissaries on special missions). It shortens outsiders\' attention lag and makes abuses costly in proportion to what there is to find (recent killing and repression) and to the country\'s openness. Inquiries are resented: suspicion of outsiders rises.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'civil-society'],
  lag: 2,
  ramp: 1,
  halfLife: 4,
  costPerMonth: 400_000,
  costSource: 'assumption: UN fact-finding missions and commissions of inquiry run at a few $M a year',
  channels: ['attentionLagCut: 2 months x strength', 'eliteCost: 0.15 x strength x leverage x (0.3 + 0.7 x recent violence)'],
  sideEffects: ['suspicion of outsiders rises 0.002 a tick at full strength (seed 000: repressive leaders distrust outside scrutiny)'],
  sources: ['000_f5bc88bcf68a5a3f.txt', '002_75de20a09053a3a6.txt'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    p.attentionLagCut += 2 * strength;
    p.eliteCost += 0.15 * strength * leverage(world) * (0.3 + 0.7 * recentViolence(world));
    world.elite.suspicion = Math.min(1, world.elite.suspicion + 0.002 * strength);
  },
};

export const envoy: InstrumentDef = {
  id: 'envoy',
  name: 'Special envoy',
  family: 'information',
  description:
    'An emissary outposted to the crisis (seed 002: representatives sent on special missions or outposted): reports back, so attention comes sooner, opens a channel to the parties (a little mediation) and tempers elite rhetoric.',
  target: 'elite',
  deliverers: ['universal', 'regional', 'major-power', 'neighbour'],
  lag: 1,
  ramp: 2,
  halfLife: 3,
  costPerMonth: 800_000,
  costSource: 'assumption: an envoy\'s office, of the order of $10 M a year (UN special political missions)',
  channels: ['attentionLagCut: 1 month x strength', 'mediation: 0.3 x strength', 'counterHate: 0.1 x strength', 'eliteCost: 0.05 x strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '004_917ee60d99901450.txt'],
  receptiveness: eliteReception,
  apply(world, strength) {
    const p = world.pressure;
    p.attentionLagCut += strength;
    p.mediation += 0.3 * strength;
    p.counterHate = Math.min(1, p.counterHate + 0.1 * strength);
    p.eliteCost += 0.05 * strength;
  },
};

export const humanRightsMonitoring: InstrumentDef = {
  id: 'human-rights-monitoring',
  name: 'Human-rights monitoring',
  family: 'information',
  description:
    'Monitors in the field who document discrimination and abuse (part of the Macedonia presence, seed 004; EVIDENCE.md on UNPREDEP): excluded groups see their treatment watched, so the regime regains some legitimacy in their eyes; abuses become costlier; outsiders notice sooner.',
  target: 'population',
  deliverers: ['universal', 'regional', 'civil-society'],
  lag: 2,
  ramp: 4,
  halfLife: 6,
  costPerMonth: 2_000_000,
  costSource: 'assumption: a field presence of the UN human-rights office, of the order of $10-40 M a year',
  channels: ['legitimacy[excluded groups]: +0.1 x strength', 'eliteCost: 0.05 x strength', 'attentionLagCut: 1 month x strength'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', '004_917ee60d99901450.txt', 'EVIDENCE.md (UNPREDEP)'],
  receptiveness: hostConsent,
  apply(world, strength) {
    const p = world.pressure;
    for (let g = 0; g < world.groups; g++) if (isExcluded(world, g)) p.legitimacy[g] += 0.1 * strength;
    p.eliteCost += 0.05 * strength;
    p.attentionLagCut += strength;
  },
};

export const informationInstruments = [earlyWarning, factFinding, envoy, humanRightsMonitoring];
