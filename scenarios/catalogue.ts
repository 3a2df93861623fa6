/** The engine's instrument catalogue in the shape the (pure) scenario parser takes. */
import { INSTRUMENTS } from '../sim/instruments/catalogue.js';
import type { InstrumentCatalogue } from './parse.js';

export const catalogue: InstrumentCatalogue = {
  instrumentIds: INSTRUMENTS.map((d) => d.id),
  deliverersOf: (id) => INSTRUMENTS.find((d) => d.id === id)?.deliverers,
};
