/** Reads a scenario file from disk and validates it against the real instrument catalogue. */
import { readFileSync } from 'node:fs';
import { catalogue } from '../scenarios/catalogue.js';
import { decodeScenarioBytes, NotUtf8Error } from '../scenarios/decode-text.js';
import { parseScenario } from '../scenarios/parse.js';
import type { Scenario } from '../scenarios/schema.js';
import { UserError } from './user-error.js';

export { catalogue };

/**
 * The validated scenario in the file at `path`. Throws a UserError when the file cannot be
 * read and a ScenarioError (every problem, with line and column) when it is not a valid scenario.
 */
export function loadScenarioFile(path: string): Scenario {
  return parseScenario(readScenarioText(path), path, catalogue);
}

/** The text of the scenario file at `path` (a UserError when it cannot be read). */
export function readScenarioText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UserError(`cannot read scenario ${path}: ${why}`);
  }
  try {
    return decodeScenarioBytes(bytes, path);
  } catch (err) {
    if (err instanceof NotUtf8Error) throw new UserError(err.message);
    throw err;
  }
}
