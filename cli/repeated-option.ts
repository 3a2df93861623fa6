/**
 * Options given twice. yargs would make a list of them (which no option here takes) or, through
 * a yargs-parser quirk, add a repeated value of 1 to the first (`--seed 7 --seed 1` became seed
 * 8). A repeat is nearly always a slip in a long command or a script, so it is refused by name
 * before yargs sees it.
 */
export function repeatedOption(argv: readonly string[]): string | null {
  const seen = new Map<string, string>();
  for (const token of argv) {
    if (token === '--') break;
    const name = /^--([^=]+)/.exec(token)?.[1] ?? /^-([a-zA-Z])$/.exec(token)?.[1];
    if (name === undefined) continue;
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    if (seen.has(flag)) return `${flag} is given twice; give it once`;
    seen.set(flag, token);
  }
  return null;
}
