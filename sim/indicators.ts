/**
 * Indicators: named numbers read off a run each tick, which strategies can use as triggers
 * ("when mobilisation crosses 0.1") and which the series record. An indicator name is a base
 * name, optionally followed by `:argument` (a group id, an external power id, or a window in
 * ticks).
 */
import { recentSum } from './series.js';

export interface IndicatorDef {
  name: string;
  argument: 'none' | 'group' | 'group-optional' | 'external' | 'window';
  unit: string;
  description: string;
  /** The values it can take: a threshold beyond them makes a trigger that never holds. */
  min: number;
  max: number;
}

export const INDICATORS: readonly IndicatorDef[] = [
  { name: 'mobilisation', argument: 'group-optional', unit: 'share 0..1', description: 'share of living citizens (of a group) who are active or fighting', min: 0, max: 1 },
  { name: 'hostility', argument: 'group-optional', unit: 'share 0..1', description: 'mean hostility toward out-groups (of a group); `hostility:a:b` is the mean over both groups', min: 0, max: 1 },
  { name: 'legitimacy', argument: 'group', unit: 'share 0..1', description: "legitimacy of the regime in a group's eyes", min: 0, max: 1 },
  { name: 'civilian-deaths', argument: 'window', unit: 'people', description: 'one-sided civilian deaths (by the state, militias and rebels; not the collateral deaths of outside force) in the last N ticks (`civilian-deaths:12`); without a window, since the start', min: 0, max: Infinity },
  { name: 'battle-deaths', argument: 'window', unit: 'people', description: 'battle deaths in the last N ticks; without a window, since the start', min: 0, max: Infinity },
  { name: 'displaced', argument: 'none', unit: 'people', description: 'people displaced so far', min: 0, max: Infinity },
  { name: 'rebel-strength', argument: 'none', unit: 'people', description: 'fighters in armed organisations not under ceasefire', min: 0, max: Infinity },
  { name: 'stance', argument: 'none', unit: 'ladder step 0..4', description: 'elite stance: 0 accommodate, 1 hold, 2 repress, 3 incite, 4 eliminate', min: 0, max: 4 },
  { name: 'attention', argument: 'external', unit: 'share 0..1', description: "an outside power's attention to the crisis", min: 0, max: 1 },
  { name: 'stage', argument: 'none', unit: 'stage index 0..5', description: 'stable-peace 0, unstable-peace 1, crisis 2, post-conflict 3, armed-conflict 4, mass-atrocity 5 (a `stage` trigger reads the escalation order, with post-conflict apart)', min: 0, max: 5 },
];

/** An indicator name resolved against a scenario: what to read, and from where. */
export interface IndicatorRef {
  def: IndicatorDef;
  /** Group indices (0..G-1) for group indicators; empty for the whole population. */
  groups: number[];
  /** External power index for `attention`. */
  external: number;
  /** Window in ticks for deaths; 0 = cumulative. */
  window: number;
}

/**
 * Resolves an indicator name. Returns the reference or an error message that says what was
 * expected, so the loader can report it with the file, line and field.
 */
export function parseIndicator(name: string, groupIds: readonly string[], externalIds: readonly string[]): IndicatorRef | string {
  const [base, ...args] = name.split(':');
  const def = INDICATORS.find((d) => d.name === base);
  if (!def) return `unknown indicator "${base}"; expected one of: ${INDICATORS.map((d) => d.name).join(', ')}`;
  const ref: IndicatorRef = { def, groups: [], external: -1, window: 0 };
  switch (def.argument) {
    case 'none':
      if (args.length) return `indicator "${base}" takes no argument`;
      return ref;
    case 'group':
    case 'group-optional': {
      if (def.argument === 'group' && args.length === 0) return `indicator "${base}" needs a group: ${base}:<group id>`;
      const limit = base === 'hostility' ? 2 : 1;
      if (args.length > limit) return `indicator "${base}" takes at most ${limit} group id(s)`;
      for (const a of args) {
        const g = groupIds.indexOf(a);
        if (g < 0) return `unknown group "${a}" in indicator "${name}"; groups are: ${groupIds.join(', ')}`;
        if (ref.groups.includes(g)) return `group "${a}" is named twice in indicator "${name}"; for one group's hostility write ${base}:${a}, for two groups name two`;
        ref.groups.push(g);
      }
      return ref;
    }
    case 'external': {
      if (args.length !== 1) return `indicator "${base}" needs an outside power: ${base}:<external id>`;
      const e = externalIds.indexOf(args[0]);
      if (e < 0) return `unknown external power "${args[0]}" in indicator "${name}"; external powers are: ${externalIds.join(', ') || '(none)'}`;
      ref.external = e;
      return ref;
    }
    case 'window': {
      if (args.length > 1) return `indicator "${base}" takes one window in ticks: ${base}:12`;
      if (args.length === 1) {
        const w = Number(args[0]);
        if (!Number.isInteger(w) || w < 1 || w > 1200) return `window of "${name}" must be a whole number of ticks from 1 to 1200`;
        ref.window = w;
      }
      return ref;
    }
  }
}

/**
 * The value of an indicator on the last recorded tick (the state the run has reached), or the
 * current value for actors' own state (attention, stance).
 */
export function indicatorValue(world: IndicatorWorld, ref: IndicatorRef): number {
  const { series } = world;
  const last = series.length - 1;
  const at = (name: string) => (last >= 0 ? series.values[name][last] : 0);
  const gid = (g: number) => world.scenario.groups[g].id;
  switch (ref.def.name) {
    case 'mobilisation':
      return ref.groups.length ? at(`mobilisation:${gid(ref.groups[0])}`) : at('mobilisation');
    case 'hostility':
      if (!ref.groups.length) return at('hostility');
      return ref.groups.reduce((s, g) => s + at(`hostility:${gid(g)}`), 0) / ref.groups.length;
    case 'legitimacy':
      return at(`legitimacy:${gid(ref.groups[0])}`);
    case 'civilian-deaths': {
      // One-sided, as the stage rule counts them: an intervention's collateral deaths must not
      // trigger (or end) the response to a perpetrator's killing.
      const collateral = recentSum(series.values['collateral-deaths'], series.length, ref.window);
      return (ref.window > 0 ? recentSum(series.values['civilian-deaths'], series.length, ref.window) : at('civilian-deaths-cumulative')) - collateral;
    }
    case 'battle-deaths':
      return recentSum(series.values['battle-deaths'], series.length, ref.window);
    case 'displaced':
      return at('displaced');
    case 'rebel-strength':
      return at('rebel-strength');
    case 'stance':
      return world.elite.stance;
    case 'attention':
      return world.external[ref.external].attention;
    case 'stage':
      return at('stage');
    default:
      return 0;
  }
}

/** The part of the world indicators read (kept structural: the parser uses this module without the engine). */
export interface IndicatorWorld {
  scenario: { groups: readonly { id: string }[] };
  series: { length: number; values: Record<string, Float64Array> };
  elite: { stance: number };
  external: readonly { attention: number }[];
}
