/**
 * The scenario file's shape, declared once. The TypeScript types, the validation (with its
 * messages), the JSON Schema for editors (scenario.schema.json) and the parameter table in
 * docs/ are all derived from this declaration. Every number carries its unit and source.
 *
 * Keys are kebab-case in YAML, as a briefing would write them.
 */
import { z } from 'zod';
import { identifier, int, num, share } from './parameter.js';
import { ARREST_ROUNDINGS, EXTERNAL_KINDS, NEIGHBOURHOODS, STAGES, STANCES } from '../sim/vocabulary.js';

const ASSUMPTION = 'assumption';
const EPSTEIN = 'Epstein 2002, PNAS 99 suppl. 3, Table 2';

/** How far the group shares may add up from 1 and still be read as meant (0.333 x 3 is 0.999). */
export const SHARE_SUM_TOLERANCE = 0.005;
/** Highest cop density, at the start and after a `cops` shock. */
export const COP_DENSITY_MAX = 0.5;

/** Grid, scale and Epstein's micro rules (MODEL.md sections 2 and 3.1). */
export const populationSchema = z.strictObject({
  grid: int(40, 5, 1000, { description: 'side of the square torus grid', unit: 'sites', source: EPSTEIN }),
  density: num(0.7, 0.01, 0.95, { description: 'share of sites holding a citizen at the start', unit: 'share 0..1', source: EPSTEIN }),
  scale: num(1000, 1, 1e6, { description: 'people each citizen agent stands for; an agent killed counts as this many deaths, so stages.atrocity-deaths / scale killings of agents in the window make a mass atrocity (one at the defaults: keep the ratio in mind when reading atrocity rates)', unit: 'people per agent', source: 'MODEL.md section 2' }),
  vision: num(7, 1, 20, { description: 'how far a citizen sees (arrest risk, targets, moves)', unit: 'sites', source: EPSTEIN }),
  neighbourhood: z.enum(NEIGHBOURHOODS).default('von-neumann').meta({
    description: 'shape of what is within vision: von-neumann diamond |dx|+|dy|<=v (Mesa), moore square, or disc dx^2+dy^2<=v^2 (NetLogo)',
  }),
  threshold: num(0.1, 0, 1, { description: 'activation threshold T in G - R*P > T', unit: 'grievance units', source: EPSTEIN }),
  'arrest-constant': num(2.3, 0, 20, { description: 'k in P = 1 - exp(-k * C/A): gives P = 0.9 when C = A = 1', unit: 'dimensionless', source: EPSTEIN }),
  'arrest-rounding': z.enum(ARREST_ROUNDINGS).default('floor').meta({
    description: 'integer step applied to C/(A+1): floor (NetLogo Rebellion), round (Mesa example), none (literal paper rule)',
  }),
  'max-jail': z
    .union([z.number().int().min(0).max(1e6), z.literal('inf')])
    .default(30)
    .meta({ description: `longest jail term J_max, drawn U(0, J_max) [ticks or "inf"; ${EPSTEIN}]` }),
  'cop-density': num(0.04, 0, COP_DENSITY_MAX, { description: 'security forces on the grid as a share of sites; density + cop-density may not exceed 1 (every citizen and agent needs a site of its own; peacekeepers land on the sites left free)', unit: 'share of sites', source: EPSTEIN }),
  'cop-vision': num(7, 1, 20, { description: 'how far a security agent sees', unit: 'sites', source: EPSTEIN }),
  movement: z.boolean().default(true).meta({ description: 'citizens and forces move to a random free site in vision each tick (Epstein)' }),
  'inter-group-violence': z.boolean().default(false).meta({
    description: "Epstein's Model II rule: an active citizen kills a random unprotected out-group citizen in vision. In the full model violence is also switched on by war and by the elite's incitement.",
  }),
  cloning: share(0, { description: 'chance a citizen clones itself into a free neighbouring site each tick (Model II uses 0.05)', source: EPSTEIN, unit: 'probability per tick' }),
  'max-age': int(0, 0, 100000, { description: 'age at which a citizen dies of old age (0 = never; Model II uses 200)', unit: 'ticks', source: EPSTEIN }),
});

/** How hostility toward out-groups moves (MODEL.md 3.1 step 2). */
export const hostilitySchema = z.strictObject({
  contagion: num(0.05, 0, 1, { description: 'pull of a citizen toward the mean hostility of same-group neighbours', unit: 'share of gap per tick', source: ASSUMPTION }),
  'hate-speech': num(0.04, 0, 1, { description: 'rise in hostility of the incited group per tick of elite incitement at full ideology', unit: 'share of headroom per tick', source: ASSUMPTION }),
  victimisation: num(0.15, 0, 1, { description: 'rise in hostility per remembered killing of an own-group member seen in vision', unit: 'share of headroom per killing', source: ASSUMPTION }),
  'memory-decay': num(0.05, 0, 1, { description: 'monthly decay of the memory of killings seen', unit: 'share per tick', source: ASSUMPTION }),
  contact: num(0.08, 0, 1, { description: 'fall in hostility per tick from positive contact with out-group neighbours at full bridging programme strength (contact hypothesis, seed 001)', unit: 'share per tick', source: '001_598840e7b3f399f2.txt; strength an assumption' }),
  relaxation: num(0.01, 0, 1, { description: 'drift of hostility back to its initial level per tick', unit: 'share of gap per tick', source: ASSUMPTION }),
  'kill-threshold': share(0.6, { description: 'hostility above which an active citizen in a violent setting kills out-group citizens', source: ASSUMPTION }),
  'kill-rate': share(0.02, { description: 'chance per tick that an active citizen in a violent setting, above the kill threshold, kills (Epstein\'s Model II: 1, every tick)', source: 'Epstein 2002 for Model II (1); 0.02 an assumption for the full model', unit: 'probability per tick' }),
  'fighter-threshold': share(0.5, { description: 'hostility above which an active citizen may join its group\'s armed organisation', source: ASSUMPTION }),
  'flight-threshold': num(1, 0, 100, { description: 'remembered killings above which a citizen flees its site or the country', unit: 'killings remembered', source: ASSUMPTION }),
});

export const groupSchema = z.strictObject({
  id: identifier.meta({ description: 'the group\'s id, used by other fields and indicators' }),
  share: num(0.5, 0.01, 1, { description: `share of the population in this group; the shares of all groups must add up to 1 within ${SHARE_SUM_TOLERANCE} and are then divided by their sum (so 0.333 three times is read as exact thirds)`, unit: 'share 0..1', source: 'scenario' }),
  hardship: share(0.5, { description: 'mean perceived hardship H (Epstein draws H ~ U(0,1), mean 0.5)', source: EPSTEIN }),
  'hardship-spread': share(1, { description: 'width of the uniform hardship distribution relative to the widest one that keeps its mean in [0,1]', source: EPSTEIN }),
  legitimacy: share(0.8, { description: 'legitimacy L of the regime in this group\'s eyes', source: EPSTEIN }),
  hostility: share(0.1, { description: 'initial hostility toward the other group(s)', source: ASSUMPTION }),
  enclaves: share(0, { description: 'how clustered the group starts in space: 0 mixed, 1 fully segregated (enclaves, seed 001)', source: '001_598840e7b3f399f2.txt' }),
});

/** Harff's preconditions and the elite's behaviour (MODEL.md 3.2; seed 004). */
export const eliteSchema = z.strictObject({
  enabled: z.boolean().default(true).meta({ description: 'the macro layer: switch off for Epstein\'s classic models (no elite and no armed organisations; other elite fields, rebels, coup and patron-entry shocks, patrons and instruments acting only on the elite or the rebels are then refused)' }),
  represents: identifier.optional().meta({ description: 'the group the ruling elite comes from (absent: no ethnic base)' }),
  exclusionary: share(0.3, { description: 'exclusionary ideology (Harff precondition)', source: 'concept: Harff 2003, 004_917ee60d99901450.txt; value an assumption' }),
  autocracy: share(0.5, { description: 'autocracy (Harff precondition)', source: 'concept: Harff 2003; value an assumption' }),
  discrimination: z.record(identifier, share(0, { description: 'state-led discrimination against a group', source: 'concept: Harff 2003; value an assumption' })).default({}).meta({ description: 'state-led discrimination per group id' }),
  openness: share(0.5, { description: 'interconnectedness with the world (trade, aid, recognition): the leverage outsiders have; low openness is a Harff precondition', source: 'concept: Harff 2003, 004_917ee60d99901450.txt; value an assumption' }),
  'prior-killing': z.boolean().default(false).meta({ description: 'a past geno-/politicide (Harff; Early Warning Project)' }),
  'prior-upheaval': z.boolean().default(false).meta({ description: 'upheaval in the years before the run (Harff precondition)' }),
  suspicion: share(0.5, { description: 'suspicion of outside help: repressive leaders distrust it (seeds 000 and 001)', source: 'concept: 000_f5bc88bcf68a5a3f.txt, 001_598840e7b3f399f2.txt; value an assumption' }),
  cohesion: share(0.7, { description: 'cohesion of the ruling elite (low cohesion invites coups)', source: ASSUMPTION }),
  'repression-capacity': share(0.5, { description: 'how much harder security forces strike when the elite represses', source: ASSUMPTION }),
  stance: z.enum(STANCES).default('hold').meta({ description: 'initial stance on the ladder' }),
  hazard: z.enum(['harff', 'threat']).default('harff').meta({ description: 'elimination hazard: Harff-style preconditions or Hazlett-style threat-driven' }),
  'hazard-base': num(-9, -20, 5, { description: 'log-odds of a monthly elimination decision by an elite that represses, with no precondition and no threat. Not derived from a published rate: the Early Warning Project base rate (1.23% a country-year) spread over months would be about -6.9; the preconditions add to this value, and docs/validation.md rows 3.2-3.3 show the resulting gradient steeper and the rates higher than published', unit: 'log-odds per tick', source: 'assumption (scale from the Early Warning Project base rate, EVIDENCE.md)' }),
  'coup-rate': num(0.0005, 0, 1, { description: 'monthly coup chance at full upheaval and zero cohesion', unit: 'probability per tick', source: ASSUMPTION }),
  'forces': num(20000, 0, 1e7, { description: 'size of the state\'s armed forces for battles with rebels', unit: 'troops', source: ASSUMPTION }),
});

export const rebelsSchema = z.strictObject({
  'formation-mobilisation': share(0.12, { description: 'group mobilisation (actives and fighters over members) that, sustained, forms an armed organisation', source: ASSUMPTION }),
  'formation-ticks': int(3, 1, 120, { description: 'ticks the mobilisation must stay above the threshold', unit: 'ticks', source: ASSUMPTION }),
  recruitment: share(0.1, { description: 'chance per tick that an active, hostile citizen joins its group\'s organisation', source: ASSUMPTION, unit: 'probability per tick' }),
  lethality: num(0.02, 0, 1, { description: 'Lanchester coefficient: share of the opponent\'s strength that each side\'s strength removes per tick', unit: 'per tick', source: ASSUMPTION }),
  fragmentation: num(0.004, 0, 1, { description: 'monthly chance an organisation splits, multiplied by (1 + years of war) and (1 + patrons); seed 003 on Congo', unit: 'probability per tick', source: '003_da26653d370e6e3b.txt; value an assumption' }),
  'max-organisations': int(8, 1, 32, { description: 'most armed organisations at once', unit: 'organisations', source: ASSUMPTION }),
  'ceasefire-rate': share(0.15, { description: 'monthly ceasefire chance with a full-strength mediator and a mutually hurting stalemate', unit: 'probability per tick', source: 'Regan and Aydin 2006 (direction); value an assumption' }),
  'settlement-rate': share(0.08, { description: 'monthly chance a ceasefire becomes a settlement with a mediator present', unit: 'probability per tick', source: ASSUMPTION }),
  'breakdown-rate': share(0.04, { description: 'monthly chance a ceasefire or settlement breaks with no guarantee, per spoiler', unit: 'probability per tick', source: 'Fortna (peacekeeping halves relapse; EVIDENCE.md); value an assumption' }),
});

export const externalSchema = z.strictObject({
  id: identifier.meta({ description: 'the outside power\'s id, used in `by:` of strategies' }),
  kind: z.enum(EXTERNAL_KINDS).meta({ description: 'what kind of actor it is; decides which instruments it may deliver' }),
  capacity: share(0.5, { description: 'money and troops it can commit', source: ASSUMPTION }),
  leverage: share(0.5, { description: 'leverage over the elite and the rebels', source: ASSUMPTION }),
  credibility: share(0.5, { description: 'how credible its threats and promises are', source: ASSUMPTION }),
  'attention-lag': num(6, 0, 120, { description: 'months for its attention to catch up with visible violence ("fire brigade", seed 002)', unit: 'months', source: 'concept: 002_75de20a09053a3a6.txt ("fire brigade approach"); value an assumption' }),
  backs: identifier.optional().meta({ description: 'the group it is patron of (arms, money, sanctuary), if any' }),
  reactive: z.boolean().default(false).meta({ description: 'when no strategy gives it a task, act by its default reactive policy (mediation when attention is high, peacekeeping when attention is very high)' }),
});

export const stagesSchema = z.strictObject({
  'atrocity-deaths': num(1000, 1, 1e9, { description: 'one-sided civilian deaths within the window that make a mass atrocity', unit: 'people', source: 'MODEL.md section 5' }),
  'atrocity-window': int(12, 1, 120, { description: 'window for the atrocity threshold (absent: a year, 12 in a monthly scenario and 52 in a weekly one)', unit: 'ticks', source: 'MODEL.md section 5' }),
  'battle-deaths': num(25, 1, 1e9, { description: 'battle deaths within a year (12 months or 52 weeks) that make an armed conflict (UCDP threshold)', unit: 'people', source: 'UCDP/PRIO armed conflict definition' }),
  'crisis-mobilisation': share(0.05, { description: 'mobilisation above which the society is in crisis', source: ASSUMPTION }),
  'tension-hostility': share(0.3, { description: 'mean hostility above which peace is unstable', source: ASSUMPTION }),
});

/**
 * When an application starts or ends: a tick, the entry into a stage (or a more severe one), or
 * an indicator crossing a threshold. How they read: docs/parameters.md, "Triggers".
 */
export const triggerSchema = z.union([
  z.strictObject({ tick: z.number().int().min(0).max(1e6) }),
  z.strictObject({ stage: z.enum(STAGES) }),
  z.strictObject({ indicator: z.string().min(1), above: z.number().optional(), below: z.number().optional() }),
]);

const deliverer = z.union([identifier, z.array(identifier).min(1)]);

/**
 * An application as the engine takes it. `by` is optional here only so that code can probe an
 * instrument on its own (test/instruments); scenario files use `fileApplicationSchema`.
 */
export const applicationSchema = z.strictObject({
  instrument: z.string().min(1).meta({ description: 'instrument id from the catalogue (firebreak list instruments)' }),
  from: triggerSchema.default({ tick: 0 }).meta({ description: 'when it starts: a tick, a stage or an indicator (see Triggers below); the default starts in the first tick' }),
  delay: int(0, 0, 10000, { description: 'ticks to wait once the trigger holds (a stage or indicator trigger holding in tick N starts the instrument in N + 1 + delay)', unit: 'ticks', source: 'scenario' }),
  for: z.number().int().min(1).max(1e6).optional().meta({ description: 'how long it runs once started (absent: to the end of the run) [ticks; scenario]', unit: 'ticks', source: 'scenario' }),
  until: triggerSchema.optional().meta({ description: 'a trigger that ends it early (see Triggers below)' }),
  intensity: num(1, 0, 10, { description: 'dose: 1 is the instrument\'s reference strength', unit: 'multiple of reference', source: 'scenario' }),
  by: deliverer.optional().meta({ description: 'deliverer id or coalition of ids (absent: an anonymous deliverer of credibility 0.5, for probes built in code only)' }),
  repeat: int(0, 0, 1000, { description: 'times to fire again after it ends, each on a new entry into its stage or a new crossing of its threshold (see Triggers below)', unit: 'times', source: 'scenario' }),
});

/** An application in a scenario file: every one names its deliverer (MODEL.md section 4). */
export const fileApplicationSchema = applicationSchema.extend({
  by: deliverer.meta({ description: 'deliverer: the id of an outside power under `external`, or a coalition of ids; its kind must be one the instrument allows (firebreak list instruments)' }),
});

export const strategySchema = z.union([
  z.array(fileApplicationSchema),
  z.strictObject({
    extends: identifier.meta({ description: 'strategy whose applications come first' }),
    add: z.array(fileApplicationSchema).default([]).meta({ description: 'applications added after the parent\'s' }),
    drop: z.array(z.string()).default([]).meta({ description: 'instrument ids of the parent to leave out' }),
  }),
]);

/** The fields a shock may carry besides `at` and `kind`. */
export type ShockField = 'value' | 'per-tick' | 'until' | 'groups' | 'by' | 'exclusionary';

export interface ShockKind {
  /** What the engine does with it (sim/shocks.ts), for the docs and messages. */
  effect: string;
  /** The fields it reads; the parser refuses the others, which would silently do nothing. */
  fields: readonly ShockField[];
  /** What `value` (and a trend's `until`) means, and its range, when the kind reads one. */
  level?: { what: string; min: number; max: number; required: boolean };
}

/**
 * Every kind of shock and the fields it reads, declared once: the parser's per-kind checks
 * (scenarios/parse.ts) and the descriptions in docs/parameters.md are both derived from it.
 */
export const SHOCK_KIND_NAMES = ['price-collapse', 'refugee-inflow', 'coup', 'legitimacy', 'cops', 'patron-entry'] as const;
export type ShockKindName = (typeof SHOCK_KIND_NAMES)[number];

export const SHOCK_KINDS: Readonly<Record<ShockKindName, ShockKind>> = {
  'price-collapse': {
    effect: 'hardship of `groups` (all if absent) rises by `value` (default 0.2), fading by 2% a tick',
    fields: ['value', 'groups'],
    level: { what: 'the rise in hardship', min: 0, max: 1, required: false },
  },
  'refugee-inflow': {
    effect: 'hardship of `groups` rises by half of `value` (default 0.2) and their hostility by a tenth of its headroom',
    fields: ['value', 'groups'],
    level: { what: 'the size of the inflow (hardship rises by half of it)', min: 0, max: 1, required: false },
  },
  coup: {
    effect: 'a new elite of ideology `exclusionary` takes power',
    fields: ['exclusionary'],
  },
  legitimacy: {
    effect: 'legitimacy in the eyes of `groups` jumps to `value`, or moves by `per-tick` from `at` until it reaches `until`',
    fields: ['value', 'per-tick', 'until', 'groups'],
    level: { what: 'a legitimacy level', min: 0, max: 1, required: true },
  },
  cops: {
    effect: 'security forces on the whole grid jump to density `value`, or move by `per-tick` from `at` until they reach `until`',
    fields: ['value', 'per-tick', 'until'],
    level: { what: 'a cop density', min: 0, max: COP_DENSITY_MAX, required: true },
  },
  'patron-entry': {
    effect: 'the outside power `by`, of kind patron and backing a group, starts supporting that group\'s armed organisations (before it, it gives nothing)',
    fields: ['by'],
  },
};

/** `legitimacy: a legitimacy level, 0 to 1 (or per-tick)`: what `value` means for a kind. */
function levelText(kind: ShockKindName): string[] {
  const l = SHOCK_KINDS[kind].level;
  if (!l) return [];
  return [`${kind}: ${l.what}, ${l.min} to ${l.max}${l.required ? ' (required unless `per-tick` is given)' : ' (default 0.2)'}`];
}

/** `price-collapse, refugee-inflow` for the kinds that read `field`. */
function kindsReading(field: ShockField): string {
  return SHOCK_KIND_NAMES.filter((k) => (SHOCK_KINDS[k].fields as readonly ShockField[]).includes(field)).join(', ');
}

export const shockSchema = z.strictObject({
  at: z.number().int().min(1).max(1e6).meta({ description: 'tick it happens (or a trend starts), from 1 to the horizon: tick 0 is the starting state, set by the other fields [ticks; scenario]', unit: 'ticks', source: 'scenario' }),
  kind: z.enum(SHOCK_KIND_NAMES).meta({
    description: `what happens: ${SHOCK_KIND_NAMES.map((k) => `${k}: ${SHOCK_KINDS[k].effect} (fields: ${SHOCK_KINDS[k].fields.join(', ')})`).join('; ')}`,
  }),
  value: z.number().optional().meta({
    description: `${SHOCK_KIND_NAMES.flatMap((k) => levelText(k)).join('; ')} [share 0..1; scenario]`,
    unit: 'share 0..1',
    source: 'scenario',
  }),
  'per-tick': z.number().optional().meta({ description: `for a trend (${kindsReading('per-tick')}): change per tick from \`at\` on, until \`until\` is reached; a later shock of the same kind (on the same groups) replaces a trend still running; not with \`value\` [share per tick; scenario]`, unit: 'share per tick', source: 'scenario' }),
  until: z.number().optional().meta({ description: `level at which a trend (${kindsReading('until')}) stops, in the range of its \`value\` (absent: 0 for a fall, 1 for a rise; a rise of cops needs it); a level already at or past it does not move [share 0..1; scenario]`, unit: 'share 0..1', source: 'scenario' }),
  groups: z.array(identifier).optional().meta({ description: `groups affected (${kindsReading('groups')}; absent: all)` }),
  by: identifier.optional().meta({ description: `the outside power that enters (${kindsReading('by')}; required): one of kind patron that backs a group` }),
  exclusionary: share(0.8, { description: `ideology of the elite a coup brings in (${kindsReading('exclusionary')})`, source: ASSUMPTION }),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).meta({ description: 'the scenario\'s title' }),
  description: z.string().default('').meta({ description: 'what it stylises, for reports and the classroom page' }),
  tick: z.enum(['month', 'week']).default('month').meta({ description: 'what one tick stands for: rates given per tick apply each tick (their defaults are monthly figures: a weekly scenario should set its own); what is stated in calendar terms is converted (year-long windows, years of war, attention lags in months, the catalogue\'s lags, ramps, half-lives and monthly costs)' }),
  horizon: int(120, 1, 100000, { description: 'length of a run', unit: 'ticks', source: 'MODEL.md section 2' }),
  population: populationSchema.default(populationSchema.parse({})),
  hostility: hostilitySchema.default(hostilitySchema.parse({})),
  groups: z.array(groupSchema).min(1).max(8),
  elite: eliteSchema.default(eliteSchema.parse({})),
  rebels: rebelsSchema.default(rebelsSchema.parse({})),
  external: z.array(externalSchema).max(32).default([]),
  stages: stagesSchema.default(stagesSchema.parse({})),
  shocks: z.array(shockSchema).default([]),
  strategies: z.record(identifier, strategySchema).default({ none: [] }),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioFile = z.output<typeof scenarioSchema>;
export type PopulationParams = z.output<typeof populationSchema>;
export type HostilityParams = z.output<typeof hostilitySchema>;
export type GroupParams = z.output<typeof groupSchema>;
export type EliteParams = z.output<typeof eliteSchema>;
export type RebelParams = z.output<typeof rebelsSchema>;
export type ExternalParams = z.output<typeof externalSchema>;
export type StageParams = z.output<typeof stagesSchema>;
export type Trigger = z.output<typeof triggerSchema>;
export type Application = z.output<typeof applicationSchema>;
export type Shock = z.output<typeof shockSchema>;

/**
 * A scenario after validation and resolution: strategies flattened (extends resolved) into
 * plain lists of applications. This is what the engine takes.
 */
export interface Scenario extends Omit<ScenarioFile, 'strategies'> {
  strategies: Record<string, Application[]>;
}
