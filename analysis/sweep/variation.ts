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
 * The change is made in a plain copy of the file's data, which is then parsed as any scenario
 * file is, so every value is checked against the schema and every error names the field. The
 * copy has its YAML aliases expanded: `copy: *early` is a strategy of its own there, so a path
 * into one changes only that one (editing the YAML document would move its anchor's every
 * alias, and cannot go through an alias at all). Errors point at the user's own lines, not at
 * the copy's. Pure (no Node APIs): the classroom page can use it too.
 */
import { LineCounter, parseDocument, stringify } from 'yaml';
import { dotted, isObject, nodeAlong, parseScenario, positionOf, type InstrumentCatalogue } from '../../scenarios/parse.js';
import { ScenarioError } from '../../scenarios/scenario-error.js';
import type { Scenario } from '../../scenarios/schema.js';

export type Value = number | string | boolean;

export interface Variation {
  /** The path as written. */
  path: string;
  /** The values of a grid or list (empty for a range). */
  values: Value[];
  /** The bounds of a range `LO:HI` (for sensitivity analysis); null for a grid or list. */
  range: { lower: number; upper: number } | null;
  /** What the reader should know about the values (a STEP that stops short of TO). */
  note?: string;
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
  const written = spec.slice(0, eq).trim();
  const body = spec.slice(eq + 1).trim();
  checkPathSyntax(written, what);
  // One spelling per field: `elite . exclusionary` is elite.exclusionary in every table and check.
  const path = normalPath(written);
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
    const values = Array.from({ length: count }, (_, i) => clean(from + i * stepSize));
    const last = values[values.length - 1] as number;
    // Like seq() in R and range() in Python, the grid never passes TO; a step that does not land
    // on it is more often a slip than a choice, so the reader is told what was dropped.
    if (Math.abs(last - to) > 1e-9 * Math.max(1, Math.abs(to))) {
      const next = clean(last + stepSize);
      const note = `${what} ${path}=${body}: STEP ${stepSize} does not divide TO - FROM (${clean(to - from)}), so the grid stops at ${last} and leaves ${to} out (write ${from}:${next}:${stepSize} to go on to ${next}, or give the values as a list to include ${to})`;
      return { path, values, range: null, note };
    }
    return { path, values, range: null };
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

/** The path with the spaces around its dots taken out. */
export function normalPath(path: string): string {
  return path.split('.').map((s) => s.trim()).join('.');
}

type Concrete = (string | number)[];

const TRIGGER_KEYS = new Set(['tick', 'stage']);
const TRIGGER_PARENTS = new Set(['from', 'until']);

/** The list items a name selects: by `id`, or by `instrument` for strategy applications. */
function itemsNamed(list: unknown[], name: string): number[] {
  const found: number[] = [];
  list.forEach((item, i) => {
    if (isObject(item) && (item.id === name || item.instrument === name)) found.push(i);
  });
  return found;
}

/** Why a path into a strategy built with `extends` found nothing: its own applications are under `add`. */
function extendsHint(path: string, at: Concrete, node: Record<string, unknown>): string {
  const name = String(at[at.length - 1]);
  const parent = typeof node.extends === 'string' ? node.extends : 'PARENT';
  const added = Array.isArray(node.add) ? node.add.length : 0;
  const own = added === 0 ? `adds none of its own (they would be under strategies.${name}.add)` : `adds ${added} of its own, under strategies.${name}.add`;
  return `${path}: strategy "${name}" is built with extends from "${parent}": the applications it inherits are ${parent}'s (a path through strategies.${parent} changes that strategy too), and it ${own}`;
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
  // A `*` that met a strategy built with extends and took nothing from it: the likely reason
  // a path matches nothing.
  let extendsMiss: string | null = null;
  for (const seg of segments) {
    const next: { at: Concrete; node: unknown; wild: boolean }[] = [];
    let firstMiss: string | null = null;
    const miss = (wild: boolean, message: string): void => {
      if (!wild) throw new VariationError(message);
      firstMiss ??= message;
    };
    for (const { at, node, wild } of frontier) {
      const where = at.length ? at.join('.') : 'the scenario';
      const isStrategy = at.length === 2 && at[0] === 'strategies';
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
            if (added.length === 0 && isStrategy) extendsMiss ??= extendsHint(path, at, node);
            added.forEach((item, i) => next.push({ at: [...at, 'add', i], node: item, wild: true }));
          } else for (const key of Object.keys(node)) next.push({ at: [...at, key], node: node[key], wild: true });
        } else if (isStrategy && 'extends' in node && !['extends', 'add', 'drop'].includes(seg)) {
          // Without this the name would become a new field of the strategy, refused later as unknown.
          miss(wild, extendsHint(path, at, node));
        } else next.push({ at: [...at, seg], node: node[seg], wild });
      } else if (node === undefined || node === null) {
        // A section the file leaves to its defaults: created on assignment.
        if (seg === '*') miss(wild, `${path}: ${where} is not in the file, so "*" has nothing to take`);
        else next.push({ at: [...at, seg], node: undefined, wild });
      } else {
        miss(wild, `${path}: ${where} is a single value (${JSON.stringify(node)}), so it has no "${seg}"`);
      }
    }
    if (next.length === 0 && firstMiss !== null) throw new VariationError(`${extendsMiss ?? firstMiss} (and no other item fits the path)`);
    if (next.length === 0 && extendsMiss !== null) throw new VariationError(`${extendsMiss}, so the path matches nothing`);
    frontier = next;
  }
  if (frontier.length === 0) throw new VariationError(`${path}: matches nothing in the scenario`);
  return frontier.map((f) => f.at);
}

/**
 * A copy of the data in which no object or list is shared: the data of a file with aliases
 * reuses the anchor's object at every alias, so a change through one would show at all.
 */
function plainCopy(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plainCopy);
  if (isObject(x)) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plainCopy(v)]));
  return x;
}

/** The file's data as plain values (aliases and merge keys expanded), or null when the parser must report the file itself. */
function fileData(text: string): Record<string, unknown> | null {
  const doc = parseDocument(text, { merge: true });
  if (doc.errors.length > 0) return null;
  try {
    const data = plainCopy(doc.toJS({ maxAliasCount: 100 }));
    return isObject(data) ? data : null;
  } catch {
    return null;
  }
}

/** The field a concrete path sets: a trigger's `tick` or `stage` replaces the whole trigger. */
function fieldSet(at: Concrete): Concrete {
  const key = at[at.length - 1];
  const parentKey = at[at.length - 2];
  return typeof key === 'string' && TRIGGER_KEYS.has(key) && typeof parentKey === 'string' && TRIGGER_PARENTS.has(parentKey) ? at.slice(0, -1) : at;
}

function setIn(data: Record<string, unknown>, at: Concrete, value: Value): void {
  const field = fieldSet(at);
  const replaced = field.length < at.length ? { [String(at[at.length - 1])]: value } : value;
  let node: Record<string | number, unknown> = data;
  for (const key of field.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[field[field.length - 1]] = replaced;
}

/** The data of the file with every path set to its value (null when the file cannot be read as data). */
function variantData(text: string, assignments: readonly { path: string; value: Value }[]): Record<string, unknown> | null {
  const data = fileData(text);
  if (data === null) return null;
  for (const { path, value } of assignments) {
    for (const at of resolvePath(data, path)) setIn(data, at, value);
  }
  return data;
}

/**
 * The scenario file with every path set to its value, as YAML text (the file itself when it
 * cannot be read, so that the parser reports it with its own lines). Comments and layout are
 * not kept: errors are placed in the user's file by scenarioVariant.
 */
export function variantText(text: string, assignments: readonly { path: string; value: Value }[]): string {
  const data = variantData(text, assignments);
  return data === null ? text : stringify(data);
}

/** `file [a=1, b=2]`, the name errors and reports give a variant. */
export function variantLabel(file: string, assignments: readonly { path: string; value: Value }[]): string {
  return assignments.length ? `${file} [${assignments.map((a) => `${a.path}=${a.value}`).join(', ')}]` : file;
}

/** `groups[1].share` -> ['groups', 1, 'share'] (the inverse of parse.ts's dotted). */
function pathOf(problemPath: string): Concrete {
  return [...problemPath.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
}

/**
 * Line and column in the user's own text of the field at `path`, or of the deepest part of it
 * the text has (the mapping a missing field would go in); nothing when not even its section is
 * there. Aliases are followed to their anchor, where the value is written.
 */
function userPosition(text: string, path: Concrete): { line?: number; column?: number } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, merge: true });
  const { node, key, depth } = nodeAlong(doc, path);
  if (depth === 0) return {};
  return positionOf(depth < path.length && key ? key : node, lines);
}

/**
 * The validated scenario with every path set to its value. A value the schema refuses is a
 * ScenarioError placed at the field's line in the user's file (or its section's), naming the
 * point: `file.yaml:33:17: elite.exclusionary: expected a number from 0 to 1, got -0.2 (at the
 * point elite.exclusionary=-0.2)`.
 */
export function scenarioVariant(text: string, file: string, assignments: readonly { path: string; value: Value }[], catalogue: InstrumentCatalogue): Scenario {
  const data = variantData(text, assignments);
  // A file that is not readable YAML is reported by the parser, with its own lines.
  if (data === null) return parseScenario(text, file, catalogue);
  try {
    return parseScenario(stringify(data), file, catalogue);
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    const point = assignments.map((a) => `${a.path}=${a.value}`).join(', ');
    throw new ScenarioError(err.problems.map((p) => ({
      ...p,
      line: undefined,
      column: undefined,
      ...(p.path ? userPosition(text, pathOf(p.path)) : {}),
      message: point ? `${p.message} (at the point ${point})` : p.message,
    })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  }
}

/**
 * Refuses two paths that set the same field, whatever their spelling (`groups.0.hardship` and
 * `groups.majority.hardship`, or `strategies.late.*.from.tick` and
 * `strategies.late.mediation.from.stage`): the later one would silently win, at every point,
 * while the tables show both. `what` names the option (`--vary`, `--params`).
 */
export function checkDistinctFields(text: string, paths: readonly string[], what: string): void {
  const data = fileData(text);
  if (data === null) return;
  const fields = paths.map((path) => resolvePath(data, path).map(fieldSet));
  const overlap = (a: Concrete, b: Concrete) => a.slice(0, Math.min(a.length, b.length)).every((k, i) => k === b[i]);
  for (let i = 0; i < paths.length; i++) {
    for (let j = 0; j < i; j++) {
      for (const a of fields[j]) {
        const b = fields[i].find((f) => overlap(a, f));
        if (b === undefined) continue;
        const field = dotted(a.length <= b.length ? a : b);
        const how = paths[i] === paths[j] ? `${paths[i]} is named twice` : `${paths[j]} and ${paths[i]} both set ${field}`;
        throw new VariationError(`${what}: ${how}; name each field once (the later would silently replace the earlier at every point)`);
      }
    }
  }
}
