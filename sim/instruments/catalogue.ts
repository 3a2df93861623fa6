/**
 * The catalogue of instruments: every instrument the model knows, by id. One source for the
 * loader's checks, `firebreak list instruments` and docs/instruments.md.
 */
import type { InstrumentDef } from './instrument.js';
import { civilSocietyInstruments } from './civil-society.js';
import { diplomaticInstruments } from './diplomatic.js';
import { economicNegativeInstruments } from './economic-negative.js';
import { securityInstruments } from './security.js';

export const INSTRUMENTS: readonly InstrumentDef[] = [
  ...diplomaticInstruments,
  ...civilSocietyInstruments,
  ...economicNegativeInstruments,
  ...securityInstruments,
];

const byId = new Map(INSTRUMENTS.map((d) => [d.id, d]));

export function findInstrument(id: string): InstrumentDef | undefined {
  return byId.get(id);
}

/** The catalogue in the shape the scenario parser takes. */
export const instrumentCatalogue = {
  instrumentIds: INSTRUMENTS.map((d) => d.id),
  deliverersOf: (id: string) => byId.get(id)?.deliverers,
};
