/**
 * Scenario text -> validated Scenario. Pure (no Node APIs): the command line reads the file,
 * the browser gets the text from an <input> or a fetch, and both call `parseScenario`.
 *
 * Every problem in the file is reported at once, in one ScenarioError, each with the file,
 * line, column and field path, and what was expected:
 *   1. YAML syntax (nothing else is checked when the YAML itself is broken);
 *   2. the schema (types, ranges, unknown fields with "did you mean", missing fields);
 *   3. what a schema cannot see: ids that must exist and be unique, shares that add up to 1,
 *      instruments and their deliverers, indicator triggers, strategies that extend others,
 *      and a size guard. These run on whatever parts of the file are readable, so a typo in
 *      one place does not hide an unknown instrument in another.
 *
 * Strategies come back flattened (`extends` resolved) and a `none: []` strategy is added when
 * the file declares none of that name (see resolve-strategies.ts).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { eliteTargets } from '../sim/actors/elite-targets.js';
import { INDICATORS, parseIndicator } from '../sim/indicators.js';
import { EXTERNAL_KINDS } from '../sim/vocabulary.js';
import { identifier } from './parameter.js';
import { resolveStrategies, type StrategyDef } from './resolve-strategies.js';
import { ScenarioError, type ScenarioProblem } from './scenario-error.js';
import {
  fileApplicationSchema,
  groupSchema,
  populationSchema,
  SHARE_SUM_TOLERANCE,
  SHOCK_KINDS,
  scenarioSchema,
  shockSchema,
  strategySchema,
  triggerSchema,
  type GroupParams,
  type Scenario,
  type ShockField,
} from './schema.js';
import { didYouMean, didYouMeanAside as maybe, suggest } from './suggest.js';

/** What the parser needs to know of the instrument catalogue (sim/instruments/catalogue.ts). */
export interface InstrumentCatalogue {
  instrumentIds: readonly string[];
  /** Kinds of outside actor that may deliver the instrument; undefined for an unknown id. */
  deliverersOf(id: string): readonly string[] | undefined;
  /** True when the instrument acts only through the elite or the armed organisations (absent: never refused for it). */
  needsElite?(id: string): boolean | undefined;
}

/** Largest run allowed: grid sites x ticks (`grid^2 x horizon`). 2e9 is minutes of one core per run. */
export const MAX_SITE_TICKS = 2e9;
/** Fewest citizens a group may start with (`grid^2 x density x share`). */
export const MIN_CITIZENS_PER_GROUP = 2;

type Path = (string | number)[];
type Mode = 'value' | 'key';

interface Found {
  path: Path;
  message: string;
  /** 'key': point at the key of the field (unknown and missing fields) rather than its value. */
  mode: Mode;
}

export function parseScenario(text: string, file: string, catalogue: InstrumentCatalogue): Scenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, merge: true });

  if (doc.errors.length > 0) {
    // Only the first: the parser's later complaints mostly follow from it.
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    const more = doc.errors.length > 1 ? ` (${doc.errors.length - 1} more YAML ${doc.errors.length === 2 ? 'error follows' : 'errors follow'}, perhaps from this one)` : '';
    throw new ScenarioError([{ file, line: pos?.line, column: pos?.col, path: '', message: yamlMessage(e.code, e.message, text, e.pos[0]) + more }]);
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // An alias without its anchor, or aliases that blow up (a "billion laughs" file).
    let at: { line?: number; column?: number } = { line: 1, column: 1 };
    visit(doc, {
      Alias(_, node) {
        if (node.resolve(doc) !== undefined || !node.range) return undefined;
        const pos = lineCounter.linePos(node.range[0]);
        at = { line: pos.line, column: pos.col };
        return visit.BREAK;
      },
    });
    throw new ScenarioError([{ file, ...at, path: '', message: `YAML error: ${(err as Error).message}` }]);
  }
  if (!isObject(raw)) {
    const got = raw === null || raw === undefined ? 'an empty file' : show(raw);
    throw new ScenarioError([{ file, line: 1, column: 1, path: '', message: `expected a scenario: a mapping with at least \`name\` and \`groups\`, got ${got}` }]);
  }

  const found: Found[] = [];
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = new Issues(raw, (path, message, mode = 'value') => found.push({ path, message, mode }));
    for (const issue of parsed.error.issues) issues.describe(issue, []);
  }
  const schemaPaths = found.map((f) => f.path);
  const crossPaths = new Set<string>();
  crossCheck(raw, catalogue, schemaPaths, (path, message, mode = 'value') => {
    // A field the schema already rejected (or one inside it), or one already reported, needs no second message.
    if (!schemaPaths.some((p) => isPrefix(p, path)) && !crossPaths.has(dotted(path))) found.push({ path, message, mode });
    crossPaths.add(dotted(path));
  });
  // Never fail without saying why (an issue of a kind not translated above).
  if (!parsed.success && found.length === 0) for (const issue of parsed.error.issues) found.push({ path: issue.path as Path, message: issue.message, mode: 'value' });

  if (found.length > 0 || !parsed.success) throw new ScenarioError(toProblems(found, doc, lineCounter, file));

  const { resolved } = resolveStrategies(parsed.data.strategies);
  return { ...parsed.data, groups: normalisedShares(parsed.data.groups), strategies: resolved, stages: yearWindow(parsed.data, raw) };
}

/**
 * The atrocity window a file leaves out is a year in the scenario's ticks (MODEL.md section 5:
 * 1,000 deaths within 12 months): 52 in a weekly scenario, where the schema's 12 would judge a
 * weekly and a monthly version of one society by different thresholds.
 */
function yearWindow(data: Pick<Scenario, 'tick' | 'stages'>, raw: Record<string, unknown>): Scenario['stages'] {
  const given = isObject(raw.stages) && raw.stages['atrocity-window'] !== undefined;
  return given || data.tick !== 'week' ? data.stages : { ...data.stages, 'atrocity-window': 52 };
}

/**
 * Shares divided by their sum, so that every reader of `share` (the placement of citizens, the
 * elite's minority rule) sees the same proportions. Shares that already add up to 1, to
 * rounding, are left as written: their runs stay byte-identical to what they were.
 */
function normalisedShares(groups: GroupParams[]): GroupParams[] {
  const total = groups.reduce((sum, g) => sum + g.share, 0);
  return Math.abs(total - 1) < 1e-9 ? groups : groups.map((g) => ({ ...g, share: g.share / total }));
}

// ---------------------------------------------------------------------------------------------
// Schema issues -> plain English

type Issue = z.core.$ZodIssue;

const IDENTIFIER_TEXT = 'an identifier (lower-case letters, digits and hyphens, starting with a letter)';
const TRIGGER_TEXT = 'a trigger: { tick: N }, { stage: NAME } or { indicator: NAME, above: X } (or below: X)';
const STRATEGY_TEXT = 'a list of instrument applications, or { extends: STRATEGY, add: [...], drop: [...] }';
const TRIGGER_KEYS = ['tick', 'stage', 'indicator'];

class Issues {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly report: (path: Path, message: string, mode?: Mode) => void,
  ) {}

  describe(issue: Issue, base: Path): void {
    const path = [...base, ...(issue.path as Path)];
    const value = valueAt(this.raw, path);
    const expected = () => describeSchema(schemaAt(path, this.raw));
    if (value === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_key' && issue.code !== 'custom') return this.missing(path);
    if (value === null && issue.code === 'invalid_type') return this.empty(path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeys(path, this.raw);
        for (const key of issue.keys) {
          const hint = suggest(key, allowed);
          const message = hint !== undefined ? `unknown field "${key}"; did you mean "${hint}"?` : `unknown field "${key}"${allowed.length ? `; fields allowed here: ${allowed.join(', ')}` : ''}`;
          this.report([...path, key], message, 'key');
        }
        return;
      }
      case 'invalid_type':
        this.report(path, `expected ${expected()}, got ${show(value)}`);
        return;
      case 'too_small':
      case 'too_big':
        if (issue.origin === 'array' || issue.origin === 'set') this.report(path, `expected ${expected()}, got ${Array.isArray(value) ? count(value.length) : show(value)}`);
        else this.report(path, `expected ${expected()}, got ${show(value)}`);
        return;
      case 'invalid_value':
        this.report(path, `expected ${expected()}, got ${show(value)}${typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : ''}`);
        return;
      case 'invalid_format': {
        const hint = typeof value === 'string' && issue.format === 'regex' ? slugHint(value) : '';
        this.report(path, `expected ${expected()}, got ${show(value)}${hint}`);
        return;
      }
      case 'invalid_key': {
        const reserved = issue.issues.find((i) => i.code === 'custom');
        this.report(path, reserved ? reserved.message : invalidName(String(path[path.length - 1])), 'key');
        return;
      }
      case 'invalid_union':
        this.union(issue, path, value);
        return;
      default:
        this.report(path, issue.message);
    }
  }

  private missing(path: Path): void {
    const field = String(path[path.length - 1]);
    // The cross-checks say which of the scenario's outside powers may deliver the instrument.
    if (field === 'by' && schemaAt(path.slice(0, -1), this.raw) === (fileApplicationSchema as unknown)) return;
    this.report(path, `missing required field "${field}": expected ${describeSchema(schemaAt(path, this.raw))}`, 'key');
  }

  /**
   * A key with nothing after it (`external:`). For a list or mapping that may be left out, say
   * how to write "none" rather than accept the blank: a blank is as often a value forgotten
   * or items commented out by mistake, and editors checking against scenario.schema.json flag it too.
   */
  private empty(path: Path): void {
    const field = String(path[path.length - 1]);
    const schema = schemaAt(path, this.raw);
    const type = schema?.def.type;
    const optional = ['default', 'optional'].includes(rawSchemaAt(path, this.raw)?.def.type ?? '');
    if (optional && (type === 'array' || type === 'record' || type === 'object')) {
      const none = type === 'array' ? '[]' : '{}';
      this.report(path, `\`${field}:\` is empty: write \`${field}: ${none}\` for none, or remove the line`, 'key');
    } else this.report(path, `expected ${describeSchema(schema)}, got an empty value`);
  }

  /** A value that matched no form of a union: find the form meant and say what is wrong with it. */
  private union(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path, value: unknown): void {
    const schema = schemaAt(path, this.raw);
    if (schema === (triggerSchema as unknown) && isObject(value)) {
      const kinds = TRIGGER_KEYS.filter((k) => Object.hasOwn(value, k));
      if (kinds.length === 1) return this.branch(issue.errors[triggerSchema.options.findIndex((o) => Object.hasOwn(o.shape, kinds[0]))], path);
      if (kinds.length > 1) return this.report(path, `a trigger takes one of tick, stage or indicator, got ${kinds.join(' and ')} together`);
      return this.report(path, `expected ${TRIGGER_TEXT}, got a mapping with ${Object.keys(value).map((k) => `"${k}"`).join(', ') || 'no fields'}`);
    }
    // The form meant is the one whose type matches and with the fewest complaints.
    let best: Issue[] | undefined;
    let bestScore = Infinity;
    for (const errors of issue.errors ?? []) {
      if (errors.some((e) => e.path.length === 0 && e.code === 'invalid_type')) continue;
      const score = errors.reduce((s, e) => s + (e.code === 'unrecognized_keys' ? e.keys.length : 1), 0);
      if (score < bestScore) {
        best = errors;
        bestScore = score;
      }
    }
    if (best && (isObject(value) || Array.isArray(value))) return this.branch(best, path);
    this.report(path, `expected ${describeSchema(schema)}, got ${show(value)}`);
  }

  private branch(errors: readonly Issue[] | undefined, path: Path): void {
    for (const e of errors ?? []) this.describe(e, path);
  }
}

/** The schema at `path`, following the value to choose among the forms of a union. */
function schemaAt(path: Path, raw: unknown): Schema | undefined {
  return unwrap(rawSchemaAt(path, raw));
}

/** The same, with its default and optional wrappers. */
function rawSchemaAt(path: Path, raw: unknown): Schema | undefined {
  let schema: Schema | undefined = scenarioSchema as unknown as Schema;
  let value: unknown = raw;
  for (const key of path) {
    const s = pick(unwrap(schema), value);
    const def = s?.def;
    if (!def) return undefined;
    if (def.type === 'object' && typeof key === 'string') schema = def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    else if (def.type === 'array' && typeof key === 'number') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return undefined;
    value = valueAt(value, [key]);
  }
  return schema;
}

/** Field names allowed in the mapping at `path` (for "did you mean"). */
function allowedKeys(path: Path, raw: unknown): string[] {
  const s = pick(schemaAt(path, raw), valueAt(raw, path));
  if (s?.def.type === 'object' && s.def.shape) return Object.keys(s.def.shape).filter((k) => k !== '$schema');
  return [];
}

/** A plain-English description of what a schema accepts. */
function describeSchema(schema: Schema | undefined): string {
  const s = unwrap(schema);
  if (!s) return 'a valid value';
  if (s === (triggerSchema as unknown)) return TRIGGER_TEXT;
  if (s === (strategySchema as unknown)) return STRATEGY_TEXT;
  const def = s.def;
  switch (def.type) {
    case 'number': {
      const what = s.isInt ? 'a whole number' : 'a number';
      const min = Math.abs(s.minValue ?? -Infinity) >= Number.MAX_SAFE_INTEGER ? undefined : s.minValue;
      const max = Math.abs(s.maxValue ?? Infinity) >= Number.MAX_SAFE_INTEGER ? undefined : s.maxValue;
      if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
      if (min !== undefined) return `${what} of at least ${min}`;
      if (max !== undefined) return `${what} of at most ${max}`;
      return what;
    }
    case 'string': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      if (checks.some((c) => c.format === 'regex' && c.pattern?.source === IDENTIFIER_PATTERN)) return IDENTIFIER_TEXT;
      return checks.some((c) => c.check === 'min_length' && (c.minimum ?? 0) > 0) ? 'a non-empty text' : 'a text';
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${listOr(Object.values(def.entries ?? {}).map(String))}`;
    case 'literal':
      return listOr((def.values ?? []).map((v) => JSON.stringify(v)));
    case 'array': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      const of = (n: number) => (n === 1 ? '1 item' : `${n} items`);
      if (min !== undefined && max !== undefined) return `a list of ${min} to ${of(max)}`;
      if (min !== undefined) return `a list of at least ${of(min)}`;
      if (max !== undefined) return `a list of at most ${of(max)}`;
      return 'a list';
    }
    case 'object':
    case 'record':
      return 'a mapping (field: value)';
    case 'union':
      return listOr((def.options ?? []).map(describeSchema));
    default:
      return `a valid ${def.type}`;
  }
}

const IDENTIFIER_PATTERN = (identifier as unknown as Schema).def.checks?.map((c) => c._zod.def.pattern?.source).find((p) => p !== undefined) ?? '';

function invalidName(name: string): string {
  return `"${name}" is not a valid name here: expected ${IDENTIFIER_TEXT}${slugHint(name)}`;
}

/** `; did you mean "majority"?` for "Majority" or "ethnic group". */
function slugHint(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug !== text && new RegExp(IDENTIFIER_PATTERN).test(slug) ? `; did you mean "${slug}"?` : '';
}

// ---------------------------------------------------------------------------------------------
// Cross-checks: what the schema cannot see

type Report = (path: Path, message: string, mode?: Mode) => void;

interface Ids {
  ids: string[];
  /** Every entry has an id: "not among ids" really means unknown. */
  complete: boolean;
}

/** `schemaPaths`: the fields the schema already refused. */
function crossCheck(raw: Record<string, unknown>, catalogue: InstrumentCatalogue, schemaPaths: readonly Path[], report: Report): void {
  const groupList = Array.isArray(raw.groups) ? raw.groups : undefined;
  const externalList = raw.external === undefined ? [] : Array.isArray(raw.external) ? raw.external : undefined;
  const groups = idsOf(groupList);
  const externals = idsOf(externalList);

  duplicates(groupList, 'groups', 'group', report);
  duplicates(externalList, 'external', 'external power', report);

  const refGroup = (path: Path, id: unknown, mode: Mode = 'value') => {
    if (typeof id !== 'string' || !groups.complete || groups.ids.includes(id)) return;
    report(path, `unknown group "${id}"${maybe(id, groups.ids)}; groups are: ${groups.ids.join(', ')}`, mode);
  };
  const refExternal = (path: Path, id: unknown, what: string) => {
    if (typeof id !== 'string' || !externals.complete || externals.ids.includes(id)) return;
    report(path, `unknown ${what} "${id}"${maybe(id, externals.ids)}; external powers are: ${externals.ids.join(', ') || '(none: declare them under `external`)'}`);
  };

  // Groups: shares add up to 1. A group with an unknown field (perhaps a misspelt `share`)
  // would count at its default share, and the sum would only add a wrong second message.
  const shares = (groupList ?? []).map((g) => groupSchema.shape.share.safeParse(isObject(g) ? g.share : undefined));
  const total = shares.reduce((s, r) => s + (r.success ? r.data : 0), 0);
  const shareUnsure = (i: number) => schemaPaths.some((p) => isPrefix(['groups', i], p) && (p.length === 2 || !Object.hasOwn(groupSchema.shape, String(p[2]))));
  const sharesKnown = groupList !== undefined && groupList.length > 0 && shares.every((r) => r.success) && !groupList.some((_, i) => shareUnsure(i));
  if (sharesKnown && Math.abs(total - 1) > SHARE_SUM_TOLERANCE) {
    const terms = (groupList as unknown[]).map((g, i) => `${isObject(g) && typeof g.id === 'string' ? g.id : `groups[${i}]`} ${shares[i].data}`);
    report(['groups'], `group shares must add up to 1 (within ${SHARE_SUM_TOLERANCE}), they add up to ${round(total)} (${terms.join(' + ')})`, 'key');
  }

  // With the macro layer off there is no elite and no armed organisation: what only acts through
  // them would be accepted, paid for and do nothing (a coup would even count and set a stance).
  const eliteOff = isObject(raw.elite) && raw.elite.enabled === false;
  if (eliteOff) {
    const off = (what: string) => `${what} with the elite switched off (elite.enabled: false, Epstein's classic models: no elite and no armed organisations)`;
    for (const key of Object.keys(raw.elite as object)) if (key !== 'enabled') report(['elite', key], `${off(`elite.${key} does nothing`)}; leave it out, or switch the elite on`, 'key');
    if (raw.rebels !== undefined) report(['rebels'], `${off('rebels does nothing')}: armed organisations form only under an elite; leave it out, or switch the elite on`, 'key');
    (Array.isArray(raw.shocks) ? raw.shocks : []).forEach((sh, i) => {
      if (isObject(sh) && (sh.kind === 'coup' || sh.kind === 'patron-entry')) report(['shocks', i, 'kind'], `${off(`a ${sh.kind} shock does nothing`)}; leave it out, or switch the elite on`);
    });
    (externalList ?? []).forEach((e, i) => {
      if (isObject(e) && e.kind === 'patron') report(['external', i, 'kind'], `${off('a patron backs nobody')}; leave it out, or switch the elite on`);
    });
  }

  // The elite, outside powers and shocks name groups and powers that exist.
  if (isObject(raw.elite)) {
    const elite = raw.elite;
    refGroup(['elite', 'represents'], elite.represents);
    if (isObject(elite.discrimination)) {
      for (const id of Object.keys(elite.discrimination)) {
        refGroup(['elite', 'discrimination', id], id, 'key');
        if (id === elite.represents) report(['elite', 'discrimination', id], `the elite represents "${id}": it does not discriminate against its own group (the engine would ignore it for that group but count it in the stage and the hazard); leave "${id}" out`, 'key');
      }
    }
    // The engine's own rule for the elite's targets, on the groups readable (a group not readable
    // may be another than the elite's own).
    const discrimination = isObject(elite.discrimination) ? Object.fromEntries(Object.entries(elite.discrimination).filter(([, d]) => typeof d === 'number')) as Record<string, number> : {};
    const represents = typeof elite.represents === 'string' ? elite.represents : undefined;
    const target = eliteTargets(groups.ids, represents, discrimination).some(Boolean) || (!groups.complete && represents !== undefined);
    if ((elite.stance === 'incite' || elite.stance === 'eliminate') && elite.enabled !== false && !target) {
      report(['elite', 'stance'], `an elite with no group to target (${typeof elite.represents === 'string' ? 'no other group' : 'no group of its own'} and none discriminated against) cannot ${elite.stance === 'incite' ? 'incite against' : 'order the killing of'} anyone: it stops at repression (docs/model.md, Stages); give elite.represents or elite.discrimination, or start at repress`);
    }
  }
  (externalList ?? []).forEach((e, i) => {
    if (!isObject(e)) return;
    refGroup(['external', i, 'backs'], e.backs);
    if (e.kind === 'patron' && isObject(raw.elite) && typeof e.backs === 'string' && e.backs === raw.elite.represents && raw.elite.enabled !== false) {
      report(['external', i, 'backs'], `"${e.backs}" is the elite's own group: armed organisations form only in the other groups, so its patron would back nobody; give another group`);
    }
    if (e.kind === 'patron' && e.reactive === true) report(['external', i, 'reactive'], 'a patron has no reactive policy: patrons deliver no instrument (they back armed groups; a patron-entry shock brings one in); leave reactive out');
  });

  // Size: not too large to run, not too small to hold every group, room for every agent.
  const population = isObject(raw.population) ? raw.population : {};
  const horizon = scenarioSchema.shape.horizon.safeParse(raw.horizon);
  const grid = populationSchema.shape.grid.safeParse(population.grid);
  const density = populationSchema.shape.density.safeParse(population.density);
  const copDensity = populationSchema.shape['cop-density'].safeParse(population['cop-density']);
  if (horizon.success && grid.success && horizon.data * grid.data ** 2 > MAX_SITE_TICKS) {
    const size = horizon.data * grid.data ** 2;
    report(
      raw.horizon !== undefined ? ['horizon'] : ['population', 'grid'],
      `too large to run: a ${grid.data} x ${grid.data} grid over ${horizon.data} ticks is ${thousands(size)} site-ticks (grid^2 x horizon), more than the limit of ${thousands(MAX_SITE_TICKS)}; shrink population.grid or horizon`,
    );
  }
  const room = grid.success && density.success ? roomOf(grid.data, density.data) : null;
  if (room !== null && grid.success && density.success && groupList && sharesKnown && total > 0) {
    const { citizens } = room;
    groupList.forEach((g, i) => {
      const n = ((shares[i].data ?? 0) / total) * citizens;
      if (n < MIN_CITIZENS_PER_GROUP) {
        const name = isObject(g) && typeof g.id === 'string' ? `group "${g.id}"` : `groups[${i}]`;
        report(isObject(g) && g.share !== undefined ? ['groups', i, 'share'] : ['groups', i], `${name} would start with ${n > 0 && n < 0.5 ? 'less than one citizen' : `about ${Math.round(n)} citizen${Math.round(n) === 1 ? '' : 's'}`} (grid ${grid.data} x ${grid.data} at density ${density.data}, share ${shares[i].data}); each group needs at least ${MIN_CITIZENS_PER_GROUP}: raise population.grid, population.density or the share`);
      }
    });
  }
  // The engine drops the agents that find no free site. Peacekeepers are not counted: how many
  // an instrument sends depends on the run, and the engine deploys what fits.
  const startingCops = room !== null && copDensity.success ? noRoomFor(room, Math.round(room.sites * copDensity.data)) : null;
  if (startingCops !== null) {
    report(
      population['cop-density'] !== undefined ? ['population', 'cop-density'] : ['population', 'density'],
      `population.density ${density.data} and population.cop-density ${copDensity.data} do not fit on the grid: ${startingCops}; lower one of them`,
    );
  }

  if (Array.isArray(raw.shocks)) {
    const context: ShockContext = { externalList: externalList ?? [], horizon: horizon.success ? horizon.data : undefined, report, entries: new Map() };
    // Levels set at one tick: legitimacy (per group) and cops. A second setting of the same level
    // at the same tick would silently replace the first (sim/shocks.ts applies them in order).
    const levelsSet: { kind: string; at: number; groups: string[] | null; index: number }[] = [];
    raw.shocks.forEach((sh, i) => {
      if (!isObject(sh)) return;
      if ((sh.kind === 'legitimacy' || sh.kind === 'cops') && typeof sh.at === 'number') {
        const groups = sh.kind === 'legitimacy' && Array.isArray(sh.groups) ? sh.groups.map(String) : null;
        const clash = levelsSet.find((o) => o.kind === sh.kind && o.at === sh.at && (o.groups === null || groups === null || o.groups.some((g) => groups.includes(g))));
        if (clash) {
          const whose = sh.kind === 'legitimacy' ? (groups ?? clash.groups)?.filter((g) => clash.groups === null || clash.groups.includes(g)) : null;
          report(['shocks', i, 'at'], `shocks[${clash.index}] already sets ${sh.kind}${whose ? ` of ${whose.join(', ')}` : ''} at tick ${sh.at}; two settings of one level at one tick would leave only the later: keep one, or move one to another tick`);
        } else levelsSet.push({ kind: sh.kind, at: sh.at, groups, index: i });
      }
      checkShock(sh, ['shocks', i], context);
      if (room !== null && sh.kind === 'cops') checkCopsShock(sh, ['shocks', i], room, report);
      refExternal(['shocks', i, 'by'], sh.by, 'external power');
      if (Array.isArray(sh.groups)) sh.groups.forEach((g, j) => refGroup(['shocks', i, 'groups', j], g));
    });
  }

  // Strategies: names, instruments, deliverers, triggers, extends.
  if (isObject(raw.strategies)) {
    const context: AppContext = { catalogue, groups, externals, externalList: externalList ?? [], report, refExternal, horizon: horizon.success ? horizon.data : undefined, eliteOff };
    for (const [name, strategy] of Object.entries(raw.strategies)) {
      checkStrategyName(name, report);
      if (Array.isArray(strategy)) strategy.forEach((app, i) => checkApplication(app, ['strategies', name, i], context));
      else if (isObject(strategy)) {
        if (Array.isArray(strategy.add)) strategy.add.forEach((app, i) => checkApplication(app, ['strategies', name, 'add', i], context));
        if (Array.isArray(strategy.drop)) strategy.drop.forEach((id, j) => typeof id === 'string' && checkInstrument(id, ['strategies', name, 'drop', j], catalogue, report));
      }
    }
    for (const p of resolveStrategies(strategyOutlines(raw.strategies)).problems) report(p.path, p.message);
  }
}

/** The grid's sites and the citizens on them, as the engine places them (sim/population/placement.ts). */
interface Room {
  side: number;
  sites: number;
  citizens: number;
}

function roomOf(side: number, density: number): Room {
  const sites = side ** 2;
  return { side, sites, citizens: Math.min(Math.round(sites * density), sites) };
}

/** Why `cops` security agents would not fit beside the citizens (the engine drops those that find no site), or null. */
function noRoomFor(room: Room, cops: number): string | null {
  if (room.citizens + cops <= room.sites) return null;
  return `${thousands(room.citizens)} citizens and ${thousands(cops)} security agents need a site each, and a ${room.side} x ${room.side} grid has ${thousands(room.sites)}, so ${agents(room.citizens + cops - room.sites)} would be dropped`;
}

/** A cops shock's level (a jump, or the end of a rise) must fit as the starting density must. */
function checkCopsShock(sh: Record<string, unknown>, path: Path, room: Room, report: Report): void {
  const field = typeof sh.value === 'number' ? 'value' : typeof sh.until === 'number' && typeof sh['per-tick'] === 'number' && sh['per-tick'] > 0 ? 'until' : null;
  if (field === null) return;
  const level = sh[field] as number;
  const problem = level <= 1 ? noRoomFor(room, Math.round(room.sites * level)) : null;
  if (problem !== null) report([...path, field], `cops at ${level} do not fit on the grid beside the citizens: ${problem}; give at most ${round((room.sites - room.citizens) / room.sites)}`);
}

/** What `--strategies all` means on the command line (cli/batch-options.ts). */
export const ALL_STRATEGIES = 'all';

function checkStrategyName(name: string, report: Report): void {
  if (name === ALL_STRATEGIES) {
    report(['strategies', name], `a strategy cannot be named "${ALL_STRATEGIES}": \`--strategies ${ALL_STRATEGIES}\` means every strategy of the scenario, so this one could never be chosen on its own; rename it`, 'key');
  } else if (!identifier.safeParse(name).success) {
    // The schema reports bad names, except `__proto__`, which zod's records skip without a word.
    report(['strategies', name], invalidName(name), 'key');
  }
}

interface ShockContext {
  externalList: readonly unknown[];
  /** The run's last tick, when the horizon is readable. */
  horizon: number | undefined;
  report: Report;
  /** Patron id -> index of the first shock that brings it in. */
  entries: Map<string, number>;
}

/** A shock's fields against what its kind reads (SHOCK_KINDS), and its tick against the horizon. */
function checkShock(sh: Record<string, unknown>, path: Path, c: ShockContext): void {
  const { report } = c;
  if (typeof sh.at === 'number' && c.horizon !== undefined && sh.at > c.horizon) {
    report([...path, 'at'], `a shock at tick ${sh.at} never happens: the run ends at tick ${c.horizon} (horizon), so shocks happen at ticks 1 to ${c.horizon}`);
  }
  if (typeof sh.kind !== 'string' || !Object.hasOwn(SHOCK_KINDS, sh.kind)) return;
  const kind = sh.kind as keyof typeof SHOCK_KINDS;
  const spec = SHOCK_KINDS[kind];

  for (const field of Object.keys(sh)) {
    if (field === 'at' || field === 'kind' || !Object.hasOwn(shockSchema.shape, field) || spec.fields.includes(field as ShockField)) continue;
    report([...path, field], `"${field}" does nothing in a ${kind} shock, which reads only ${spec.fields.join(', ')}`, 'key');
  }

  const level = spec.level;
  if (level) {
    const range = `${level.min} to ${level.max}`;
    const perTick = sh['per-tick'];
    const trend = spec.fields.includes('per-tick') && perTick !== undefined;
    const inRange = (field: 'value' | 'until', what: string) => {
      const v = sh[field];
      if (typeof v === 'number' && (v < level.min || v > level.max)) report([...path, field], `${what} is ${level.what}: expected a number from ${range}, got ${v}`);
    };
    inRange('value', `a ${kind} shock's value`);
    if (level.required && sh.value === undefined && !trend) {
      report([...path, 'value'], `missing: a ${kind} shock needs \`value\` (${level.what}, ${range}) for a jump, or \`per-tick\` for a trend`, 'key');
    }
    if (trend && sh.value !== undefined) report([...path, 'value'], 'give `value` for a jump or `per-tick` for a trend, not both');
    if (spec.fields.includes('until')) {
      if (sh.until !== undefined && !trend) report([...path, 'until'], '`until` ends a trend: give `per-tick` as well, or leave `until` out');
      inRange('until', `a ${kind} trend's until`);
    }
    if (trend && typeof perTick === 'number') {
      const most = level.max - level.min;
      if (perTick === 0) report([...path, 'per-tick'], 'a trend of 0 a tick never moves: give a rise (above 0) or a fall (below 0)');
      else if (Math.abs(perTick) > most) report([...path, 'per-tick'], `expected a number from -${most} to ${most} (a change of ${level.what} per tick), got ${perTick}`);
      // sim/shocks.ts: a rise without `until` stops only at 1.
      else if (perTick > 0 && sh.until === undefined && level.max < 1) report([...path, 'until'], `missing: a rising ${kind} trend needs \`until\` (at most ${level.max}), or it would climb to 1`, 'key');
    }
  }

  if (kind === 'patron-entry') {
    const patrons = c.externalList.filter((e) => isObject(e) && e.kind === 'patron' && e.backs !== undefined).map((e) => String((e as { id: unknown }).id));
    const here = patrons.length ? `patrons here: ${patrons.join(', ')}` : 'the scenario has no outside power of kind patron that backs a group: declare one under `external`';
    if (sh.by === undefined) {
      report([...path, 'by'], `missing required field "by": the patron that enters; ${here}`, 'key');
      return;
    }
    const power = c.externalList.find((e) => isObject(e) && e.id === sh.by);
    if (!isObject(power) || typeof sh.by !== 'string') return;
    if (typeof power.kind !== 'string') return; // its missing or unknown kind is reported under external
    if (power.kind !== 'patron') report([...path, 'by'], `"${sh.by}" is of kind ${power.kind}, not patron: only a patron enters; ${here}`);
    else if (power.backs === undefined) report([...path, 'by'], `patron "${sh.by}" backs no group, so its entry would change nothing: give it \`backs: GROUP\` under \`external\``);
    else if (c.entries.has(sh.by)) report([...path, 'by'], `patron "${sh.by}" already enters at shocks[${c.entries.get(sh.by)}]; a second entry changes nothing`);
    else c.entries.set(sh.by, Number(path[path.length - 1]));
  }
}

interface AppContext {
  catalogue: InstrumentCatalogue;
  groups: Ids;
  externals: Ids;
  externalList: readonly unknown[];
  report: Report;
  refExternal: (path: Path, id: unknown, what: string) => void;
  /** The run's last tick, when the horizon is readable. */
  horizon: number | undefined;
  /** elite.enabled is false: no elite and no armed organisations. */
  eliteOff: boolean;
}

function checkApplication(app: unknown, path: Path, c: AppContext): void {
  if (!isObject(app)) return;
  const instrument = typeof app.instrument === 'string' ? app.instrument : undefined;
  const known = instrument !== undefined && checkInstrument(instrument, [...path, 'instrument'], c.catalogue, c.report);
  if (known && c.eliteOff && c.catalogue.needsElite?.(instrument) === true) {
    c.report([...path, 'instrument'], `${instrument} acts only on the elite or the armed organisations, and the elite is switched off (elite.enabled: false, Epstein's classic models): it would be paid for and act on nothing; instruments for the grid and the population (peacekeeping, aid, track-two-dialogue...) act here`);
  }

  if (app.by === undefined) c.report([...path, 'by'], missingDeliverer(known ? instrument : undefined, c), 'key');
  const by: [unknown, Path][] = typeof app.by === 'string' ? [[app.by, [...path, 'by']]] : Array.isArray(app.by) ? app.by.map((id, j): [unknown, Path] => [id, [...path, 'by', j]]) : [];
  const seen = new Set<unknown>();
  for (const [id, at] of by) {
    if (seen.has(id)) c.report(at, `"${String(id)}" is listed twice among the deliverers`);
    seen.add(id);
    c.refExternal(at, id, 'deliverer');
    const power = c.externalList.find((e) => isObject(e) && e.id === id);
    const kind = isObject(power) ? power.kind : undefined;
    if (!known || typeof kind !== 'string' || !(EXTERNAL_KINDS as readonly string[]).includes(kind)) continue;
    const allowed = c.catalogue.deliverersOf(instrument) ?? [];
    if (!allowed.includes(kind)) {
      const able = c.externalList.filter((e) => isObject(e) && typeof e.kind === 'string' && allowed.includes(e.kind)).map((e) => (e as { id: unknown }).id);
      // The kind is named as a kind: an id may be spelt like a kind ("neighbour" of kind patron).
      const why = kind === 'patron' ? ': patrons deliver no instrument (they back armed groups)' : '';
      c.report(at, `"${String(id)}" (kind: ${kind}) cannot deliver ${instrument}${why}; kinds that may deliver it: ${allowed.join(', ') || '(none)'}${able.length ? ` (in this scenario: ${able.join(', ')})` : ''}`);
    }
  }

  for (const when of ['from', 'until'] as const) {
    const t = app[when];
    if (!isObject(t) || typeof t.indicator !== 'string' || Object.hasOwn(t, 'tick') || Object.hasOwn(t, 'stage')) continue;
    if (c.groups.complete && c.externals.complete) {
      const ref = parseIndicator(t.indicator, c.groups.ids, c.externals.ids);
      if (typeof ref === 'string') {
        const base = t.indicator.split(':')[0];
        const hint = ref.startsWith('unknown indicator') ? maybe(base, INDICATOR_NAMES) : '';
        c.report([...path, when, 'indicator'], hint ? ref.replace(/;/, `${hint};`) : ref);
      }
    }
    const given = ['above', 'below'].filter((k) => t[k] !== undefined);
    const misspelt = Object.keys(t).some((k) => !['indicator', 'above', 'below'].includes(k)); // reported by the schema
    if (given.length === 0 && !misspelt) c.report([...path, when], 'an indicator trigger needs a threshold: give `above: X` or `below: X` (or both, for a band)');
    // Both: a band, which holds while the indicator is above the one and below the other.
    if (given.length === 2 && typeof t.above === 'number' && typeof t.below === 'number' && t.above >= t.below) {
      c.report([...path, when], `an indicator is never above ${t.above} and below ${t.below} at once: the trigger would never hold; for a band give above < below, or give one threshold`);
    }
    // A threshold the indicator can never pass: the trigger would never hold.
    const def = INDICATORS.find((d) => d.name === String(t.indicator).split(':')[0]);
    if (def !== undefined && typeof t.above === 'number' && t.above >= def.max) {
      c.report([...path, when, 'above'], `${def.name} (${def.unit}) is never above ${t.above}: the trigger would never hold; give a threshold under ${def.max}`);
    }
    if (def !== undefined && typeof t.below === 'number' && t.below <= def.min) {
      c.report([...path, when, 'below'], `${def.name} (${def.unit}) is never below ${t.below}: the trigger would never hold; give a threshold over ${def.min}`);
    }
    // And one it always passes: the trigger would hold from the first tick, whatever happens.
    if (def !== undefined && typeof t.above === 'number' && t.above < def.min) {
      c.report([...path, when, 'above'], `${def.name} (${def.unit}) is always above ${t.above}: the trigger would hold from the first tick; give a threshold of ${def.min} or more${when === 'from' ? ', or start at a tick: { tick: 0 }' : ''}`);
    }
    if (def !== undefined && typeof t.below === 'number' && t.below > def.max) {
      c.report([...path, when, 'below'], `${def.name} (${def.unit}) is always below ${t.below}: the trigger would hold from the first tick; give a threshold of ${def.max} or less${when === 'from' ? ', or start at a tick: { tick: 0 }' : ''}`);
    }
  }
  checkWhen(app, path, c);
}

/**
 * A start that never comes and an end that comes with the start: the application would never
 * act (it would start and end in one tick, at no cost, and the report would say its trigger
 * never held).
 */
function checkWhen(app: Record<string, unknown>, path: Path, c: AppContext): void {
  const { from, until } = app;
  const tickOf = (t: unknown) => (isObject(t) && typeof t.tick === 'number' && Object.keys(t).length === 1 ? t.tick : undefined);
  // No `from` is the schema's default, tick 0: judged here as the engine will run it.
  const start = from === undefined ? 0 : tickOf(from);
  const delay = typeof app.delay === 'number' ? app.delay : 0;
  if (start !== undefined && c.horizon !== undefined && start + delay > c.horizon) {
    const at: Path = from !== undefined ? [...path, 'from', 'tick'] : [...path, 'delay'];
    c.report(at, `an application from tick ${start}${from === undefined ? ' (no from: the first tick)' : ''}${delay ? ` with a delay of ${delay}` : ''} never starts: the run ends at tick ${c.horizon} (horizon)`);
  }
  const end = tickOf(until);
  if (start !== undefined && end !== undefined && end <= start + delay) {
    c.report([...path, 'until', 'tick'], `until tick ${end} comes no later than the start (tick ${start + delay}${delay ? `: from tick ${start} and a delay of ${delay}` : ''}): the application would end as it starts; give a later tick, or leave until out`);
  }
  if (isObject(from) && isObject(until) && end === undefined && JSON.stringify(from) === JSON.stringify(until)) {
    c.report([...path, 'until'], 'until is the same trigger as from: it holds when the application starts, which would end it at once; give another condition, or leave until out');
  } else if (isObject(from) && isObject(until) && delay === 0 && impliedBy(until, from)) {
    c.report([...path, 'until'], `until holds whenever from does (${until.indicator} ${thresholds(until)} whenever it is ${thresholds(from)}): the application would end as it starts; give an until that from does not already meet, or leave until out`);
  }
}

/**
 * Whether an indicator trigger `until` must hold whenever `from` does: the same indicator, and
 * from's range (above a, below b) inside until's.
 */
function impliedBy(until: Record<string, unknown>, from: Record<string, unknown>): boolean {
  if (typeof from.indicator !== 'string' || from.indicator !== until.indicator) return false;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const [fa, fb, ua, ub] = [num(from.above), num(from.below), num(until.above), num(until.below)];
  if (fa === undefined && fb === undefined) return false;
  if (ua === undefined && ub === undefined) return false;
  const lowInside = ua === undefined || (fa !== undefined && fa >= ua);
  const highInside = ub === undefined || (fb !== undefined && fb <= ub);
  return lowInside && highInside;
}

/** A trigger's thresholds in words: "above 0.1", "above 0.1 and below 0.3". */
function thresholds(t: Record<string, unknown>): string {
  return [t.above !== undefined ? `above ${t.above}` : '', t.below !== undefined ? `below ${t.below}` : ''].filter(Boolean).join(' and ');
}

/** Every application names its deliverer (MODEL.md section 4): say which of the scenario's powers may. */
function missingDeliverer(instrument: string | undefined, c: AppContext): string {
  const powers = c.externalList.filter(isObject).filter((e) => typeof e.id === 'string' && typeof e.kind === 'string') as { id: string; kind: string }[];
  const head = `missing required field "by": the outside power that delivers ${instrument ?? 'the instrument'}`;
  if (c.externalList.length === 0) return `${head}, but the scenario has no outside powers: declare one under \`external\``;
  if (instrument === undefined) return `${head}; outside powers here: ${powers.map((p) => p.id).join(', ')}`;
  const kinds = c.catalogue.deliverersOf(instrument) ?? [];
  const able = powers.filter((p) => kinds.includes(p.kind)).map((p) => p.id);
  if (able.length > 0) return `${head}; here that may be ${listOr(able)} (an id, or a list of ids for a coalition)`;
  return `${head}, but none of the scenario's outside powers (${powers.map((p) => `${p.id}: ${p.kind}`).join(', ')}) may deliver it; kinds that may: ${kinds.join(', ')}`;
}

const INDICATOR_NAMES = INDICATORS.map((d) => d.name);

/** Reports an unknown instrument; true when the id is in the catalogue. */
function checkInstrument(id: string, path: Path, catalogue: InstrumentCatalogue, report: Report): boolean {
  if (catalogue.instrumentIds.includes(id)) return true;
  const hint = suggest(id, catalogue.instrumentIds);
  report(path, hint !== undefined ? `unknown instrument "${id}"; did you mean "${hint}"?` : `unknown instrument "${id}"; instruments are: ${catalogue.instrumentIds.join(', ')}`);
  return false;
}

/** Strategies reduced to what resolving `extends` needs, from whatever of them is readable. */
function strategyOutlines(strategies: Record<string, unknown>): Record<string, StrategyDef<{ instrument: string }>> {
  // An instrument that is not a name (missing, a number: reported on its own) is '' here.
  const apps = (list: unknown) => (Array.isArray(list) ? list : []).filter(isObject).map((a) => ({ instrument: typeof a.instrument === 'string' ? a.instrument : '' }));
  // fromEntries defines own properties: a strategy named `__proto__` stays a name, not a prototype.
  return Object.fromEntries(
    Object.entries(strategies).map(([name, s]): [string, StrategyDef<{ instrument: string }>] =>
      isObject(s) && typeof s.extends === 'string' ? [name, { extends: s.extends, add: apps(s.add), drop: Array.isArray(s.drop) ? s.drop.map(String) : [] }] : [name, apps(s)],
    ),
  );
}

function idsOf(list: readonly unknown[] | undefined): Ids {
  if (!list) return { ids: [], complete: false };
  const ids = list.filter(isObject).map((x) => x.id).filter((id): id is string => typeof id === 'string');
  return { ids, complete: ids.length === list.length };
}

function duplicates(list: readonly unknown[] | undefined, field: string, what: string, report: Report): void {
  const first = new Map<string, number>();
  (list ?? []).forEach((x, i) => {
    if (!isObject(x) || typeof x.id !== 'string') return;
    const j = first.get(x.id);
    if (j !== undefined) report([field, i, 'id'], `${what} id "${x.id}" is already used by ${field}[${j}]`);
    else first.set(x.id, i);
  });
}

// ---------------------------------------------------------------------------------------------
// Where in the text

function toProblems(found: Found[], doc: Document, lines: LineCounter, file: string): ScenarioProblem[] {
  const seen = new Set<string>();
  const problems: ScenarioProblem[] = [];
  for (const f of found) {
    const p: ScenarioProblem = { file, ...locate(doc, lines, f.path, f.mode), path: dotted(f.path), message: f.message };
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  // Stable: problems on the same spot keep the order they were found in.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * The deepest node of the YAML document along `path` (aliases followed to their anchor, where
 * the value is written), the key it sits under, and how many segments of the path the text has.
 */
export function nodeAlong(doc: Document, path: readonly (string | number)[]): { node: unknown; key: unknown; depth: number } {
  let node: unknown = doc.contents;
  let key: unknown;
  let depth = 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      key = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      key = undefined;
      node = node.items[segment];
    } else break;
    depth++;
  }
  return { node, key, depth };
}

/** Line and column where a YAML node starts, or nothing when it has no place in the text. */
export function positionOf(node: unknown, lines: LineCounter): { line?: number; column?: number } {
  const offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
  if (offset === undefined) return {};
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/**
 * Line and column of the node at `path`: the value, or the key for mode 'key'. A path that
 * does not exist in the text (a missing field) points at the deepest part that does, by its key.
 */
function locate(doc: Document, lines: LineCounter, path: Path, mode: Mode): { line?: number; column?: number } {
  const { node, key, depth } = nodeAlong(doc, path);
  return positionOf((mode === 'key' || depth < path.length) && key ? key : node, lines);
}

function yamlMessage(code: string, message: string, text: string, offset: number): string {
  if (code === 'MULTIPLE_DOCS') return 'YAML syntax error: a scenario file holds one YAML document, this one holds several (remove the `---` separators)';
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset))?.[0].trim().replace(/^["']|["']$/g, '');
    return `YAML syntax error: field ${key ? `"${key}" ` : ''}is given twice in the same mapping`;
  }
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax error: ${first}`;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** The parts of zod's internal schema shapes read here (zod 4 classic). */
interface Schema {
  def: {
    type: string;
    innerType?: Schema;
    in?: Schema;
    shape?: Record<string, Schema>;
    element?: Schema;
    valueType?: Schema;
    options?: Schema[];
    entries?: Record<string, unknown>;
    values?: unknown[];
    checks?: { _zod: { def: { check?: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number } } }[];
  };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

function unwrap(schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (;;) {
    const t = s?.def.type;
    if (t === 'default' || t === 'optional' || t === 'nullable' || t === 'readonly' || t === 'prefault' || t === 'catch') s = s?.def.innerType;
    else if (t === 'pipe') s = s?.def.in;
    else return s;
  }
}

/** For a union, the form that fits the value: a list for a list, the mapping sharing most fields for a mapping. */
function pick(schema: Schema | undefined, value: unknown): Schema | undefined {
  if (schema?.def.type !== 'union') return schema;
  const options = (schema.def.options ?? []).map(unwrap).filter((o): o is Schema => o !== undefined);
  if (Array.isArray(value)) return options.find((o) => o.def.type === 'array') ?? schema;
  if (isObject(value)) {
    const maps = options.filter((o) => o.def.type === 'object');
    let best = maps[0];
    let bestOverlap = -1;
    for (const o of maps) {
      const overlap = Object.keys(value).filter((k) => Object.hasOwn(o.def.shape ?? {}, k)).length;
      if (overlap > bestOverlap) {
        best = o;
        bestOverlap = overlap;
      }
    }
    return best ?? schema;
  }
  return schema;
}

/** The value at `path`, own properties only: a field named `constructor` is not Object's. */
function valueAt(raw: unknown, path: Path): unknown {
  let v: unknown = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** A plain object (a YAML mapping), not null or a list. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => String(k) === String(path[i]));
}

/** `groups[1].share`, `strategies.early[0].instrument`. */
export function dotted(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function count(n: number): string {
  return n === 1 ? '1 item' : n === 0 ? 'an empty list' : `${n} items`;
}

function listOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}



function agents(n: number): string {
  return n === 1 ? '1 security agent' : `${thousands(n)} security agents`;
}

function thousands(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function round(x: number): number {
  return Number(x.toFixed(6));
}
