/**
 * `firebreak validate <files..>`: checks scenario files and prints `ok <file>` or every problem
 * of the file (file:line:column: field: message). Exits 2 if any file fails.
 *
 * Globs are the shell's business (`firebreak validate scenarios/**\/*.yaml` with globstar); a
 * folder argument is searched recursively for .yaml/.yml files, for shells that do not expand `**`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { loadScenarioFile } from '../load-scenario.js';
import { isUserError } from '../user-error.js';

interface ValidateArgs {
  files: string[];
}

export const command = 'validate <files..>';
export const describe = 'Check scenario files (a folder: every .yaml file under it) and report every problem with its line and field';

export function builder(yargs: Argv): Argv<ValidateArgs> {
  return yargs
    .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario files or folders' })
    .example('$0 validate scenarios/fragile-state.yaml', 'check one file')
    .example('$0 validate scenarios', 'check every .yaml file under scenarios/') as unknown as Argv<ValidateArgs>;
}

/** The files to check: files as given, folders expanded to their .yaml/.yml files (sorted, recursive). */
export function scenarioFiles(paths: readonly string[]): string[] {
  // A missing file stays in the list: loadScenarioFile reports it.
  return paths.flatMap((path) => (isFolder(path) ? yamlFilesUnder(path) : [path]));
}

function yamlFilesUnder(folder: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Validates each file; returns the number that failed. Prints to the given streams. */
export function validateFiles(paths: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const files = scenarioFiles(paths);
  let failed = 0;
  for (const folder of paths.filter((p) => isFolder(p) && yamlFilesUnder(p).length === 0)) {
    err(`no scenario files (.yaml) under ${folder}`);
    failed++;
  }
  for (const file of files) {
    try {
      loadScenarioFile(file);
      out(`ok ${file}`);
    } catch (e) {
      if (!isUserError(e)) throw e;
      err(e.message);
      failed++;
    }
  }
  return failed;
}

export function handler(args: ArgumentsCamelCase<ValidateArgs>): void {
  const failed = validateFiles(
    args.files,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
  if (failed > 0) {
    process.stderr.write(`${failed} ${failed === 1 ? 'file' : 'files'} failed validation\n`);
    process.exitCode = 2;
  }
}
