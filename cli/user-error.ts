/**
 * Errors that are the user's to fix (a bad scenario file, a missing file, a bad option, an
 * output path that cannot be written) print as their message alone and exit 2, with no stack
 * trace. Anything else is a bug: it prints its stack and exits 1.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// From input-error.js, not run-batch.js: write-atomic.js (imported by analysis modules) needs
// nothing of the batch machinery, and this keeps the modules free of import cycles.
import { BatchInputError } from '../analysis/batch/input-error.js';
import { fileSystemError } from '../analysis/files/output-paths.js';
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

/**
 * Folders of firebreak's own files (the compiled code, its dependencies): a file-system error on
 * one of them is a broken installation or a bug, to be reported with its stack. `import.meta.url`
 * is dist/cli/user-error.js once built, cli/user-error.ts under tsx: two levels up, or one.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const root = here.replace(/(dist[\\/])?cli[\\/]$/, '');
const OWN_FOLDERS = [`${root}dist${sep}`, `${root}node_modules${sep}`];

/**
 * A file-system error on a path the user gave (an output folder that filled up, a file deleted
 * under a running batch) that no command caught: told by path, as a user error. The commands
 * check their paths before they start, so this is the rare failure met halfway.
 */
function userPathError(err: unknown): BatchInputError | undefined {
  const path = (err as NodeJS.ErrnoException | undefined)?.path;
  if (typeof path !== 'string') return undefined;
  const absolute = resolve(path);
  if (OWN_FOLDERS.some((f) => absolute.startsWith(f))) return undefined;
  return fileSystemError(err);
}

/** Prints the error as described above and ends the process (exit 2 for the user's errors, 1 for bugs). */
export function reportAndExit(err: unknown): never {
  const user = isUserError(err) ? err : userPathError(err);
  if (user) {
    process.stderr.write(`${user.message}\n`);
    process.exit(2);
  }
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`firebreak: internal error (please report it)\n${detail}\n`);
  process.exit(1);
}
