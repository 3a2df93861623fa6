/**
 * Variations of a scenario file: `PATH=FROM:TO:STEP` (a grid), `PATH=LO:HI` (a range, for
 * sensitivity analysis) or `PATH=a,b,c` (a list), and the scenario with PATH set to a value.
 *
 * PATH is dotted, into the scenario file as written:
 * - map keys by name: `population.cop-density`, `elite.exclusionary`;
 * - list items by position (`groups.0.hostility`) or by name: a group's or outside power's `id`
 *   (`groups.majority.hostility`), an application's `instrument` (`strategies.early.mediation.intensity`,
 *   every application of that instrument);
 * - `*` for every item of a list (`strategies.early.*.from.tick`: every application) or every key
 *   of a mapping (`strategies.*.*.intensity`: every application of every strategy).
 * Setting `tick` or `stage` inside a trigger (`from`, `until`) replaces the whole trigger, so a
 * strategy that starts on an indicator can be swept by start month.
 *
 * The change is made in the YAML document itself and the result parsed as any scenario file
 * is, so every value is checked against the schema and every error names the field. Pure (no
 * Node APIs): the classroom page can use it too.
 */
import { parseDocument } from 'yaml';
import { parseScenario, type InstrumentCatalogue } from '../../scenarios/parse.js';
import type { Scenario } from '../../scenarios/schema.js';

export type Value = number | string | boolean;

export interface Variation {
  /** The path as written. */
  path: string;
  /** The values of a grid or list (empty for a range). */
  values: Value[];
  /** The bounds of a range `LO:HI` (for sensitivity analysis); null for a grid or list. */
  range: { lower: number; upper: number } | null;
}

export class VariationError extends Error {}

/** At most this many values in one grid: a typo like 0:1000:0.001 should not start a million batches. */
export const MAX_GRID_VALUES = 10000;

function parseValue(text: string): Value {
  const t = text.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : t;
}

/** Rounded to 12 significant digits, so 0.1 + 0.2 steps print as 0.3. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Parses `PATH=FROM:TO:STEP`, `PATH=LO:HI` or `PATH=a,b,c`. `what` names the option in messages
 * (`--vary`, `--params`).
 */
export function parseVariation(spec: string, what = '--vary'): Variation {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new VariationError(`${what} ${spec}: expected PATH=FROM:TO:STEP, PATH=LO:HI or PATH=a,b,c (for example population.cop-density=0.02:0.08:0.02)`);
  const path = spec.slice(0, eq).trim();
  const body = spec.slice(eq + 1).trim();
  checkPathSyntax(path, what);
  if (body.includes(':')) {
    const parts = body.split(':').map((p) => p.trim());
    const nums = parts.map(Number);
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n))) {
      throw new VariationError(`${what} ${spec}: expected numbers FROM:TO:STEP or LO:HI, got "${body}"`);
    }
    const [from, to] = nums;
    if (parts.length === 2) {
      if (!(to > from)) throw new VariationError(`${what} ${spec}: the range's upper bound must be above its lower bound`);
      return { path, values: [], range: { lower: from, upper: to } };
    }
    const stepSize = nums[2];
    if (!(stepSize > 0)) throw new VariationError(`${what} ${spec}: STEP must be above 0, got ${parts[2]}`);
    if (to < from) throw new VariationError(`${what} ${spec}: TO (${to}) is below FROM (${from})`);
    const count = Math.floor((to - from) / stepSize + 1e-9) + 1;
    if (count > MAX_GRID_VALUES) throw new VariationError(`${what} ${spec}: ${count} values; at most ${MAX_GRID_VALUES} in one grid`);
    return { path, values: Array.from({ length: count }, (_, i) => clean(from + i * stepSize)), range: null };
  }
  const values = body.split(',').map((v) => v.trim()).filter((v) => v !== '').map(parseValue);
  if (values.length === 0) throw new VariationError(`${what} ${spec}: no values after "="`);
  return { path, values, range: null };
}

function checkPathSyntax(path: string, what: string): void {
  if (path === '' || path.split('.').some((s) => s.trim() === '')) {
    throw new VariationError(`${what}: "${path}" is not a path; write it dotted, for example population.cop-density or strategies.early.*.from.tick`);
  }
}

type Concrete = (string | number)[];

const TRIGGER_KEYS = new Set(['tick', 'stage']);
const TRIGGER_PARENTS = new Set(['from', 'until']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The list items a name selects: by `id`, or by `instrument` for strategy applications. */
function itemsNamed(list: unknown[], name: string): number[] {
  const found: number[] = [];
  list.forEach((item, i) => {
    if (isObject(item) && (item.id === name || item.instrument === name)) found.push(i);
  });
  return found;
}

/**
 * Expands a dotted path against the file's data into concrete paths (wildcards and names
 * resolved to positions). Missing map keys are allowed (the schema's default applies, and the
 * parser names an unknown key). `*` takes every item of a list or every key of a mapping (for a
 * strategy that extends another, every application it adds), so `strategies.*.*.intensity` is
 * every application of every strategy. Past a wildcard, a branch the rest of the path does not
 * fit (a strategy without the named instrument, a key holding a single value) is left out; the
 * path is an error only if nothing at all fits, as it is on a path without wildcards.
 */
export function resolvePath(data: unknown, path: string): Concrete[] {
  const segments = path.split('.').map((s) => s.trim());
  let frontier: { at: Concrete; node: unknown; wild: boolean }[] = [{ at: [], node: data, wild: false }];
  for (const seg of segments) {
    const next: { at: Concrete; node: unknown; wild: boolean }[] = [];
    let firstMiss: string | null = null;
    const miss = (wild: boolean, message: string): void => {
      if (!wild) throw new VariationError(message);
      firstMiss ??= message;
    };
    for (const { at, node, wild } of frontier) {
      const where = at.length ? at.join('.') : 'the scenario';
      if (Array.isArray(node)) {
        let indices: number[];
        if (seg === '*') indices = node.map((_, i) => i);
        else if (/^\d+$/.test(seg)) {
          const i = Number(seg);
          if (i >= node.length) {
            miss(wild, `${path}: ${where} has ${node.length} items, so no item ${i} (items count from 0)`);
            continue;
          }
          indices = [i];
        } else {
          indices = itemsNamed(node, seg);
          if (indices.length === 0) {
            const names = node.map((item) => (isObject(item) ? (item.id ?? item.instrument) : undefined)).filter((n) => n !== undefined);
            miss(wild, `${path}: ${where} has no item named "${seg}"${names.length ? `; it has ${[...new Set(names)].join(', ')}` : ''}`);
            continue;
          }
        }
        for (const i of indices) next.push({ at: [...at, i], node: node[i], wild: wild || seg === '*' });
      } else if (isObject(node)) {
        if (seg === '*') {
          if ('extends' in node) {
            const added = Array.isArray(node.add) ? node.add : [];
            added.forEach((item, i) => next.push({ at: [...at, 'add', i], node: item, wild: true }));
          } else for (const key of Object.keys(node)) next.push({ at: [...at, key], node: node[key], wild: true });
        } else next.push({ at: [...at, seg], node: node[seg], wild });
      } else if (node === undefined || node === null) {
        // A section the file leaves to its defaults: created on assignment.
        if (seg === '*') miss(wild, `${path}: ${where} is not in the file, so "*" has nothing to take`);
        else next.push({ at: [...at, seg], node: undefined, wild });
      } else {
        miss(wild, `${path}: ${where} is a single value (${JSON.stringify(node)}), so it has no "${seg}"`);
      }
    }
    if (next.length === 0 && firstMiss !== null) throw new VariationError(`${firstMiss} (and no other item fits the path)`);
    frontier = next;
  }
  if (frontier.length === 0) throw new VariationError(`${path}: matches nothing in the scenario`);
  return frontier.map((f) => f.at);
}

/**
 * The scenario file's text with every path set to its value (the text stays as written
 * elsewhere), and a label for messages ("file [population.vision=3]").
 */
export function variantText(text: string, assignments: readonly { path: string; value: Value }[]): string {
  const doc = parseDocument(text, { merge: true });
  if (doc.errors.length > 0) return text; // The parser reports broken YAML with its line.
  for (const { path, value } of assignments) {
    const data = doc.toJS({ maxAliasCount: 100 });
    for (const at of resolvePath(data, path)) {
      const key = at[at.length - 1];
      const parentKey = at[at.length - 2];
      if (typeof key === 'string' && TRIGGER_KEYS.has(key) && typeof parentKey === 'string' && TRIGGER_PARENTS.has(parentKey)) {
        doc.setIn(at.slice(0, -1), doc.createNode({ [key]: value }));
      } else doc.setIn(at, value);
    }
  }
  return String(doc);
}

/** `file [a=1, b=2]`, the name errors and reports give a variant. */
export function variantLabel(file: string, assignments: readonly { path: string; value: Value }[]): string {
  return assignments.length ? `${file} [${assignments.map((a) => `${a.path}=${a.value}`).join(', ')}]` : file;
}

/** The validated scenario with every path set to its value (a ScenarioError names any bad value). */
export function scenarioVariant(text: string, file: string, assignments: readonly { path: string; value: Value }[], catalogue: InstrumentCatalogue): Scenario {
  return parseScenario(variantText(text, assignments), variantLabel(file, assignments), catalogue);
}
