/**
 * `firebreak validate <files...>`: checks scenario files (folders are searched for .yaml files).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgumentsCamelCase, Argv } from 'yargs';
import { loadScenarioFile } from '../load-scenario.js';
import { isUserError } from '../user-error.js';

export const command = 'validate <files..>';
export const describe = 'Check scenario files (or every .yaml file under a folder)';

export function builder(yargs: Argv): Argv<{ files: string[] }> {
  return yargs.positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario files or folders' }) as unknown as Argv<{ files: string[] }>;
}

export function scenarioFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Missing: loadScenarioFile reports it.
    }
    if (!isDir) out.push(p);
    else for (const entry of readdirSync(p).sort()) {
      const full = join(p, entry);
      if (statSync(full).isDirectory()) out.push(...scenarioFiles([full]));
      else if (/\.ya?ml$/.test(entry)) out.push(full);
    }
  }
  return out;
}

export function handler(args: ArgumentsCamelCase<{ files: string[] }>): void {
  let failed = 0;
  for (const file of scenarioFiles(args.files)) {
    try {
      loadScenarioFile(file);
      process.stdout.write(`ok ${file}\n`);
    } catch (err) {
      if (!isUserError(err)) throw err;
      failed++;
      process.stderr.write(`${err.message}\n`);
    }
  }
  if (failed > 0) {
    process.stderr.write(`${failed} file(s) failed validation\n`);
    process.exitCode = 2;
  }
}
