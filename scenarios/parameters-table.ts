/**
 * The parameter reference (docs/parameters.md), derived from the zod schema: every parameter
 * with its default, range, unit, source and description, read from the metadata that the
 * num()/int()/share() helpers of parameter.ts attach. A test checks the file is up to date:
 *
 *   npx tsx scenarios/parameters-table.ts --write      (or npm run docs)
 *   node dist/scenarios/parameters-table.js --write
 *
 * Importing this module has no side effects and needs no Node APIs.
 */
import { INDICATORS } from '../sim/indicators.js';
import { STAGES, type Stage } from '../sim/vocabulary.js';
import { runGenerator } from './json-schema.js';
import { scenarioSchema, strategySchema, triggerSchema } from './schema.js';

/** Where the generated table lives, relative to the package root. */
export const PARAMETERS_FILE = 'docs/parameters.md';

export interface ParameterRow {
  /** Field path in a scenario file: `population.grid`, `groups[].share`, `elite.discrimination.<group>`. */
  path: string;
  /** The default as text, or `required`, or `—` (optional, no default). */
  default: string;
  /** Allowed values: `0 to 1`, `5 to 1000, whole`, `floor, round, none`... */
  range: string;
  unit: string;
  source: string;
  description: string;
}

/** Every parameter of a scenario file, in the schema's order. */
export function parameterRows(): ParameterRow[] {
  const rows: ParameterRow[] = [];
  walk(scenarioSchema as unknown as Schema, '', rows, new Map());
  return rows;
}

/** The Markdown text of docs/parameters.md. */
export function parametersMarkdown(): string {
  const sections = new Map<string, ParameterRow[]>();
  for (const row of parameterRows()) {
    const head = /^[a-z-]+(?=[.[])/.exec(row.path)?.[0] ?? '';
    const list = sections.get(head) ?? [];
    list.push(row);
    sections.set(head, list);
  }
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [
    '# Scenario parameters',
    '',
    'Generated from `scenarios/schema.ts` by `npx tsx scenarios/parameters-table.ts --write` (or',
    '`npm run docs`); do not edit by hand. Every number has its unit and its source; "assumption"',
    'marks a value chosen for the model rather than taken from the literature or the source texts',
    '(cited by file name). `[]` marks an item of a list, `<group>` and `<name>` a key you choose.',
  ];
  for (const [head, rows] of sections) {
    out.push('', `## ${head ? `\`${head}\`` : 'Top level'}`, '', '| parameter | default | range | unit | source | description |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) out.push(`| \`${r.path}\` | ${cell(r.default)} | ${cell(r.range)} | ${cell(r.unit)} | ${cell(r.source)} | ${cell(r.description)} |`);
  }
  out.push(...triggerSection(cell));
  return `${out.join('\n')}\n`;
}

/** What each stage means, as sim/stages.ts classifies a tick (MODEL.md section 5). */
const STAGE_MEANING: Record<Stage, string> = {
  'stable-peace': 'none of the conditions below',
  'unstable-peace': 'mean hostility at `stages.tension-hostility` or more, or an elite (when `elite.enabled`) whose stance is hold (one step below repression) and that discriminates against a group by more than 0.3',
  crisis: 'mobilisation of a group at `stages.crisis-mobilisation` or more, or (when `elite.enabled`) an elite that represses or worse, or a new exclusionary elite',
  'post-conflict': 'armed organisations, none fighting, at least one under ceasefire or settled',
  'armed-conflict': 'battle deaths in the year ending with the tick at `stages.battle-deaths` or more, with an armed organisation still fighting (none with fighters left: the war is over; every one under ceasefire or settled: post-conflict)',
  'mass-atrocity': 'one-sided civilian deaths in the `stages.atrocity-window` ending with the tick at `stages.atrocity-deaths` or more',
};

/** How `from` and `until` read, with the indicators and stages they may name. */
function triggerSection(cell: (text: string) => string): string[] {
  const argument: Record<string, string> = {
    none: '—', group: '`:<group>` (required)', 'group-optional': '`:<group>` (optional: all groups without it)',
    external: '`:<external id>` (required)', window: '`:N`, a window of N ticks (optional: since the start without it)',
  };
  return [
    '', '## Triggers: `from` and `until`', '',
    'An application starts when its `from` trigger holds (then waits `delay` ticks) and ends after `for` ticks or when its `until`',
    'trigger holds. A trigger is one of:', '',
    '- `{ tick: N }`: from tick N on. Tick 0 is the starting state, so `{ tick: 0 }` and `{ tick: 1 }` both start in the first tick.',
    '- `{ stage: NAME }`: the run is in that stage or a more severe one of the escalation (stable peace, unstable peace, crisis,',
    '  armed conflict, mass atrocity): `{ stage: armed-conflict }` also holds in a run that went from crisis straight to mass atrocity.',
    '  `post-conflict` is off that line and holds only in itself.',
    '- `{ indicator: NAME, above: X }` (or `below: X`, or both, for a band: above X and below Y at once): the indicator is above (below) the value.', '',
    'Stage and indicator triggers read the last tick recorded, the state the run has reached: an application whose trigger holds in',
    'tick N starts in tick N + 1 (plus its `delay`). It fires the first time its trigger holds; with `repeat`, it fires again only on',
    'a new entry into the stage or a new crossing of the threshold (the trigger stops holding for at least a tick, then holds again),',
    'not tick after tick within one episode. A tick trigger, once passed, keeps holding: its repeats follow each other a tick apart.', '',
    '### Indicators', '',
    '| indicator | argument | unit | meaning |', '| --- | --- | --- | --- |',
    ...INDICATORS.map((d) => `| \`${d.name}\` | ${cell(argument[d.argument])} | ${cell(d.unit)} | ${cell(d.description)} |`),
    '', '### Stages', '',
    'Each tick is put in the first stage, from the bottom of this table up, whose condition holds (MODEL.md section 5). The index is',
    'the `stage` indicator\'s value.', '',
    '| stage | index | condition |', '| --- | --- | --- |',
    ...STAGES.map((st, i) => `| \`${st}\` | ${i} | ${cell(STAGE_MEANING[st])} |`),
  ];
}

// ---------------------------------------------------------------------------------------------

/** The parts of zod's internal schema shapes read here (zod 4 classic). */
interface Schema {
  def: {
    type: string;
    innerType?: Schema;
    defaultValue?: unknown;
    shape?: Record<string, Schema>;
    element?: Schema;
    valueType?: Schema;
    options?: Schema[];
    entries?: Record<string, unknown>;
    values?: unknown[];
    checks?: { _zod: { def: { check?: string; format?: string; minimum?: number; maximum?: number } } }[];
  };
  meta?: () => Record<string, unknown> | undefined;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

interface Peeled {
  inner: Schema;
  meta: Record<string, unknown>;
  hasDefault: boolean;
  defaultValue: unknown;
  optional: boolean;
}

/** Strips default/optional wrappers, collecting metadata (outermost wins) and the default. */
function peel(schema: Schema): Peeled {
  const meta: Record<string, unknown> = {};
  let s = schema;
  let hasDefault = false;
  let defaultValue: unknown;
  let optional = false;
  for (;;) {
    for (const [k, v] of Object.entries(s.meta?.() ?? {})) if (!(k in meta)) meta[k] = v;
    const t = s.def.type;
    if (t === 'default' || t === 'prefault') {
      if (!hasDefault) defaultValue = s.def.defaultValue;
      hasDefault = true;
    } else if (t === 'optional' || t === 'nullable') optional = true;
    else return { inner: s, meta, hasDefault, defaultValue, optional };
    s = s.def.innerType as Schema;
  }
}

function walk(schema: Schema, path: string, rows: ParameterRow[], seen: Map<Schema, string>): void {
  const p = peel(schema);
  const { inner } = p;
  const t = inner.def.type;
  if (t === 'object' && inner !== (triggerSchema as unknown)) {
    for (const [key, child] of Object.entries(inner.def.shape ?? {})) if (key !== '$schema') walk(child, path ? `${path}.${key}` : key, rows, seen);
    return;
  }
  if (t === 'array' && isStructured(inner.def.element)) {
    const element = peel(inner.def.element as Schema).inner;
    const first = seen.get(element);
    if (first !== undefined) return void rows.push(leaf(p, path, `list; each item has the fields of \`${first}\``));
    seen.set(element, `${path}[]`);
    return walk(inner.def.element as Schema, `${path}[]`, rows, seen);
  }
  if (t === 'record' && isStructured(inner.def.valueType)) {
    return walk(inner.def.valueType as Schema, `${path}.${path.endsWith('discrimination') ? '<group>' : '<name>'}`, rows, seen);
  }
  if (t === 'record') {
    // A mapping of scalars (elite.discrimination): one row for its values.
    const value = peel(inner.def.valueType as Schema);
    const key = path.endsWith('discrimination') ? '<group>' : '<name>';
    return void rows.push({ ...leaf(value, `${path}.${key}`), default: p.hasDefault ? show(p.defaultValue) : '—', description: text(value.meta) || text(p.meta) });
  }
  if (inner === (strategySchema as unknown)) {
    for (const option of inner.def.options ?? []) walk(option, path, rows, seen);
    return;
  }
  rows.push(leaf(p, path));
}

/** Objects and unions of objects other than triggers are walked into; the rest are leaves. */
function isStructured(schema: Schema | undefined): boolean {
  if (!schema) return false;
  const inner = peel(schema).inner;
  if (inner === (triggerSchema as unknown)) return false;
  return inner.def.type === 'object' || inner === (strategySchema as unknown);
}

function leaf(p: Peeled, path: string, range = describeRange(p.inner)): ParameterRow {
  let unit = typeof p.meta.unit === 'string' ? p.meta.unit : undefined;
  let source = typeof p.meta.source === 'string' ? p.meta.source : undefined;
  let description = text(p.meta);
  // Fields declared without num()/int() may end their description with `[unit]` or `[unit; source]`.
  const bracket = unit === undefined ? /\s*\[([^\];]+)(?:; ([^\]]+))?\]$/.exec(description) : null;
  if (bracket) {
    unit = bracket[1];
    source = bracket[2];
    description = description.slice(0, bracket.index);
  }
  return {
    path,
    default: p.hasDefault ? show(p.defaultValue) : p.optional ? '—' : 'required',
    range,
    unit: unit ?? '—',
    source: source ?? '—',
    description: description || '—',
  };
}

/** The description without the ` [unit; source]` suffix that num() appends for the editors. */
function text(meta: Record<string, unknown>): string {
  const d = typeof meta.description === 'string' ? meta.description : '';
  const suffix = ` [${String(meta.unit)}; ${String(meta.source)}]`;
  return d.endsWith(suffix) ? d.slice(0, -suffix.length) : d;
}

function describeRange(s: Schema): string {
  if (s === (triggerSchema as unknown)) return '{ tick: N }, { stage: NAME } or { indicator: NAME, above: X } (or below)';
  const def = s.def;
  switch (def.type) {
    case 'number': {
      const bound = (x: number | null | undefined) => (x === null || x === undefined || Math.abs(x) >= Number.MAX_SAFE_INTEGER ? undefined : x);
      const min = bound(s.minValue);
      const max = bound(s.maxValue);
      const whole = s.isInt ? ', whole' : '';
      if (min !== undefined && max !== undefined) return `${min} to ${max}${whole}`;
      if (min !== undefined) return `at least ${min}${whole}`;
      if (max !== undefined) return `at most ${max}${whole}`;
      return s.isInt ? 'whole number' : 'any number';
    }
    case 'string': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      if (checks.some((c) => c.format === 'regex')) return 'identifier (a-z, 0-9, -)';
      return 'text';
    }
    case 'boolean':
      return 'true, false';
    case 'enum':
      return Object.values(def.entries ?? {}).map(String).join(', ');
    case 'literal':
      return (def.values ?? []).map((v) => JSON.stringify(v)).join(', ');
    case 'array':
      return `list of ${plural(describeRange(peel(def.element as Schema).inner))}`;
    case 'union':
      return (def.options ?? []).map((o) => describeRange(peel(o).inner)).join(' or ');
    default:
      return def.type;
  }
}

function plural(range: string): string {
  return range.startsWith('identifier') ? `identifiers${range.slice('identifier'.length)}` : range === 'text' ? 'texts' : range;
}

/** A default as it would be written in YAML flow style: `40`, `floor`, `{ tick: 0 }`, `[]`. */
function show(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? `{ ${entries.map(([k, v]) => `${k}: ${show(v)}`).join(', ')} }` : '{}';
  }
  return String(value);
}

await runGenerator(import.meta.url, PARAMETERS_FILE, parametersMarkdown);
