/**
 * The documented range of a scenario parameter: its minimum and maximum in the scenario schema
 * (scenarios/schema.ts, via the generated JSON Schema), and whether it is a whole number. A path
 * is read as variation.ts reads it: list items by position, name or `*`.
 */
import { scenarioJsonSchema } from '../../scenarios/json-schema.js';
import { VariationError } from '../sweep/variation.js';

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

/**
 * The schema's range of the number at `path`, or an explanation of why it has none. With
 * `userRange` the caller brings its own bounds: only the path and the type are checked.
 */
export function parameterRange(path: string, userRange = false): ParameterRange {
  let nodes: Node[] = [scenarioJsonSchema() as Node];
  for (const seg of path.split('.')) {
    nodes = nodes.flatMap((n) => child(n, seg.trim()));
    if (nodes.length === 0) throw new VariationError(`${path}: no such parameter in the scenario schema (see docs/parameters.md)`);
  }
  const numeric = nodes.flatMap(branches).find((n) => n.type === 'number' || n.type === 'integer');
  if (!numeric) throw new VariationError(`${path}: not a number, so it has no range to vary; give values with a sweep instead`);
  const integer = numeric.type === 'integer';
  const description = String(numeric.description ?? '');
  const lower = numeric.minimum as number | undefined;
  const upper = numeric.maximum as number | undefined;
  if (userRange) return { lower: lower ?? -Infinity, upper: upper ?? Infinity, integer, description };
  if (lower === undefined || upper === undefined) throw new VariationError(`${path}: the schema gives no range; write one: ${path}=LO:HI`);
  if (upper - lower > MAX_DOCUMENTED_WIDTH) throw new VariationError(`${path}: the schema allows ${lower} to ${upper}, too wide to sample usefully; write the range you mean: ${path}=LO:HI`);
  return { lower, upper, integer, description };
}
