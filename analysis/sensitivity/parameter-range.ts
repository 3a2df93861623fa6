/**
 * The documented range of a scenario parameter: its minimum and maximum in the scenario schema
 * (scenarios/schema.ts, via the generated JSON Schema), and whether it is a whole number. A path
 * is read as variation.ts reads it: list items by position, name or `*`.
 */
import { parse } from 'yaml';
import { scenarioJsonSchema } from '../../scenarios/json-schema.js';
import { populationSchema } from '../../scenarios/schema.js';
import { didYouMean } from '../../scenarios/suggest.js';
import { normalPath, VariationError } from '../sweep/variation.js';

export interface ParameterRange {
  lower: number;
  upper: number;
  integer: boolean;
  /** Unit and source, from the schema's description (for reports). */
  description: string;
}

type Node = Record<string, unknown>;

/**
 * Schema bounds wider than this are guards against typos (a start month up to 1e6), not
 * plausible ranges; sampling them uniformly would waste nearly every run, so the user must
 * say the range.
 */
export const MAX_DOCUMENTED_WIDTH = 1000;

/**
 * Parameters that set the size of a run rather than a behaviour in it: over their documented
 * range a run's time changes by orders of magnitude (population.grid 5 to 1000 is 25 to a
 * million sites), so a design spread over it spends nearly all its time at the top end (a
 * `--params population.grid` analysis of a 16-site grid ran 459 s). The user must say the
 * range. Vision is not one: from 1 to 20 it changed a run's time by less than a third (grid
 * 50, 24 months).
 */
export const RUN_SIZE_PARAMETERS: Readonly<Record<string, { grows: string; factor: (lower: number, upper: number) => number }>> = {
  'population.grid': { grows: 'with the number of sites, the grid\'s side squared', factor: (lo, hi) => (hi / lo) ** 2 },
  horizon: { grows: 'with the number of ticks', factor: (lo, hi) => hi / lo },
};

function branches(node: Node): Node[] {
  const alts = (node.anyOf ?? node.oneOf) as Node[] | undefined;
  return alts ? alts.flatMap(branches) : [node];
}

function child(node: Node, segment: string): Node[] {
  const found: Node[] = [];
  for (const b of branches(node)) {
    if (b.type === 'array' && b.items) found.push(b.items as Node);
    else if (b.type === 'object') {
      const props = b.properties as Record<string, Node> | undefined;
      if (props && segment in props) found.push(props[segment]);
      else if (b.additionalProperties && typeof b.additionalProperties === 'object') found.push(b.additionalProperties as Node);
    }
  }
  return found;
}

/** The field names a segment could have been, for "did you mean". */
function fieldNames(nodes: Node[]): string[] {
  return [...new Set(nodes.flatMap(branches).flatMap((b) => (b.type === 'object' && b.properties ? Object.keys(b.properties as Node) : [])))];
}

/**
 * The schema's range of the number at `path`, or an explanation of why it has none. With
 * `userRange` the caller brings its own bounds: only the path and the type are checked.
 */
export function parameterRange(written: string, userRange = false): ParameterRange {
  const path = normalPath(written);
  let nodes: Node[] = [scenarioJsonSchema() as Node];
  for (const seg of path.split('.')) {
    const next = nodes.flatMap((n) => child(n, seg));
    if (next.length === 0) throw new VariationError(`${path}: no such parameter in the scenario schema${didYouMean(seg, fieldNames(nodes))} (see docs/parameters.md)`);
    nodes = next;
  }
  const numeric = nodes.flatMap(branches).find((n) => n.type === 'number' || n.type === 'integer');
  if (!numeric) throw new VariationError(`${path}: not a number, so it has no range to vary; give values with a sweep instead`);
  const integer = numeric.type === 'integer';
  const description = String(numeric.description ?? '');
  const lower = numeric.minimum as number | undefined;
  const upper = numeric.maximum as number | undefined;
  if (userRange) return { lower: lower ?? -Infinity, upper: upper ?? Infinity, integer, description };
  if (lower === undefined || upper === undefined) throw new VariationError(`${path}: the schema gives no range; write one: ${path}=LO:HI`);
  const size = RUN_SIZE_PARAMETERS[path];
  if (size) {
    const factor = size.factor(Math.max(lower, 1), upper);
    throw new VariationError(`${path}: sets the size of a run, whose time grows ${size.grows}; over the documented ${lower} to ${upper} that is a ${Math.round(factor).toLocaleString('en-US')}-fold difference, so nearly all the time would go to the largest runs; write the range you mean: ${path}=LO:HI`);
  }
  if (upper - lower > MAX_DOCUMENTED_WIDTH) throw new VariationError(`${path}: the schema allows ${lower} to ${upper}, too wide to sample usefully; write the range you mean: ${path}=LO:HI`);
  return { lower, upper, integer, description };
}

/**
 * Why the engine reads a parameter as a whole number though the schema takes any number, or
 * null when it uses every value: citizens' and forces' vision count whole sites except in the
 * disc neighbourhood (sim/grid.ts neighbourhoodOffsets floors the radius of the diamond and the
 * square), so vision 3.5 sees what vision 3 sees.
 */
export function wholeInEngine(path: string, neighbourhood: string): string | null {
  if (!/^population\.(vision|cop-vision)$/.test(normalPath(path))) return null;
  if (neighbourhood === 'disc') return null;
  return `the ${neighbourhood} neighbourhood counts whole sites and the engine floors the radius: ${normalPath(path)} 3.5 sees what 3 sees`;
}

/** The neighbourhood of the file as written, the schema's default when it says none (null when unreadable). */
export function scenarioNeighbourhood(scenarioText: string): string | null {
  try {
    const data = parse(scenarioText) as { population?: { neighbourhood?: unknown } } | null;
    return String(data?.population?.neighbourhood ?? populationSchema.shape.neighbourhood.parse(undefined));
  } catch {
    return null;
  }
}
