/**
 * The instrument mechanism (MODEL.md section 4): a strategy is a list of applications, each
 * waiting for its trigger (a tick, the entry into a stage, an indicator crossing a threshold),
 * then a delay, then running for its duration or until another trigger, ramping up after the
 * instrument's lag and decaying after it ends. Triggers read the state the run has reached
 * (the last recorded tick), never a calendar of "early" or "late".
 *
 * A stage trigger holds in that stage or a more severe one of the escalation (stable peace,
 * unstable peace, crisis, armed conflict, mass atrocity): a run that goes from crisis straight
 * to mass atrocity has entered armed conflict's ground too, and an instrument meant to stop
 * "once war starts" stops. Post-conflict is off that line and holds only in itself. An
 * application fires the first time its trigger holds; one that repeats waits for a new entry
 * or crossing (the trigger not holding for a tick, then holding again), so it does not fire
 * again and again within one episode. A tick trigger, once past, holds for good: its repeats
 * follow each other, a tick apart.
 */
import type { Application, Scenario, Trigger } from '../../scenarios/schema.js';
import { coalitionCredibility, type ExternalState } from '../actors/external.js';
import { monthsPerTick, ticksPerMonth } from '../calendar.js';
import { record } from '../events.js';
import { indicatorValue, parseIndicator, type IndicatorRef } from '../indicators.js';
import { instrumentStream, type Random } from '../rng.js';
import { STAGE_INDEX, type ExternalKind } from '../vocabulary.js';
import type { World } from '../world.js';
import { findInstrument } from './catalogue.js';
import { applyLessons } from './effects.js';
import type { InstrumentDef } from './instrument.js';

export type ApplicationStatus = 'waiting' | 'delayed' | 'active' | 'ended';

export interface ApplicationState {
  app: Application;
  def: InstrumentDef;
  index: number;
  /** Indices of the deliverers in world.external; empty when the scenario names none. */
  deliverers: number[];
  status: ApplicationStatus;
  startAt: number;
  startedAt: number;
  endAt: number;
  /** Current level of the effect, 0..intensity (before credibility and receptiveness). */
  level: number;
  repeatsLeft: number;
  /** Whether the trigger may fire: false after an end with repeats left, until it stops holding. */
  armed: boolean;
  random: Random;
  from: CompiledTrigger;
  until: CompiledTrigger | null;
  /** Added by the default reactive policy of an outside power, not by the strategy. */
  reactive: boolean;
}

type CompiledTrigger =
  | { kind: 'tick'; tick: number }
  | { kind: 'stage'; stage: number; orSevere: boolean }
  | { kind: 'indicator'; ref: IndicatorRef; above?: number; below?: number };

function compileTrigger(trigger: Trigger, scenario: Scenario): CompiledTrigger {
  if ('tick' in trigger) return { kind: 'tick', tick: trigger.tick };
  if ('stage' in trigger) return { kind: 'stage', stage: STAGE_INDEX[trigger.stage], orSevere: trigger.stage !== 'post-conflict' };
  const ref = parseIndicator(
    trigger.indicator,
    scenario.groups.map((g) => g.id),
    scenario.external.map((e) => e.id),
  );
  // The loader has already rejected unknown indicators with the file and line.
  if (typeof ref === 'string') throw new Error(ref);
  return { kind: 'indicator', ref, above: trigger.above, below: trigger.below };
}

/**
 * The default reactive policy of outside powers marked `reactive` (MODEL.md 3.4): when the
 * strategy gives them no task, they mediate once their attention passes 0.4 and, if they may,
 * deploy peacekeepers once it passes 0.7. Thresholds are assumptions.
 */
/** A reactive power's policy: each instrument and the attention above which it starts. */
const REACTIVE_POLICY: readonly (readonly [string, number])[] = [
  ['mediation', 0.4],
  ['peacekeeping', 0.7],
];

export function reactiveApplications(scenario: Pick<Scenario, 'external'>, strategy: readonly Application[]): Application[] {
  const tasked = new Set<string>();
  for (const a of strategy) for (const id of a.by === undefined ? [] : Array.isArray(a.by) ? a.by : [a.by]) tasked.add(id);
  const added: Application[] = [];
  for (const e of scenario.external) {
    if (!e.reactive || tasked.has(e.id)) continue;
    const base = { delay: 0, intensity: 1, by: e.id, repeat: 0 } as const;
    // Only what its kind may deliver (a patron delivers nothing: the parser refuses it as reactive).
    for (const [instrument, above] of REACTIVE_POLICY) {
      if (findInstrument(instrument)!.deliverers.includes(e.kind as ExternalKind)) added.push({ ...base, instrument, from: { indicator: `attention:${e.id}`, above } });
    }
  }
  return added;
}

export function createApplications(scenario: Scenario, strategy: Application[], seed: number | string): ApplicationState[] {
  const reactive = reactiveApplications(scenario, strategy);
  const states = [...strategy, ...reactive].map((app, index) => {
    const def = findInstrument(app.instrument);
    if (!def) throw new Error(`unknown instrument "${app.instrument}"`);
    const ids = app.by === undefined ? [] : Array.isArray(app.by) ? app.by : [app.by];
    return {
      app,
      def,
      index,
      deliverers: ids.map((id) => scenario.external.findIndex((e) => e.id === id)).filter((i) => i >= 0),
      status: 'waiting' as ApplicationStatus,
      startAt: -1,
      startedAt: -1,
      endAt: Infinity,
      level: 0,
      repeatsLeft: app.repeat,
      armed: true,
      random: instrumentStream(seed, index, app.instrument),
      from: compileTrigger(app.from, scenario),
      until: app.until ? compileTrigger(app.until, scenario) : null,
      reactive: index >= strategy.length,
    };
  });
  // Instruments that set channels others read (consistent messaging) act first; the sort is
  // stable, and each application keeps its index and its own random stream.
  return states.sort((a, b) => (a.def.precedence ?? 0) - (b.def.precedence ?? 0));
}

const POST_CONFLICT = STAGE_INDEX['post-conflict'];
// The escalation order of the stages is their order in STAGES with post-conflict left out.
if (!(STAGE_INDEX['crisis'] < POST_CONFLICT && POST_CONFLICT < STAGE_INDEX['armed-conflict'])) throw new Error('stage order changed: revisit holds()');

/** Does a trigger hold, judged on the last recorded tick (or the tick itself for `tick`)? */
function holds(world: World, trigger: CompiledTrigger): boolean {
  switch (trigger.kind) {
    case 'tick':
      return world.tick >= trigger.tick;
    case 'stage': {
      const now = STAGE_INDEX[world.stage];
      return now === trigger.stage || (trigger.orSevere && now !== POST_CONFLICT && now > trigger.stage);
    }
    case 'indicator': {
      const v = indicatorValue(world, trigger.ref);
      if (trigger.above !== undefined && !(v > trigger.above)) return false;
      if (trigger.below !== undefined && !(v < trigger.below)) return false;
      return true;
    }
  }
}

/**
 * Would any of these applications, all still waiting, leave its wait at this point of the
 * current tick? Reads the world, changes nothing (twins.ts).
 */
export function anyWouldStart(world: World, apps: readonly ApplicationState[]): boolean {
  for (const a of apps) if (a.status === 'waiting' && a.armed && holds(world, a.from)) return true;
  return false;
}

/** Has any application left its initial wait or kept an effect (the strategy has acted)? */
export function anyStarted(apps: readonly ApplicationState[]): boolean {
  for (const a of apps) if (a.status !== 'waiting' || a.level > 0) return true;
  return false;
}

/**
 * Advances every application by one tick and adds the active ones' effects to the pressure.
 * Cost is paid while an instrument is delivered (not while its effect fades).
 */
export function updateApplications(world: World): void {
  // The catalogue states lags, ramps, half-lives and costs per month (calendar.ts).
  const monthsEachTick = monthsPerTick(world.scenario);
  const perMonth = ticksPerMonth(world.scenario);
  for (const a of world.apps) {
    const t = world.tick;
    if (a.status === 'waiting') {
      const now = holds(world, a.from);
      if (a.armed && now) {
        a.status = 'delayed';
        a.startAt = t + a.app.delay;
      } else if (!now) a.armed = true;
    }
    if (a.status === 'delayed' && t >= a.startAt) {
      a.status = 'active';
      a.startedAt = t;
      a.endAt = a.app.for === undefined ? Infinity : t + a.app.for;
      record(world.events, t, 'instrument-start', describe(world, a));
    }
    if (a.status === 'active' && (t >= a.endAt || (a.until !== null && holds(world, a.until)))) {
      a.status = 'ended';
      record(world.events, t, 'instrument-end', describe(world, a));
      if (a.repeatsLeft > 0) {
        a.repeatsLeft--;
        a.status = 'waiting';
        a.armed = a.from.kind === 'tick';
      }
    }
    const def = a.def;
    if (a.status === 'active') {
      if (t - a.startedAt >= def.lag * perMonth) {
        const step = a.app.intensity / Math.max(1, def.ramp * perMonth);
        a.level = Math.min(a.app.intensity, a.level + step);
      }
      const cost = def.costPerMonth * monthsEachTick * a.app.intensity;
      world.totals.cost += cost;
      world.flow.cost += cost;
      world.costByInstrument.set(def.id, (world.costByInstrument.get(def.id) ?? 0) + cost);
    } else if (a.level > 0) {
      a.level *= Math.pow(0.5, 1 / (Math.max(0.5, def.halfLife) * perMonth));
      if (a.level < 1e-3) a.level = 0;
    }
    if (a.level > 0) {
      const strength = a.level * credibility(world, a) * def.receptiveness(world);
      def.apply(world, strength, a);
    }
  }
  // What rewards paid after violence have taught the elite (moral hazard, effects.ts).
  applyLessons(world);
}

function credibility(world: World, a: ApplicationState): number {
  const members: ExternalState[] = a.deliverers.map((i) => world.external[i]);
  return coalitionCredibility(members, world.pressure.consistency);
}

function describe(world: World, a: ApplicationState): string {
  const by = a.deliverers.map((i) => world.external[i].id).join('+');
  return `${a.def.id}${by ? ` by ${by}` : ''}${a.app.intensity !== 1 ? ` x${a.app.intensity}` : ''}${a.reactive ? ' (reactive policy)' : ''}`;
}
