/**
 * Errors that are the user's to fix (a bad file, a bad option) print as one clear message and
 * exit 2, with no stack trace. Anything else is a bug: it prints its stack and exits 1.
 */
import { ScenarioError } from '../scenarios/scenario-error.js';

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(err: unknown): err is Error {
  return err instanceof UserError || err instanceof ScenarioError;
}

export function reportAndExit(err: unknown): never {
  if (isUserError(err)) {
    process.stderr.write(`firebreak: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`firebreak: internal error (please report it)\n${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
}
