/**
 * The catalogue of instruments: every instrument the model knows, by id. One source for the
 * loader's checks, `firebreak list instruments` and docs/instruments.md.
 */
import type { InstrumentDef } from './instrument.js';
import { civilSocietyInstruments } from './civil-society.js';
import { diplomaticInstruments } from './diplomatic.js';
import { economicNegativeInstruments } from './economic-negative.js';
import { economicPositiveInstruments } from './economic-positive.js';
import { forceInstruments } from './force.js';
import { informationInstruments } from './information.js';
import { politicalInstruments } from './political.js';
import { securityInstruments } from './security.js';

/** In the order of MODEL.md section 4's table: from the least to the most coercive family. */
export const INSTRUMENTS: readonly InstrumentDef[] = [
  ...informationInstruments,
  ...diplomaticInstruments,
  ...civilSocietyInstruments,
  ...politicalInstruments,
  ...economicPositiveInstruments,
  ...economicNegativeInstruments,
  ...securityInstruments,
  ...forceInstruments,
];

const byId = new Map(INSTRUMENTS.map((d) => [d.id, d]));

export function findInstrument(id: string): InstrumentDef | undefined {
  return byId.get(id);
}

/** True when the instrument acts only on the elite or the armed organisations (the macro layer). */
export function needsElite(def: InstrumentDef): boolean {
  return def.target === 'elite' || def.target === 'rebels' || def.needsElite === true;
}

/** The catalogue in the shape the scenario parser takes. */
export const instrumentCatalogue = {
  instrumentIds: INSTRUMENTS.map((d) => d.id),
  deliverersOf: (id: string) => byId.get(id)?.deliverers,
  needsElite: (id: string) => {
    const def = byId.get(id);
    return def === undefined ? undefined : needsElite(def);
  },
};
