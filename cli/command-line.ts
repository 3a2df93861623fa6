/**
 * The command line a manifest records, as a user would type it again: `firebreak` and the
 * arguments. The path of the script that ran (process.argv[1]) names this machine's checkout,
 * or npx's cache folder when run as `npx firebreak` in a clone, and would not run elsewhere.
 */
export function commandLine(): string[] {
  return ['firebreak', ...process.argv.slice(2)];
}
