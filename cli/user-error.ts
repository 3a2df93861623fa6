/**
 * Errors that are the user's to fix (a bad scenario file, a missing file, a bad option) print
 * as their message alone and exit 2, with no stack trace. Anything else is a bug: it prints its
 * stack and exits 1.
 */
import { BatchInputError } from '../analysis/batch/run-batch.js';
import { ScenarioError } from '../scenarios/scenario-error.js';

export class UserError extends Error {
  /** Exit code of the command line for this error. */
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** A UserError or a ScenarioError: an error whose message is all the user needs. */
export function isUserError(err: unknown): err is UserError | ScenarioError | BatchInputError {
  return err instanceof UserError || err instanceof ScenarioError || err instanceof BatchInputError;
}

/** Prints the error as described above and ends the process (exit 2 for the user's errors, 1 for bugs). */
export function reportAndExit(err: unknown): never {
  if (isUserError(err)) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`firebreak: internal error (please report it)\n${detail}\n`);
  process.exit(1);
}
