/** Reads a scenario file from disk and validates it against the real instrument catalogue. */
import { readFileSync } from 'node:fs';
import { instrumentCatalogue } from '../sim/instruments/catalogue.js';
import { parseScenario } from '../scenarios/parse.js';
import type { Scenario } from '../scenarios/schema.js';
import { UserError } from './user-error.js';

export function loadScenarioFile(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read scenario ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message}`);
  }
  return parseScenario(text, path, instrumentCatalogue);
}
