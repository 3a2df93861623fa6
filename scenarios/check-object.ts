/**
 * A scenario built or changed in code (a notebook's `s.elite.exclusionary = 5`, a mistyped
 * `s.population.copDensity`) is checked by the rules a scenario file meets, so that a batch never
 * runs what the command line would refuse. Pure: the library's batches call it, and it runs in
 * the browser too.
 */
import { isObject, parseScenario, type InstrumentCatalogue } from './parse.js';
import { ScenarioError } from './scenario-error.js';
import { SHOCK_KINDS, type Scenario } from './schema.js';

export interface CheckedScenario {
  /** What is wrong, field by field (`elite.exclusionary: expected a number from 0 to 1, got 5`); empty when valid. */
  problems: string[];
  /**
   * The scenario to run when valid: the object itself, or, where it leaves fields out (a
   * section set to undefined), the object with their defaults filled in, as a file would get.
   */
  scenario: Scenario | null;
}

export function checkScenarioObject(scenario: unknown, catalogue: InstrumentCatalogue): CheckedScenario {
  let text: string | undefined;
  try {
    // NaN and Infinity become null in JSON, which the check then names as not a number.
    text = JSON.stringify(scenario);
  } catch (err) {
    return { problems: [`it cannot be read as plain data (${(err as Error).message})`], scenario: null };
  }
  if (!isObject(scenario) || text === undefined) return { problems: ['expected a scenario object, as loadScenarioFile() or parseScenario() returns it'], scenario: null };
  const plain = JSON.parse(text) as Record<string, unknown>;
  // A parsed scenario holds every field of every shock, defaults included, while a file may give
  // a shock only the fields its kind reads: those a kind ignores are left out before the check.
  if (Array.isArray(plain.shocks)) {
    plain.shocks = plain.shocks.map((shock) => {
      if (!isObject(shock) || typeof shock.kind !== 'string' || !Object.hasOwn(SHOCK_KINDS, shock.kind)) return shock;
      const reads = new Set<string>(['at', 'kind', ...SHOCK_KINDS[shock.kind as keyof typeof SHOCK_KINDS].fields]);
      return Object.fromEntries(Object.entries(shock).filter(([field]) => reads.has(field)));
    });
  }
  let parsed: Scenario;
  try {
    parsed = parseScenario(JSON.stringify(plain), 'scenario', catalogue);
  } catch (err) {
    if (err instanceof ScenarioError) return { problems: err.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)), scenario: null };
    throw err;
  }
  // A complete object runs as it is (its batch keeps the identity it always had).
  return { problems: [], scenario: isDeepEqual(parsed, scenario) ? (scenario as unknown as Scenario) : parsed };
}

/** Plain data compared by value (the parser's output has no cycles, dates or classes). */
function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => isDeepEqual(x, b[i]));
  if (!isObject(a) || !isObject(b) || Array.isArray(b)) return false;
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => isDeepEqual(a[k], b[k]));
}
