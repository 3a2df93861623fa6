/** Reads a scenario file from disk and validates it against the real instrument catalogue. */
import { readFileSync } from 'node:fs';
import { parseScenario, type InstrumentCatalogue } from '../scenarios/parse.js';
import type { Scenario } from '../scenarios/schema.js';
import { INSTRUMENTS } from '../sim/instruments/catalogue.js';
import { UserError } from './user-error.js';

/** The instruments the engine knows, in the shape the parser takes. */
export const catalogue: InstrumentCatalogue = {
  instrumentIds: INSTRUMENTS.map((d) => d.id),
  deliverersOf: (id) => INSTRUMENTS.find((d) => d.id === id)?.deliverers,
};

/**
 * The validated scenario in the file at `path`. Throws a UserError when the file cannot be
 * read and a ScenarioError (every problem, with line and column) when it is not a valid scenario.
 */
export function loadScenarioFile(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UserError(`cannot read scenario ${path}: ${why}`);
  }
  return parseScenario(text.replace(/^\uFEFF/, ''), path, catalogue);
}
