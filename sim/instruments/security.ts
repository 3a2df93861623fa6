/**
 * Security instruments (seed 002: peacekeeping, preventive deployment; seed 004: plan force
 * early, security guarantees keep settlements from unravelling).
 */
import type { InstrumentDef } from './instrument.js';

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
  costPerTick: 60_000_000,
  costSource: 'UN peacekeeping budget of about $6.5 bn a year for about 90,000 personnel, about $72,000 per person-year; 10,000 troops about $60 M a month',
  channels: ['keepers: peacekeeper agents on the grid (protection, detention, interposition)', 'guarantee: 0.6 x strength for ceasefires and settlements (Fortna: relapse risk halved or more)'],
  sideEffects: [],
  sources: ['002_75de20a09053a3a6.txt', 'Epstein 2002 Model II', 'Hultman, Kathman and Shannon 2014', 'Fortna 2008'],
  receptiveness: (world) => 1 - 0.5 * world.elite.suspicion * world.elite.autocracy,
  apply(world, strength) {
    world.pressure.keepers += strength * KEEPERS_PER_SITE_AT_REFERENCE * world.cells;
    world.pressure.guarantee += 0.6 * strength;
  },
};

export const securityInstruments = [peacekeeping];
