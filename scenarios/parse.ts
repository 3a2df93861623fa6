/**
 * Scenario text -> validated Scenario. Pure (no Node APIs): the command line reads the file,
 * the browser imports it as text, both call `parseScenario`. Every problem is reported at once,
 * each with the file, line, column and field path, and what was expected.
 */
import { isMap, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { parseIndicator } from '../sim/indicators.js';
import { resolveStrategies } from './resolve-strategies.js';
import { ScenarioError, type ScenarioProblem } from './scenario-error.js';
import { scenarioSchema, type Scenario, type ScenarioFile, type Trigger } from './schema.js';
import { didYouMean } from './suggest.js';

export interface InstrumentCatalogue {
  instrumentIds: readonly string[];
  deliverersOf(id: string): readonly string[] | undefined;
}

type Path = (string | number)[];

/** Largest world a run may build: grid sites x ticks (about a minute of one core). */
const MAX_SITE_TICKS = 2e9;

export function parseScenario(text: string, file: string, catalogue: InstrumentCatalogue): Scenario {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const problems: ScenarioProblem[] = [];
  const at = (path: Path, message: string, keyOf?: string) => problems.push({ file, path: dotted(path), message, ...position(doc, lines, path, keyOf) });

  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      problems.push({ file, line: pos?.line, column: pos?.col, path: '', message: `YAML syntax error: ${e.message.split('\n')[0]}` });
    }
    throw new ScenarioError(problems);
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ScenarioError([{ file, line: 1, column: 1, path: '', message: 'expected a scenario: a mapping with at least `name` and `groups`' }]);
  }

  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) describeIssue(issue, raw, at);
    throw new ScenarioError(problems);
  }
  const s = parsed.data;
  checkReferences(s, at, catalogue);
  const { resolved, problems: strategyProblems } = resolveStrategies(s.strategies);
  for (const p of strategyProblems) at(p.path, p.message);
  if (problems.length > 0) throw new ScenarioError(problems);
  return { ...s, strategies: resolved };
}

/** Turns one zod issue into a plain-English problem at the right place. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown, at: (path: Path, message: string, keyOf?: string) => void): void {
  const path = issue.path as Path;
  const value = valueAt(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path);
      for (const key of issue.keys) at([...path, key], `unknown field "${key}"${didYouMean(key, allowed)}${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`, key);
      return;
    }
    case 'invalid_type':
      if (value === undefined) at(path, `missing required field (expected ${issue.expected})`);
      else at(path, `expected ${article(issue.expected)}, got ${show(value)}`);
      return;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      const what = issue.origin === 'array' ? 'a list with' : issue.origin === 'string' ? 'a text of length' : 'a number';
      const unit = issue.origin === 'array' ? ' items' : '';
      at(path, `expected ${what} ${bound}${unit}, got ${Array.isArray(value) ? `${value.length} items` : show(value)}`);
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      at(path, `expected one of ${options.join(', ')}, got ${show(value)}${typeof value === 'string' ? didYouMean(value, options) : ''}`);
      return;
    }
    case 'invalid_union': {
      const last = path[path.length - 1];
      if (last === 'from' || last === 'until') at(path, `expected a trigger: { tick: N }, { stage: NAME } or { indicator: NAME, above: X } (or below), got ${show(value)}`);
      else if (path[0] === 'strategies' && path.length === 2) at(path, 'expected a list of instrument applications, or { extends: STRATEGY, add: [...], drop: [...] }');
      else if (last === 'max-jail') at(path, `expected a whole number of ticks or "inf", got ${show(value)}`);
      else at(path, `expected ${issue.message}, got ${show(value)}`);
      return;
    }
    case 'invalid_format':
      at(path, `${issue.message}, got ${show(value)}`);
      return;
    default:
      at(path, issue.message);
  }
}

/** Cross-references a schema cannot see: ids that must exist, shares that must add up. */
function checkReferences(s: ScenarioFile, at: (path: Path, message: string, keyOf?: string) => void, catalogue: InstrumentCatalogue): void {
  const groupIds = s.groups.map((g) => g.id);
  const externalIds = s.external.map((e) => e.id);
  const unknownGroup = (id: string) => `unknown group "${id}"${didYouMean(id, groupIds)}; groups are: ${groupIds.join(', ')}`;
  groupIds.forEach((id, i) => groupIds.indexOf(id) !== i && at(['groups', i, 'id'], `group id "${id}" is used twice`));
  externalIds.forEach((id, i) => externalIds.indexOf(id) !== i && at(['external', i, 'id'], `external power id "${id}" is used twice`));
  const total = s.groups.reduce((a, g) => a + g.share, 0);
  if (Math.abs(total - 1) > 1e-6) at(['groups'], `group shares must add up to 1, they add up to ${Number(total.toFixed(6))}`);
  if (s.elite.represents !== undefined && !groupIds.includes(s.elite.represents)) at(['elite', 'represents'], unknownGroup(s.elite.represents));
  for (const id of Object.keys(s.elite.discrimination)) if (!groupIds.includes(id)) at(['elite', 'discrimination', id], unknownGroup(id), id);
  s.external.forEach((e, i) => e.backs !== undefined && !groupIds.includes(e.backs) && at(['external', i, 'backs'], unknownGroup(e.backs)));
  s.shocks.forEach((sh, i) => {
    if (sh.by !== undefined && !externalIds.includes(sh.by)) at(['shocks', i, 'by'], `unknown external power "${sh.by}"${didYouMean(sh.by, externalIds)}`);
    sh.groups?.forEach((g, j) => !groupIds.includes(g) && at(['shocks', i, 'groups', j], unknownGroup(g)));
  });

  const sites = s.population.grid ** 2;
  if (sites * s.horizon > MAX_SITE_TICKS) {
    at(['horizon'], `the world is too large to run: grid ${s.population.grid}x${s.population.grid} for ${s.horizon} ticks is ${sites * s.horizon} site-ticks, more than ${MAX_SITE_TICKS}; shrink the grid or the horizon`);
  }
  const citizens = Math.round(sites * s.population.density);
  s.groups.forEach((g, i) => {
    if (citizens * g.share < 2) at(['groups', i, 'share'], `group "${g.id}" would have fewer than 2 citizens on a ${s.population.grid}x${s.population.grid} grid at density ${s.population.density}`);
  });

  for (const [name, strategy] of Object.entries(s.strategies)) {
    const apps = Array.isArray(strategy) ? strategy.map((a, i) => [a, ['strategies', name, i]] as const) : strategy.add.map((a, i) => [a, ['strategies', name, 'add', i]] as const);
    for (const [app, base] of apps) {
      const allowed = catalogue.deliverersOf(app.instrument);
      if (!allowed) {
        at([...base, 'instrument'], `unknown instrument "${app.instrument}"${didYouMean(app.instrument, catalogue.instrumentIds)} (firebreak list instruments shows them all)`);
      }
      const by = app.by === undefined ? [] : Array.isArray(app.by) ? app.by : [app.by];
      by.forEach((id, j) => {
        const path = Array.isArray(app.by) ? [...base, 'by', j] : [...base, 'by'];
        const power = s.external.find((e) => e.id === id);
        if (!power) at(path, `unknown deliverer "${id}"${didYouMean(id, externalIds)}; external powers are: ${externalIds.join(', ') || '(none declared under external)'}`);
        else if (allowed && !allowed.includes(power.kind)) at(path, `"${id}" is ${article(power.kind)} and cannot deliver ${app.instrument}; it may be delivered by: ${allowed.join(', ')}`);
      });
      checkTrigger(app.from, [...base, 'from'], groupIds, externalIds, at);
      if (app.until) checkTrigger(app.until, [...base, 'until'], groupIds, externalIds, at);
    }
    if (!Array.isArray(strategy)) strategy.drop.forEach((id, j) => !catalogue.deliverersOf(id) && at(['strategies', name, 'drop', j], `unknown instrument "${id}"${didYouMean(id, catalogue.instrumentIds)}`));
  }
}

function checkTrigger(trigger: Trigger, path: Path, groupIds: string[], externalIds: string[], at: (path: Path, message: string) => void): void {
  if (!('indicator' in trigger)) return;
  const ref = parseIndicator(trigger.indicator, groupIds, externalIds);
  if (typeof ref === 'string') at([...path, 'indicator'], ref);
  const given = Number(trigger.above !== undefined) + Number(trigger.below !== undefined);
  if (given !== 1) at(path, 'an indicator trigger needs exactly one of `above` or `below`');
}

/** Line and column of the node at `path` (or of the key `keyOf` in the map at `path` minus one). */
function position(doc: Document, lines: LineCounter, path: Path, keyOf?: string): { line?: number; column?: number } {
  let node: YamlNode | null = null;
  if (keyOf !== undefined) {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === keyOf);
      node = (pair?.key as YamlNode) ?? null;
    }
  }
  // Walk up to the deepest node that exists (a missing field points at its parent).
  for (let depth = path.length; node === null && depth >= 0; depth--) {
    const n = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (n && typeof n === 'object' && 'range' in n) node = n as YamlNode;
  }
  const offset = node?.range?.[0];
  if (offset === undefined) return {};
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function valueAt(raw: unknown, path: Path): unknown {
  let v: unknown = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** Keys allowed in the object schema at `path` (for "did you mean"). */
function allowedKeys(path: Path): string[] {
  let schema: unknown = scenarioSchema;
  for (const k of path) {
    schema = unwrap(schema);
    const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; options?: unknown[] } }).def;
    if (!def) return [];
    if (def.type === 'object' && def.shape && typeof k === 'string') schema = def.shape[k];
    else if (def.type === 'array') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else if (def.type === 'union' && def.options) schema = def.options.find((o) => (unwrap(o) as { def?: { type?: string } }).def?.type === (typeof k === 'number' ? 'array' : 'object')) ?? def.options[0];
    else return [];
  }
  schema = unwrap(schema);
  const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; options?: unknown[] } }).def;
  if (def?.type === 'object' && def.shape) return Object.keys(def.shape).filter((k) => k !== '$schema');
  if (def?.type === 'union' && def.options) return [...new Set(def.options.flatMap((o) => Object.keys((unwrap(o) as { def?: { shape?: object } }).def?.shape ?? {})))];
  return [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (s?.def && (s.def.type === 'default' || s.def.type === 'optional' || s.def.type === 'nullable')) s = s.def.innerType as typeof s;
  return s;
}

function dotted(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return String(value);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

