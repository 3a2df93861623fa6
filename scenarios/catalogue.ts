/** The engine's instrument catalogue in the shape the (pure) scenario parser takes. */
import { INSTRUMENTS, needsElite } from '../sim/instruments/catalogue.js';
import type { InstrumentCatalogue } from './parse.js';

export const catalogue: InstrumentCatalogue = {
  instrumentIds: INSTRUMENTS.map((d) => d.id),
  deliverersOf: (id) => INSTRUMENTS.find((d) => d.id === id)?.deliverers,
  needsElite: (id) => {
    const def = INSTRUMENTS.find((d) => d.id === id);
    return def === undefined ? undefined : needsElite(def);
  },
};
