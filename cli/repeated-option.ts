/**
 * Options given twice. yargs would make a list of them (which no option here takes) or, through
 * a yargs-parser quirk, add a repeated value of 1 to the first (`--seed 7 --seed 1` became seed
 * 8). A repeat is nearly always a slip in a long command or a script, so it is refused by name
 * before yargs sees it; options made to be repeated (a sweep's `--vary`) are left alone.
 */

/** Options a command takes several times. */
const REPEATABLE = new Set(['--vary']);
/** Short aliases, so that `--strategy a -s b` is a repeat too. */
const ALIASES: Record<string, string> = { '-s': '--strategy' };

export function repeatedOption(argv: readonly string[]): string | null {
  const seen = new Map<string, string>();
  for (const token of argv) {
    if (token === '--') break;
    const name = /^--([^=]+)/.exec(token)?.[1] ?? /^-([a-zA-Z])$/.exec(token)?.[1];
    if (name === undefined) continue;
    const given = name.length === 1 ? `-${name}` : `--${name}`;
    const flag = ALIASES[given] ?? given;
    if (REPEATABLE.has(flag)) continue;
    const earlier = seen.get(flag);
    if (earlier !== undefined) return earlier === given ? `${given} is given twice; give it once` : `${earlier} and ${given} are the same option; give it once`;
    seen.set(flag, given);
  }
  return null;
}
